package vn.giamngheo.householdplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;

/**
 * The rules a household plan must keep, as pure functions returning the problems found (each on
 * its field). A plan is for a household on the poor or near-poor lists in force for its year; the
 * target year is not before the plan's year; consent is noted for a named helper, with its day; a
 * visit is not in the future nor before the plan's year, and the next one comes after it.
 */
final class PlanRules {
    /** How far ahead a target year may be set (a plan is revisited every year). */
    static final int MAX_TARGET_AHEAD = 10;

    static final int MAX_SOLUTIONS = 30;
    static final int MAX_TEXT = 2000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .]{7,18}");

    private PlanRules() {}

    /** A new plan: the household's class on the lists in force for {@code year} (null: on no list). */
    static List<Problem> checkNew(String listedClass, String householdCode, int year, int currentYear) {
        List<Problem> problems = new ArrayList<>();
        if (year < currentYear - 5 || year > currentYear + 1) {
            problems.add(Problem.of("year", "householdplan.year", String.valueOf(year), String.valueOf(currentYear)));
        } else if (!"POOR".equals(listedClass) && !"NEAR_POOR".equals(listedClass)) {
            problems.add(Problem.of("householdId", "householdplan.notListed", householdCode, String.valueOf(year)));
        }
        return problems;
    }

    static List<Problem> check(PlanEdit e, int planYear, LocalDate today, Set<String> catalogueCodes) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < e.causes().size(); i++) {
            String c = e.causes().get(i);
            if (!isCause(c)) {
                problems.add(Problem.of("causes[" + i + "]", "householdplan.cause", String.valueOf(c)));
            }
        }
        if (e.targetYear() != null) {
            if (e.targetYear() < planYear) {
                problems.add(Problem.of(
                        "targetYear",
                        "householdplan.targetBeforeYear",
                        String.valueOf(e.targetYear()),
                        String.valueOf(planYear)));
            } else if (e.targetYear() > planYear + MAX_TARGET_AHEAD) {
                problems.add(Problem.of(
                        "targetYear", "householdplan.targetTooFar", String.valueOf(e.targetYear()), MAX_TARGET_AHEAD));
            }
        }
        HelperKind kind = blank(e.helperKind()) ? null : HelperKind.of(e.helperKind());
        if (!blank(e.helperKind()) && kind == null) {
            problems.add(Problem.of("helperKind", "householdplan.helperKind", e.helperKind()));
        }
        if (kind != null && blank(e.helperName())) {
            problems.add(Problem.of("helperName", "householdplan.helperName"));
        }
        if (blank(e.helperKind()) && !blank(e.helperName())) {
            problems.add(Problem.of("helperKind", "householdplan.helperKindRequired"));
        }
        if (!blank(e.helperPhone()) && !PHONE.matcher(e.helperPhone().strip()).matches()) {
            problems.add(Problem.of("helperPhone", "householdplan.phone", e.helperPhone()));
        }
        if (e.consent() && blank(e.helperName())) {
            problems.add(Problem.of("consent", "householdplan.consentWithoutHelper"));
        }
        if (e.consent() && e.consentOn() == null) {
            problems.add(Problem.of("consentOn", "householdplan.consentDate"));
        }
        if (e.consentOn() != null && e.consentOn().isAfter(today)) {
            problems.add(Problem.of(
                    "consentOn", "householdplan.futureDate", e.consentOn().toString()));
        }
        if (e.nextVisitOn() != null && e.nextVisitOn().getYear() < planYear) {
            problems.add(Problem.of(
                    "nextVisitOn",
                    "householdplan.dateBeforeYear",
                    e.nextVisitOn().toString(),
                    String.valueOf(planYear)));
        }
        if (e.note() != null && e.note().length() > MAX_TEXT) {
            problems.add(Problem.of("note", "householdplan.tooLong", MAX_TEXT));
        }
        if (e.solutions().size() > MAX_SOLUTIONS) {
            problems.add(Problem.of("solutions", "householdplan.tooManySolutions", MAX_SOLUTIONS));
        }
        for (int i = 0; i < e.solutions().size(); i++) {
            PlanEdit.SolutionInput s = e.solutions().get(i);
            String field = "solutions[" + i + "]";
            if (SolutionKind.of(s.kind()) == null) {
                problems.add(Problem.of(field + ".kind", "householdplan.solutionKind", String.valueOf(s.kind())));
            }
            if (blank(s.description())) {
                problems.add(Problem.of(field + ".description", "householdplan.solutionDescription"));
            } else if (s.description().length() > MAX_TEXT) {
                problems.add(Problem.of(field + ".description", "householdplan.tooLong", MAX_TEXT));
            }
            if (!blank(s.contentCode()) && !catalogueCodes.contains(s.contentCode())) {
                problems.add(Problem.of(field + ".contentCode", "householdplan.contentUnknown", s.contentCode()));
            }
            for (String a : s.addresses()) {
                if (!isAddress(a)) {
                    problems.add(Problem.of(field + ".addresses", "householdplan.address", String.valueOf(a)));
                }
            }
        }
        if (e.agreed() && (e.targetYear() == null || e.solutions().isEmpty())) {
            problems.add(Problem.of("agreed", "householdplan.agreedIncomplete"));
        }
        return problems;
    }

    /** A follow-up visit on {@code visitedOn} to a plan of {@code planYear}. */
    static List<Problem> checkVisit(
            LocalDate visitedOn, String progress, String note, LocalDate nextVisitOn, int planYear, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (visitedOn == null) {
            problems.add(Problem.of("visitedOn", "householdplan.required"));
        } else if (visitedOn.isAfter(today)) {
            problems.add(Problem.of("visitedOn", "householdplan.futureDate", visitedOn.toString()));
        } else if (visitedOn.getYear() < planYear) {
            problems.add(Problem.of(
                    "visitedOn", "householdplan.dateBeforeYear", visitedOn.toString(), String.valueOf(planYear)));
        }
        if (Progress.of(progress) == null) {
            problems.add(Problem.of("progress", "householdplan.progress", String.valueOf(progress)));
        }
        if (note != null && note.length() > MAX_TEXT) {
            problems.add(Problem.of("note", "householdplan.tooLong", MAX_TEXT));
        }
        if (nextVisitOn != null && visitedOn != null && !nextVisitOn.isAfter(visitedOn)) {
            problems.add(Problem.of(
                    "nextVisitOn", "householdplan.nextVisitNotAfter", nextVisitOn.toString(), visitedOn.toString()));
        }
        return problems;
    }

    /** Whether the plan's next visit is overdue on {@code today}. */
    static boolean overdue(LocalDate nextVisitOn, LocalDate today) {
        return nextVisitOn != null && nextVisitOn.isBefore(today);
    }

    static boolean isCause(String code) {
        for (HouseholdInput.Cause c : HouseholdInput.Cause.values()) {
            if (c.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAddress(String code) {
        if (code != null && code.startsWith(DraftRules.CAUSE_PREFIX)) {
            return isCause(code.substring(DraftRules.CAUSE_PREFIX.length()));
        }
        return Indicator.fromCode(code) != null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
