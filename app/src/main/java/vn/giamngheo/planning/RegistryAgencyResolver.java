package vn.giamngheo.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.agency.Agency;
import vn.giamngheo.planning.extraction.AgencyNameCatalogue;
import vn.giamngheo.planning.extraction.AgencyResolver;
import vn.giamngheo.planning.extraction.ResolvedAgency;

/**
 * The agency registry behind the extraction's {@link AgencyResolver} port. Unbound (no unit known)
 * it answers with the built-in catalogue; {@link #atUnit} binds it to the unit a plan is for, and
 * then a mention is looked up in the registry from that unit upwards ({@link Agencies#match}): as
 * written, then under the catalogue's full name for it ("Phòng LĐ-TB&XH" → "Phòng Lao động -
 * Thương binh và Xã hội"), each also with the level word of the unit ("Ngân hàng Chính sách xã hội"
 * is registered as "… huyện"). A mention the registry does not know is unmatched, for the official.
 */
@Component
public class RegistryAgencyResolver implements AgencyResolver {
    private static final AgencyNameCatalogue CATALOGUE = AgencyNameCatalogue.standard();
    private final Agencies agencies;
    private final AdminUnits units;

    RegistryAgencyResolver(Agencies agencies, AdminUnits units) {
        this.agencies = agencies;
        this.units = units;
    }

    @Override
    public Optional<ResolvedAgency> resolve(String mention) {
        return CATALOGUE.resolve(mention);
    }

    /** A resolver for one unit's plan, remembering its answers (a plan names the same office often). */
    public AgencyResolver atUnit(long unitId) {
        AdminUnit unit = units.get(unitId);
        List<String> levelWords = new ArrayList<>();
        List<AdminUnit> nearestFirst = new ArrayList<>(units.ancestry(unit));
        java.util.Collections.reverse(nearestFirst);
        for (AdminUnit u : nearestFirst) {
            String word = levelWord(u.level());
            if (word != null && !levelWords.contains(word)) {
                levelWords.add(word);
            }
        }
        Map<String, Optional<ResolvedAgency>> memo = new HashMap<>();
        return mention -> memo.computeIfAbsent(mention == null ? "" : mention, m -> find(m, unitId, levelWords));
    }

    /** The registry's agency for a mention at a unit, if any. */
    public Optional<Agency> agency(String mention, long unitId) {
        return atUnit(unitId).resolve(mention).map(r -> agencies.get(r.id()));
    }

    private Optional<ResolvedAgency> find(String mention, long unitId, List<String> levelWords) {
        if (mention.isBlank()) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(mention.strip());
        CATALOGUE.resolve(mention).ifPresent(r -> names.add(r.name()));
        List<String> candidates = new ArrayList<>(names);
        for (String name : names) {
            for (String word : levelWords) {
                candidates.add(name + " " + word);
            }
        }
        for (String candidate : candidates) {
            Optional<Agency> found = agencies.match(candidate, unitId);
            if (found.isPresent()) {
                return Optional.of(
                        new ResolvedAgency(found.get().id(), found.get().name()));
            }
        }
        return Optional.empty();
    }

    private static String levelWord(String level) {
        return switch (level) {
            case "PROVINCE" -> "tỉnh";
            case "DISTRICT" -> "huyện";
            case "COMMUNE" -> "xã";
            default -> null;
        };
    }
}
