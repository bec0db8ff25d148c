package vn.giamngheo.standard;

import org.springframework.stereotype.Component;
import vn.giamngheo.shared.NotFound;

/**
 * A standard's name for pages that hold only its id ("ND07_2021" → the decree's name), as the
 * template bean {@code standardNames}: {@code ${@standardNames.of(h.classStandard)}}. An id no
 * longer known shows as itself.
 */
@Component("standardNames")
public class StandardNames {
    private final PovertyStandards standards;

    StandardNames(PovertyStandards standards) {
        this.standards = standards;
    }

    public String of(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        try {
            return standards.get(id, null).name();
        } catch (NotFound unknown) {
            return id;
        }
    }
}
