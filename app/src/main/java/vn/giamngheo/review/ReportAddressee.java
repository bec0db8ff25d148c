package vn.giamngheo.review;

import java.util.List;
import vn.giamngheo.adminunit.AdminUnit;

/**
 * Whom a commune reports to and consults (docs/domain/review-and-reporting.md §1–2, step 5): its parent in the
 * hierarchy as configured on the day — a district before 1 July 2025, the province since, when the
 * hierarchy was reorganised. Read from the ancestry, never from a fixed number of levels.
 */
public final class ReportAddressee {
    private ReportAddressee() {}

    /** The parent of the last unit of {@code ancestry} (root first), or null for a root. */
    public static AdminUnit of(List<AdminUnit> ancestry) {
        return ancestry.size() < 2 ? null : ancestry.get(ancestry.size() - 2);
    }
}
