package vn.giamngheo.household;

import java.util.List;

/**
 * A page of the household list with the count of matching households: exact up to {@link
 * #COUNT_CAP}; beyond it {@code total} is the cap and {@code moreThanTotal} is set ("more than
 * 10,000 households").
 */
public record HouseholdPage(List<HouseholdSummary> items, long total, boolean moreThanTotal, int page, int size) {

    public static final int COUNT_CAP = 10_000;

    /** From a count taken with {@code LIMIT COUNT_CAP + 1}. */
    static HouseholdPage counted(List<HouseholdSummary> items, long counted, int page, int size) {
        return new HouseholdPage(items, Math.min(counted, COUNT_CAP), counted > COUNT_CAP, page, size);
    }
}
