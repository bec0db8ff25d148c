package vn.giamngheo.support;

import java.util.List;

/**
 * A list year on the household page: the household's class on the list in force that year ({@code
 * recognised} false when no list was recognised for the year and a former one stays in force; null
 * class: on no list and never reviewed there) beside the grants whose period starts that year.
 */
public record HouseholdYear(int year, String householdClass, boolean recognised, List<SupportGrant> grants) {

    /** A year's class as read from the lists. */
    record Listed(int year, String householdClass, boolean recognised) {}

    /** What was disbursed that year's grants. */
    public long paid() {
        return grants.stream().mapToLong(SupportGrant::paid).sum();
    }

    public long amount() {
        return grants.stream().mapToLong(SupportGrant::amount).sum();
    }
}
