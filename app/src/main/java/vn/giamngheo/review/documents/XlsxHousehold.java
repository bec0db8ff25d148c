package vn.giamngheo.review.documents;

import java.util.List;

/** What the survey sheet reader yields for each household: its JSON line, or why it cannot be read. */
public sealed interface XlsxHousehold {
    /** The household code, as written in the sheet; null when a row has none. */
    String ref();

    /** The sheet row (1-based) where the household begins. */
    int firstRow();

    /**
     * A household read: {@code json} is one exchange-format line (docs/domain/household-format.md) for the
     * review's strict parser. The village is not a field of that format, so it travels beside it
     * (null when the column is absent or empty).
     */
    record Line(String ref, int firstRow, String village, String json) implements XlsxHousehold {}

    /** A household with cells that cannot be read; every such cell is listed. */
    record Unreadable(String ref, int firstRow, List<CellProblem> problems) implements XlsxHousehold {
        public Unreadable {
            problems = List.copyOf(problems);
        }
    }
}
