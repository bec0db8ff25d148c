package vn.giamngheo.adminunit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Unit names for pages that hold only ids (a user's areas, an audit filter), as the template bean
 * {@code unitNames}: {@code ${@unitNames.of(id)}}, {@code ${@unitNames.all(ids)}}. The modules below
 * the hierarchy in the dependency order (identity) show names without depending on it.
 */
@Component("unitNames")
public class UnitNames {
    private final AdminUnits units;

    UnitNames(AdminUnits units) {
        this.units = units;
    }

    /** The unit's full name with its district and province, or empty for an unknown id. */
    public String of(Long id) {
        if (id == null) {
            return "";
        }
        return units.find(id)
                .map(u -> {
                    List<AdminUnit> above = new ArrayList<>(units.ancestry(u));
                    above.remove(above.size() - 1);
                    java.util.Collections.reverse(above);
                    return above.isEmpty()
                            ? u.fullName()
                            : u.fullName() + ", "
                                    + String.join(
                                            ", ",
                                            above.stream()
                                                    .map(AdminUnit::fullName)
                                                    .toList());
                })
                .orElse("");
    }

    /** The unit of an optional id, as a list of zero or one (the picker's chosen units). */
    public List<AdminUnit> one(Long id) {
        return id == null ? List.of() : all(List.of(id));
    }

    public List<AdminUnit> all(List<Long> ids) {
        List<AdminUnit> found = new ArrayList<>();
        if (ids != null) {
            ids.forEach(id -> units.find(id).ifPresent(found::add));
        }
        return found;
    }
}
