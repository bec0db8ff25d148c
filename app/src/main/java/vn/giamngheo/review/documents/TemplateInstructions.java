package vn.giamngheo.review.documents;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.giamngheo.review.documents.SurveyColumns.Column;
import vn.giamngheo.review.documents.SurveyColumns.Kind;

/**
 * The template's instructions sheet, in Vietnamese: how to fill the rows, then every column with its
 * field name and the values it accepts, generated from {@link SurveyColumns} so it cannot drift.
 */
final class TemplateInstructions {
    static final List<String> RULES = List.of(
            "1. Mỗi dòng ghi một thành viên của hộ. Các dòng của cùng một hộ phải liền nhau.",
            "2. Mã hộ ghi ở dòng đầu tiên của hộ; các dòng sau của hộ để trống Mã hộ hoặc ghi lại đúng mã đó.",
            "3. Thông tin hộ, nhà ở, chỉ số thiếu hụt và nguyên nhân nghèo ghi một lần ở dòng đầu tiên của hộ;"
                    + " nếu ghi lại ở dòng khác thì phải giống nhau.",
            "4. Cột có danh sách chọn: chọn một giá trị trong danh sách (cũng nhận mã tiếng Anh: RURAL, M, HEAD…).",
            "5. Cột Có/Không: ghi Có hoặc Không; để trống nếu chưa có thông tin (không được hiểu là Không).",
            "6. Chỉ số thiếu hụt: ghi x nếu hộ thiếu hụt chỉ số đó, 0 nếu đã xem xét và không thiếu hụt;"
                    + " để trống cả 15 cột nếu không ghi nhận chỉ số nào.",
            "7. Nguyên nhân nghèo: đánh x vào các nguyên nhân của hộ.",
            "8. Ghi Năm sinh hoặc Tuổi (tuổi tròn tại thời điểm rà soát); ghi cả hai thì phải khớp nhau.",
            "9. Thu nhập ghi bằng số (đồng/người/tháng), ví dụ 1500000 hoặc 1.500.000.",
            "10. Cột \"Loại hộ đã công nhận\" chỉ dùng khi nhập danh sách đầu kỳ: hộ nghèo, hộ cận nghèo đã được"
                    + " công nhận trước khi dùng hệ thống.",
            "11. Không sửa hay xóa các dòng tiêu đề, kể cả dòng 6 đang ẩn (tên trường để máy đọc); không thêm cột.");

    private TemplateInstructions() {}

    static void write(XSSFSheet sheet, TemplateStyles styles) {
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 45 * 256);
        sheet.setColumnWidth(2, 28 * 256);
        sheet.setColumnWidth(3, 80 * 256);
        styles.title(sheet, 0, "HƯỚNG DẪN ĐIỀN MẪU DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT");
        int r = 2;
        for (String rule : RULES) {
            styles.note(sheet, r++, rule);
        }
        r++;
        Row head = TemplateStyles.row(sheet, r++);
        List<String> titles = List.of("Cột", "Tiêu đề", "Tên trường", "Giá trị hợp lệ");
        for (int i = 0; i < titles.size(); i++) {
            TemplateStyles.cell(head, i, titles.get(i), styles.header);
        }
        for (int i = 0; i < SurveyColumns.ALL.size(); i++) {
            Column column = SurveyColumns.ALL.get(i);
            Row row = TemplateStyles.row(sheet, r++);
            TemplateStyles.cell(row, 0, SheetRows.columnLetter(i), styles.value);
            TemplateStyles.cell(row, 1, column.header(), styles.wrapped);
            TemplateStyles.cell(row, 2, column.field(), styles.wrapped);
            TemplateStyles.cell(row, 3, accepted(column), styles.wrapped);
        }
    }

    static String accepted(Column column) {
        if (column.kind() == Kind.TICK) {
            return "x (có) hoặc 0 (không); để trống nếu không ghi nhận";
        }
        if (column.choices() != null) {
            return column.choices().accepted().replace(" (or ", " (hoặc mã ");
        }
        return switch (column.field()) {
            case SurveyColumns.REF -> "Chữ và số, bắt buộc ở dòng đầu tiên của hộ";
            case SurveyColumns.BIRTH_YEAR -> "Số nguyên, ví dụ 1985";
            case SurveyColumns.AGE -> "Số nguyên, tuổi tròn tại thời điểm rà soát";
            case "incomePerCapita" -> "Số nguyên, đồng/người/tháng";
            default -> column.kind() == Kind.NUMBER ? "Số, dấu thập phân là dấu phẩy hoặc dấu chấm" : "Chữ";
        };
    }
}
