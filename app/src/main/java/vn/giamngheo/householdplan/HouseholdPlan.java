package vn.giamngheo.householdplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A household's plan for a year as the commune keeps it: the household (its code, head, village and
 * labour capacity from the registry), the list it was on when the plan was made, the causes the survey
 * gave and those the commune reviewed, the survey's deprivations, the target year, the helper, the
 * solutions and the visits. {@code version} guards concurrent edits.
 */
public record HouseholdPlan(
        long id,
        long householdId,
        String householdCode,
        String headName,
        String address,
        long unitId,
        String unitPath,
        long communeId,
        int year,
        String listedClass,
        Boolean labourCapacity,
        List<String> surveyCauses,
        List<String> causes,
        List<String> deprivations,
        Integer targetYear,
        boolean agreed,
        Helper helper,
        LocalDate nextVisitOn,
        String note,
        int version,
        Instant changedAt,
        String changedBy,
        List<Solution> solutions,
        List<Visit> visits) {

    /** On the commune's "able to escape this year" list: the commune expects it to escape in the plan's year. */
    public boolean escapeThisYear() {
        return targetYear != null && targetYear == year;
    }
}
