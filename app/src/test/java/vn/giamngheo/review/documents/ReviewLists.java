package vn.giamngheo.review.documents;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.review.ReviewListDocument;
import vn.giamngheo.review.ReviewListRow;

/** Review lists for the document tests. */
final class ReviewLists {
    private ReviewLists() {}

    static ReviewListDocument poorList() {
        return new ReviewListDocument(
                "Danh sách hộ nghèo năm 2025",
                "Thọ Xuân",
                null,
                "Thanh Hóa",
                2025,
                "NĐ 07/2021/NĐ-CP",
                "POOR",
                false,
                List.of(
                        new ReviewListRow(
                                1,
                                "TX-001",
                                "Nguyễn Thị Hường",
                                "Đăk Ang",
                                "038185000123",
                                4,
                                "POOR",
                                "STAYED",
                                List.of("HEALTH_INSURANCE", "WATER")),
                        new ReviewListRow(
                                2,
                                "TX-002",
                                "Ưng Văn Thọ",
                                "Thôn Ỷ La",
                                "038185000456",
                                3,
                                "POOR",
                                "NEWLY_POOR",
                                List.of("HOUSING_AREA", "SANITATION", "INFO_ACCESS")),
                        new ReviewListRow(
                                3,
                                "TX-003",
                                "Lò Thị Ỷ",
                                "Đăk Ang",
                                "038185000789",
                                5,
                                "POOR",
                                "FELL_BACK_POOR",
                                List.of())));
    }

    /** A public posting list in a district that still exists, with masked ID numbers. */
    static ReviewListDocument postingList() {
        ReviewListDocument poor = poorList();
        List<ReviewListRow> masked = poor.rows().stream()
                .map(r -> new ReviewListRow(
                        r.stt(),
                        r.householdCode(),
                        r.headName(),
                        r.villageName(),
                        "********" + r.citizenId().substring(8),
                        r.members(),
                        r.householdClass(),
                        r.transition(),
                        r.deprivations()))
                .toList();
        return new ReviewListDocument(
                "Danh sách niêm yết hộ nghèo",
                "Phường Ba Đình",
                "Thọ Xuân",
                "Thanh Hóa",
                2025,
                poor.standardName(),
                "POSTING",
                true,
                masked);
    }

    /** Enough households to fill several landscape pages. */
    static ReviewListDocument longList(int households) {
        List<ReviewListRow> rows = new ArrayList<>();
        for (int i = 1; i <= households; i++) {
            rows.add(new ReviewListRow(
                    i,
                    "TX-" + i,
                    "Nguyễn Thị Hường " + i,
                    "Đăk Ang",
                    "038185000" + (100 + i % 900),
                    1 + i % 6,
                    i % 2 == 0 ? "POOR" : "NEAR_POOR",
                    i % 3 == 0 ? "ESCAPED_POVERTY" : "STAYED",
                    List.of("HEALTH_INSURANCE")));
        }
        return new ReviewListDocument(
                "Danh sách hộ nghèo, hộ cận nghèo năm 2025",
                "Thọ Xuân",
                null,
                "Thanh Hóa",
                2025,
                "NĐ 07/2021/NĐ-CP",
                "POOR",
                false,
                rows);
    }
}
