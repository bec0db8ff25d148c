package vn.giamngheo.planning;

import java.util.regex.Pattern;
import vn.giamngheo.shared.TextFolding;

/**
 * Plan numbers as keys: "Kế hoạch số 51-KH/HU" and "51 - KH/HU" are one number; "QĐ" folds to
 * "qd". Dates as plans write them ("2021-11-23", "2022-05", "2024") agree when one is the start
 * of the other.
 */
final class PlanNumbers {
    private static final Pattern DASHES = Pattern.compile("\\s*[-–—‑]\\s*");
    private static final Pattern PREFIX = Pattern.compile("^(ke hoach |quyet dinh |chi thi |nghi quyet )?(so:?\\s*)?");

    private PlanNumbers() {}

    /** The matching key of a number, or null when it is blank or has no digits ("Số: /KH-UBND"). */
    static String key(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String k = PREFIX.matcher(TextFolding.fold(number)).replaceFirst("");
        k = DASHES.matcher(k).replaceAll("-").replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", "");
        return k.chars().anyMatch(Character::isDigit) ? k : null;
    }

    /** Whether two dates as written can be the same day: either unknown, or one a prefix of the other. */
    static boolean compatible(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return true;
        }
        return a.startsWith(b) || b.startsWith(a);
    }
}
