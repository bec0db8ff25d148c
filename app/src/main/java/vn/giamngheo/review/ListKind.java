package vn.giamngheo.review;

import java.util.Set;

/**
 * The lists a campaign produces (QĐ 24/2021 Art. 4 step 6, docs/domain/review-and-reporting.md §5): poor,
 * near-poor, escaped (thoát nghèo: to near-poor or above the line; thoát cận nghèo), newly poor or
 * near-poor (phát sinh), fell back (tái nghèo, tái cận nghèo), and the public posting list of the
 * households reviewed with a result to post (citizen IDs masked to the last 4 digits).
 */
public enum ListKind {
    POOR("Danh sách hộ nghèo"),
    NEAR_POOR("Danh sách hộ cận nghèo"),
    ESCAPED("Danh sách hộ thoát nghèo, thoát cận nghèo"),
    NEWLY_POOR("Danh sách hộ nghèo, hộ cận nghèo phát sinh"),
    FELL_BACK("Danh sách hộ tái nghèo, tái cận nghèo"),
    POSTING("Danh sách niêm yết công khai kết quả rà soát");

    static final Set<String> ESCAPES = Set.of("ESCAPED_POVERTY", "POOR_TO_NEAR_POOR", "ESCAPED_NEAR_POVERTY");
    private final String title;

    ListKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether an outcome belongs on this list. */
    boolean includes(String after, String transition, boolean reviewed) {
        return switch (this) {
            case POOR -> "POOR".equals(after);
            case NEAR_POOR -> "NEAR_POOR".equals(after);
            case ESCAPED -> transition != null && ESCAPES.contains(transition);
            case NEWLY_POOR -> "NEWLY_POOR".equals(transition) || "NEWLY_NEAR_POOR".equals(transition);
            case FELL_BACK -> "FELL_BACK_POOR".equals(transition) || "FELL_BACK_NEAR_POOR".equals(transition);
            case POSTING -> reviewed && (after != null || (transition != null && ESCAPES.contains(transition)));
        };
    }
}
