package vn.giamngheo.review.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vietnamese names for the codes that review documents print: household classes, transitions
 * between two recognised lists, and deprivation indicators (names as in NĐ 07/2021 and QĐ 59/2015).
 * An unknown code prints as itself, so a code added later never breaks a document.
 */
public final class ReviewLabels {
    private static final Map<String, String> CLASSES = Map.of(
            "POOR", "Hộ nghèo",
            "NEAR_POOR", "Hộ cận nghèo",
            "MIDDLE", "Hộ có mức sống trung bình",
            "NOT_POOR", "Không nghèo");

    private static final Map<String, String> TRANSITIONS = Map.ofEntries(
            Map.entry("STAYED", "Không thay đổi"),
            Map.entry("ESCAPED_POVERTY", "Thoát nghèo"),
            Map.entry("ESCAPED_NEAR_POVERTY", "Thoát cận nghèo"),
            Map.entry("POOR_TO_NEAR_POOR", "Từ nghèo sang cận nghèo"),
            Map.entry("NEAR_POOR_TO_POOR", "Từ cận nghèo sang nghèo"),
            Map.entry("FELL_BACK_POOR", "Tái nghèo"),
            Map.entry("FELL_BACK_NEAR_POOR", "Tái cận nghèo"),
            Map.entry("NEWLY_POOR", "Nghèo phát sinh"),
            Map.entry("NEWLY_NEAR_POOR", "Cận nghèo phát sinh"),
            Map.entry("MOVED_IN", "Chuyển đến"),
            Map.entry("MOVED_OUT", "Chuyển đi"));

    /** In the order the survey form lists them; the template's tick columns follow it. */
    private static final Map<String, String> INDICATORS = new LinkedHashMap<>();

    static {
        INDICATORS.put("EMPLOYMENT", "Việc làm");
        INDICATORS.put("DEPENDANTS", "Người phụ thuộc trong hộ gia đình");
        INDICATORS.put("NUTRITION", "Dinh dưỡng");
        INDICATORS.put("HEALTH_INSURANCE", "Bảo hiểm y tế");
        INDICATORS.put("ADULT_EDUCATION", "Trình độ giáo dục của người lớn");
        INDICATORS.put("CHILD_SCHOOLING", "Tình trạng đi học của trẻ em");
        INDICATORS.put("HOUSING_QUALITY", "Chất lượng nhà ở");
        INDICATORS.put("HOUSING_AREA", "Diện tích nhà ở bình quân đầu người");
        INDICATORS.put("WATER", "Nguồn nước sinh hoạt");
        INDICATORS.put("SANITATION", "Nhà tiêu hợp vệ sinh");
        INDICATORS.put("TELECOM", "Sử dụng dịch vụ viễn thông");
        INDICATORS.put("INFO_ACCESS", "Phương tiện phục vụ tiếp cận thông tin");
        INDICATORS.put("HEALTH_ACCESS", "Tiếp cận các dịch vụ y tế");
        INDICATORS.put("INFO_ASSETS", "Tài sản phục vụ tiếp cận thông tin");
        INDICATORS.put("WASTE", "Thu gom rác thải");
    }

    private ReviewLabels() {}

    public static String householdClass(String code) {
        return label(CLASSES, code);
    }

    public static String transition(String code) {
        return label(TRANSITIONS, code);
    }

    public static String indicator(String code) {
        return label(INDICATORS, code);
    }

    /** Every indicator code, in the survey form's order. */
    public static List<String> indicatorCodes() {
        return List.copyOf(INDICATORS.keySet());
    }

    /** The indicators' Vietnamese names joined for one list cell. */
    public static String indicators(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        return String.join("; ", codes.stream().map(ReviewLabels::indicator).toList());
    }

    private static String label(Map<String, String> labels, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return labels.getOrDefault(code, code);
    }
}
