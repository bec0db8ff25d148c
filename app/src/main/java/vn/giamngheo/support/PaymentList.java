package vn.giamngheo.support;

import java.time.LocalDate;
import java.util.List;

/**
 * A payment list (bảng kê chi trả), the settlement voucher of household support (TT 60/2026 Art.
 * 3(3)): per row the representative who receives (the household head, also for a member's grant),
 * the personal ID number, the address, the beneficiary, the amount or items, and a column to sign.
 * The public version posted at the commune shows only the last four digits of each ID number.
 */
public record PaymentList(
        String unitName,
        String contentName,
        String programName,
        String decision,
        LocalDate made,
        boolean publicCopy,
        List<Row> rows) {

    public record Row(
            int no,
            String householdCode,
            String representative,
            String citizenId,
            String address,
            String beneficiary,
            String items,
            long amount) {}

    public long total() {
        return rows.stream().mapToLong(Row::amount).sum();
    }

    /** "************1234": every digit but the last four hidden; too short or missing: nothing shown. */
    static String masked(String id) {
        if (id == null || id.length() <= 4) {
            return "";
        }
        return "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }
}
