package vn.giamngheo.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * Whether a beneficiary may receive a content, by the content's rule held as data: pure, every
 * failing condition given back as a problem naming the field. The class is the household's on the
 * recognised lists in force for the grant's year; a household that has left the lists counts as
 * newly escaped while it left them no more than the rule's months ago (counted from the list year
 * it was last on, as the lists are per year).
 */
public final class Eligibility {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Eligibility() {}

    /**
     * What the rule is checked against. {@code member} null: the grant names no member. {@code day}:
     * the period's first day, on which an area condition is judged; {@code areas}: the live
     * designations covering the household's unit (any period; the rule picks those in force).
     */
    public record Facts(
            String householdClass,
            Integer monthsSinceListed,
            boolean ethnicMinority,
            Beneficiary.Person member,
            int year,
            LocalDate day,
            List<AreaDesignation> areas) {

        /** Facts for a rule with no area condition. */
        public Facts(
                String householdClass,
                Integer monthsSinceListed,
                boolean ethnicMinority,
                Beneficiary.Person member,
                int year) {
            this(householdClass, monthsSinceListed, ethnicMinority, member, year, null, List.of());
        }
    }

    public static List<InvalidInput.Problem> check(ContentRule rule, String contentName, Facts facts) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (!classQualifies(rule, facts)) {
            problems.add(InvalidInput.Problem.of(
                    "householdId",
                    "support.classNotEligible",
                    classWord(facts.householdClass()),
                    facts.year(),
                    contentName,
                    String.join(
                            ", ",
                            rule.classes().stream().map(Eligibility::classText).toList())));
        }
        if (rule.ethnicMinority() && !facts.ethnicMinority()) {
            problems.add(InvalidInput.Problem.of("householdId", "support.notEthnicMinority", contentName));
        }
        problems.addAll(areaProblems(rule, contentName, facts));
        if (rule.perPerson() && facts.member() == null) {
            problems.add(InvalidInput.Problem.of("memberOrd", "support.memberRequired", contentName));
            return problems;
        }
        Beneficiary.Person m = facts.member();
        if (m != null && (rule.ageMin() != null || rule.ageMax() != null)) {
            if (m.birthYear() == null) {
                problems.add(InvalidInput.Problem.of("memberOrd", "support.ageUnknown", m.name(), contentName));
            } else {
                int age = facts.year() - m.birthYear();
                boolean tooYoung = rule.ageMin() != null && age < rule.ageMin();
                boolean tooOld = rule.ageMax() != null && age >= rule.ageMax();
                if (tooYoung || tooOld) {
                    problems.add(InvalidInput.Problem.of(
                            "memberOrd",
                            "support.ageNotEligible",
                            m.name(),
                            age,
                            contentName,
                            rule.ageMin() == null ? "0" : rule.ageMin().toString(),
                            rule.ageMax() == null ? "…" : Integer.toString(rule.ageMax() - 1)));
                }
            }
        }
        if (m != null && rule.disabled() && !Boolean.TRUE.equals(m.disabled())) {
            problems.add(InvalidInput.Problem.of("memberOrd", "support.notDisabled", m.name(), contentName));
        }
        return problems;
    }

    /**
     * The area condition: with {@code rule.areas()} set, a designation of one of those kinds
     * covering the household's unit must be in force on the period's first day. The refusal says
     * which kinds the content needs and, when the unit had such a designation at another time, the
     * decision and the days it held.
     */
    public static List<InvalidInput.Problem> areaProblems(ContentRule rule, String contentName, Facts facts) {
        if (rule.areas() == null || rule.areas().isEmpty()) {
            return List.of();
        }
        String needed = String.join(
                " / ", rule.areas().stream().map(Eligibility::areaText).toList());
        if (facts.day() == null) {
            return List.of(InvalidInput.Problem.of("from", "support.required"));
        }
        List<AreaDesignation> ofKind = facts.areas() == null
                ? List.of()
                : facts.areas().stream()
                        .filter(a ->
                                !a.voided() && rule.areas().contains(a.kind().name()))
                        .toList();
        if (ofKind.stream().anyMatch(a -> a.inForceOn(facts.day()))) {
            return List.of();
        }
        String day = facts.day().format(DAY);
        if (ofKind.isEmpty()) {
            return List.of(
                    InvalidInput.Problem.of("householdId", "support.areaNotDesignated", contentName, needed, day));
        }
        AreaDesignation nearest = ofKind.stream()
                .min(java.util.Comparator.comparingLong(
                        a -> Math.abs(a.validFrom().toEpochDay() - facts.day().toEpochDay())))
                .orElseThrow();
        return List.of(InvalidInput.Problem.of(
                "householdId",
                "support.areaNotInForce",
                contentName,
                needed,
                day,
                nearest.unitName(),
                areaText(nearest.kind().name()),
                nearest.decision(),
                nearest.validFrom().format(DAY),
                nearest.validTo() == null ? "…" : nearest.validTo().format(DAY)));
    }

    private static String areaText(String kind) {
        return switch (kind) {
            case "POOR_COMMUNE" -> "xã nghèo";
            case "POOR_DISTRICT" -> "huyện nghèo";
            case "EXTREMELY_DIFFICULT_COMMUNE" -> "xã đặc biệt khó khăn";
            default -> "vùng đồng bào dân tộc thiểu số và miền núi";
        };
    }

    /** The class that qualifies the household for the rule, or null: POOR, NEAR_POOR or ESCAPED. */
    public static boolean classQualifies(ContentRule rule, Facts facts) {
        String c = facts.householdClass();
        if (c != null && rule.classes().contains(c)) {
            return true;
        }
        boolean listed = "POOR".equals(c) || "NEAR_POOR".equals(c);
        return !listed
                && rule.classes().contains("ESCAPED")
                && rule.escapedMonths() != null
                && facts.monthsSinceListed() != null
                && facts.monthsSinceListed() <= rule.escapedMonths();
    }

    private static Message classWord(String c) {
        return Message.of(
                "POOR".equals(c)
                        ? "support.class.POOR"
                        : "NEAR_POOR".equals(c) ? "support.class.NEAR_POOR" : "support.class.NONE");
    }

    private static String classText(String c) {
        return switch (c) {
            case "POOR" -> "hộ nghèo";
            case "NEAR_POOR" -> "hộ cận nghèo";
            default -> "hộ mới thoát nghèo";
        };
    }
}
