package vn.giamngheo.review.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.giamngheo.review.ReviewListDocument;
import vn.giamngheo.review.ReviewListRow;

/**
 * What a printed review list holds, shared by the PDF and the Excel export so both show the same
 * columns, headings and totals: the title block, the column headers and their numbering row
 * "(1) (2) …", one row per household with codes in Vietnamese, and the totals.
 */
final class ReviewListLayout {
    /** One column: its header, relative width in the PDF, width in Excel characters, and value. */
    record Column(
            String header, float pdfWidth, int xlsxChars, boolean number, Function<ReviewListRow, Object> value) {}

    static final List<Column> COLUMNS = List.of(
            new Column("STT", 4, 6, true, ReviewListRow::stt),
            new Column("Mã hộ", 9, 14, false, ReviewListRow::householdCode),
            new Column("Họ và tên chủ hộ", 17, 26, false, ReviewListRow::headName),
            new Column("Thôn, tổ dân phố", 11, 18, false, ReviewListRow::villageName),
            new Column("Số định danh cá nhân của chủ hộ", 12, 18, false, ReviewListRow::citizenId),
            new Column("Số nhân khẩu", 6, 9, true, ReviewListRow::members),
            new Column("Phân loại hộ", 10, 16, false, row -> ReviewLabels.householdClass(row.householdClass())),
            new Column("Diễn biến so với kỳ trước", 11, 18, false, row -> ReviewLabels.transition(row.transition())),
            new Column("Chỉ số thiếu hụt", 24, 48, false, row -> ReviewLabels.indicators(row.deprivations())));

    /** Column index (0-based) of the household count and the member sum in the total row. */
    static final int TOTAL_LABEL_SPAN = 2;

    static final int TOTAL_HOUSEHOLDS_COLUMN = 2;
    static final int TOTAL_MEMBERS_COLUMN = 5;

    static final String TOTAL_LABEL = "Tổng cộng";
    static final String PREPARER = "Người lập biểu";
    static final String PREPARER_HINT = "(Ký, ghi rõ họ tên)";
    static final List<String> COMMITTEE = List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
    static final String COMMITTEE_HINT = "(Ký, ghi rõ họ tên và đóng dấu)";

    private ReviewListLayout() {}

    static List<String> headers() {
        return COLUMNS.stream().map(Column::header).toList();
    }

    /** "(1)", "(2)", … under the headers, as official report forms number their columns. */
    static List<String> numbering() {
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= COLUMNS.size(); i++) {
            numbers.add("(" + i + ")");
        }
        return numbers;
    }

    /** "XÃ THỌ XUÂN": the issuing committee's unit, under "ỦY BAN NHÂN DÂN". */
    static String issuer(ReviewListDocument list) {
        return UnitNames.upper(UnitNames.commune(list.communeName()));
    }

    static String title(ReviewListDocument list) {
        return UnitNames.upper(list.title());
    }

    /** "Tỉnh: Thanh Hóa   Huyện: Thọ Xuân   Xã: Xuân Lai"; no district after the 2025 reform. */
    static String unitLine(ReviewListDocument list) {
        List<String> parts = new ArrayList<>();
        parts.add(UnitNames.provinceLabelled(list.provinceName()));
        if (list.districtName() != null && !list.districtName().isBlank()) {
            parts.add(UnitNames.districtLabelled(list.districtName()));
        }
        parts.add(UnitNames.communeLabelled(list.communeName()));
        return String.join("     ", parts);
    }

    static String yearLine(ReviewListDocument list) {
        String standard = PdfText.of(list.standardName()).trim();
        return "Năm " + list.listYear() + (standard.isEmpty() ? "" : " – Chuẩn nghèo áp dụng: " + standard);
    }

    /** Shown only on the list for public posting, whose ID numbers arrive masked. */
    static String postingNote(ReviewListDocument list) {
        return list.publicPosting()
                ? "Danh sách niêm yết công khai (số định danh cá nhân chỉ hiện 4 chữ số cuối)"
                : null;
    }

    static int households(ReviewListDocument list) {
        return rows(list).size();
    }

    static int members(ReviewListDocument list) {
        return rows(list).stream().mapToInt(ReviewListRow::members).sum();
    }

    static List<ReviewListRow> rows(ReviewListDocument list) {
        return list.rows() == null ? List.of() : list.rows();
    }

    static String text(Object value) {
        return value == null ? "" : PdfText.of(String.valueOf(value));
    }
}
