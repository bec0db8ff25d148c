package vn.giamngheo.household;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.standard.Area;

/** Checks household data before anything is stored; every problem names its field. Pure. */
final class HouseholdValidation {
    // the codes of the one household model (standard): options and checks from its enums
    static final Set<String> AREAS = codes(Area.values());
    static final Set<String> SEXES = codes(vn.giamngheo.standard.Member.Sex.values());
    static final Set<String> RELATIONS = codes(vn.giamngheo.standard.Member.Relation.values());
    static final Set<String> EDUCATION = codes(vn.giamngheo.standard.Member.Education.values());
    static final Set<String> EMPLOYMENT = codes(vn.giamngheo.standard.Member.Employment.values());

    private HouseholdValidation() {}

    static List<Problem> problems(HouseholdData h, int currentYear) {
        List<Problem> p = new ArrayList<>();
        if (h.code() == null || h.code().isBlank()) {
            p.add(Problem.of("code", "household.codeMissing"));
        } else if (h.code().length() > 40) {
            p.add(Problem.of("code", "household.codeTooLong", 40));
        }
        if (h.headName() == null || h.headName().isBlank()) {
            p.add(Problem.of("headName", "household.headNameMissing"));
        }
        if (h.area() == null || !AREAS.contains(h.area())) {
            p.add(Problem.of("area", "household.areaMissing"));
        }
        if (h.phone() != null && !h.phone().isBlank() && !h.phone().trim().matches("[0-9+ .()-]{6,20}")) {
            p.add(Problem.of("phone", "household.phoneInvalid", h.phone().trim()));
        }
        if (h.dwelling().livingAreaM2() != null && h.dwelling().livingAreaM2() < 0) {
            p.add(Problem.of("dwelling.livingAreaM2", "household.negative"));
        }
        long heads = h.members().stream().filter(Member::isHead).count();
        if (!h.members().isEmpty() && heads != 1) {
            p.add(Problem.of("members", "household.oneHead", heads));
        }
        for (int i = 0; i < h.members().size(); i++) {
            member(h.members().get(i), "members[" + i + "].", currentYear, p);
        }
        return p;
    }

    private static void member(Member m, String prefix, int currentYear, List<Problem> p) {
        if (m.name() == null || m.name().isBlank()) {
            p.add(Problem.of(prefix + "name", "household.memberNameMissing"));
        }
        oneOf(m.sex(), SEXES, prefix + "sex", p);
        oneOf(m.relation(), RELATIONS, prefix + "relation", p);
        oneOf(m.education(), EDUCATION, prefix + "education", p);
        oneOf(m.employment(), EMPLOYMENT, prefix + "employment", p);
        if (m.birthYear() != null && (m.birthYear() < currentYear - 130 || m.birthYear() > currentYear)) {
            p.add(Problem.of(prefix + "birthYear", "household.birthYear", String.valueOf(m.birthYear())));
        }
        CitizenId.problem(m.citizenId(), m.birthYear(), m.sex())
                .ifPresent(reason -> p.add(Problem.of(prefix + "citizenId", reason)));
    }

    private static Set<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    private static void oneOf(String value, Set<String> allowed, String field, List<Problem> p) {
        if (value != null && !allowed.contains(value)) {
            p.add(Problem.of(field, "household.notOneOf", value));
        }
    }
}
