package vn.giamngheo.credit;

import java.util.List;
import java.util.Locale;
import vn.giamngheo.shared.TextFolding;

/**
 * The columns of a loan file (docs/credit-import.md): each field with the headings it is recognised
 * by — its own name and the Vietnamese heading of our template and of the bank's lists — compared
 * without accents, case, spaces or punctuation. The first four are optional.
 */
enum LoanColumns {
    CONTRACT_NO("contractNo", false, "số khế ước", "số hợp đồng", "khế ước"),
    STATUS("status", false, "trạng thái", "tình trạng"),
    STATUS_ON("statusOn", false, "ngày trạng thái", "ngày cập nhật"),
    OUTSTANDING("outstanding", false, "dư nợ", "dư nợ còn lại"),
    HOUSEHOLD_CODE("householdCode", true, "mã hộ"),
    PROGRAM("program", true, "chương trình", "chương trình cho vay"),
    AMOUNT("amount", true, "số tiền vay", "số tiền"),
    PURPOSE("purpose", true, "mục đích", "mục đích sử dụng vốn"),
    TERM_MONTHS("termMonths", true, "thời hạn (tháng)", "thời hạn", "thời hạn vay"),
    RATE("rate", true, "lãi suất (%/năm)", "lãi suất"),
    ENTRUSTER("entruster", true, "hội đoàn thể nhận ủy thác", "hội đoàn thể", "tổ chức nhận ủy thác"),
    SAVINGS_GROUP("savingsGroup", true, "tổ tiết kiệm và vay vốn", "tổ tk&vv", "tổ tk và vv"),
    DISBURSED_ON("disbursedOn", true, "ngày giải ngân", "ngày vay");

    final String field;
    final boolean required;
    private final List<String> headings;

    LoanColumns(String field, boolean required, String... headings) {
        this.field = field;
        this.required = required;
        this.headings = List.of(headings);
    }

    /** The template's heading: the first Vietnamese one. */
    String heading() {
        return headings.get(0);
    }

    boolean matches(String heading) {
        String key = key(heading);
        return key.equals(key(field)) || headings.stream().anyMatch(h -> key(h).equals(key));
    }

    static String key(String text) {
        return TextFolding.fold(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
