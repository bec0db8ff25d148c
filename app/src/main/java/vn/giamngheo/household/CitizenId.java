package vn.giamngheo.household;

import java.util.Optional;
import vn.giamngheo.shared.Message;

/**
 * The 12-digit citizen identification number (số định danh cá nhân / CCCD). Its first three digits
 * are the province of birth registration (001–096), the fourth encodes century and sex (0/1 born
 * 1900–1999 male/female, 2/3 2000–2099, 4/5 2100–2199, …), the next two the last two digits of
 * the year of birth (Thông tư 59/2021/TT-BCA, Art. 7). Pure: no database.
 */
public final class CitizenId {
    private CitizenId() {}

    /** Why the number is not acceptable, or empty when it is. */
    public static Optional<Message> problem(String id, Integer birthYear, String sex) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        if (!id.matches("[0-9]{12}")) {
            return Optional.of(Message.of("household.citizenIdDigits"));
        }
        int province = Integer.parseInt(id.substring(0, 3));
        if (province < 1 || province > 96) {
            return Optional.of(Message.of("household.citizenIdProvince", id.substring(0, 3)));
        }
        int code = id.charAt(3) - '0';
        int century = 1900 + (code / 2) * 100;
        if (code > 9) {
            return Optional.of(Message.of("household.citizenIdCentury"));
        }
        if (birthYear != null) {
            int year = century + Integer.parseInt(id.substring(4, 6));
            if (year != birthYear) {
                return Optional.of(
                        Message.of("household.citizenIdYear", String.valueOf(year), String.valueOf(birthYear)));
            }
        }
        if (sex != null) {
            String encoded = code % 2 == 0 ? "M" : "F";
            if (!encoded.equals(sex)) {
                return Optional.of(
                        Message.of("household.citizenIdSex", Message.of("sex." + encoded), Message.of("sex." + sex)));
            }
        }
        return Optional.empty();
    }

    /** Only the last four digits, for lists posted in public. */
    public static String masked(String id) {
        if (id == null || id.length() < 4) {
            return id;
        }
        return "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }
}
