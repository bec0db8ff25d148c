package vn.giamngheo.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.giamngheo.shared.InvalidInput.Problem;

/** Checks household data before anything is stored; every problem names its field. Pure. */
final class HouseholdValidation {
    static final Set<String> AREAS = Set.of("RURAL", "URBAN");
    static final Set<String> SEXES = Set.of("M", "F");
    static final Set<String> RELATIONS = Set.of("HEAD", "SPOUSE", "CHILD", "PARENT", "GRANDCHILD", "OTHER");
    static final Set<String> EDUCATION =
            Set.of("NONE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "VOCATIONAL", "COLLEGE_PLUS");
    static final Set<String> EMPLOYMENT =
            Set.of("WAGE_WITH_CONTRACT", "WAGE_NO_CONTRACT", "SELF_EMPLOYED", "UNEMPLOYED", "NOT_IN_LABOUR_FORCE");

    private HouseholdValidation() {}

    static List<Problem> problems(HouseholdData h, int currentYear) {
        List<Problem> p = new ArrayList<>();
        if (h.code() == null || h.code().isBlank()) {
            p.add(new Problem(0, "code", "a household code is required"));
        } else if (h.code().length() > 40) {
            p.add(new Problem(0, "code", "at most 40 characters"));
        }
        if (h.headName() == null || h.headName().isBlank()) {
            p.add(new Problem(0, "headName", "the head's name is required"));
        }
        if (h.area() == null || !AREAS.contains(h.area())) {
            p.add(new Problem(0, "area", "RURAL or URBAN (decides the income line)"));
        }
        if (h.phone() != null && !h.phone().isBlank() && !h.phone().trim().matches("[0-9+ .()-]{6,20}")) {
            p.add(Problem.of("phone", "household.phoneInvalid", h.phone().trim()));
        }
        if (h.dwelling().livingAreaM2() != null && h.dwelling().livingAreaM2() < 0) {
            p.add(new Problem(0, "dwelling.livingAreaM2", "cannot be negative"));
        }
        long heads = h.members().stream().filter(Member::isHead).count();
        if (!h.members().isEmpty() && heads != 1) {
            p.add(new Problem(0, "members", "exactly one member must be the HEAD (found " + heads + ")"));
        }
        for (int i = 0; i < h.members().size(); i++) {
            member(h.members().get(i), "members[" + i + "].", currentYear, p);
        }
        return p;
    }

    private static void member(Member m, String prefix, int currentYear, List<Problem> p) {
        if (m.name() == null || m.name().isBlank()) {
            p.add(new Problem(0, prefix + "name", "a name is required"));
        }
        oneOf(m.sex(), SEXES, prefix + "sex", p);
        oneOf(m.relation(), RELATIONS, prefix + "relation", p);
        oneOf(m.education(), EDUCATION, prefix + "education", p);
        oneOf(m.employment(), EMPLOYMENT, prefix + "employment", p);
        if (m.birthYear() != null && (m.birthYear() < currentYear - 130 || m.birthYear() > currentYear)) {
            p.add(new Problem(0, prefix + "birthYear", m.birthYear() + " is not a plausible year of birth"));
        }
        CitizenId.problem(m.citizenId(), m.birthYear(), m.sex())
                .ifPresent(reason -> p.add(new Problem(0, prefix + "citizenId", reason)));
    }

    private static void oneOf(String value, Set<String> allowed, String field, List<Problem> p) {
        if (value != null && !allowed.contains(value)) {
            p.add(new Problem(0, field, "'" + value + "' is not one of " + new java.util.TreeSet<>(allowed)));
        }
    }
}
