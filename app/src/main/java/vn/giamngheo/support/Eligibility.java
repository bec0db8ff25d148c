package vn.giamngheo.support;

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
    private Eligibility() {}

    /** What the rule is checked against. {@code member} null: the grant names no member. */
    public record Facts(
            String householdClass,
            Integer monthsSinceListed,
            boolean ethnicMinority,
            Beneficiary.Person member,
            int year) {}

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
