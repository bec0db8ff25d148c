package vn.giamngheo.funding;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * Amounts of money in whole đồng (VND has no smaller unit in public accounts). Accepts what people
 * type: "1500000", "1.500.000" or "1 500 000" (Vietnamese groups thousands with dots); refuses a
 * decimal ("1,5" or "1500000.50"), a negative, zero and anything above a trillion đồng a line.
 */
public final class Amounts {
    /** More than any one ledger line of a commune or province; guards against pasted garbage. */
    public static final long MAX = 1_000_000_000_000_000L;

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private Amounts() {}

    /**
     * An amount as the argument of a problem: the wording prints whole numbers as plain text (a year
     * reads 2025), so an amount goes as a decimal for the bundles' {@code {0,number,#,##0}} to group
     * its thousands as the reader's language does (1.500.000 đồng, 1,500,000 VND).
     */
    static BigDecimal arg(long amount) {
        return BigDecimal.valueOf(amount);
    }

    /** A positive whole amount from what was typed into {@code field}. */
    public static long parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, Message.of("funding.amountRequired"));
        }
        String t = text.strip().replace(" ", "").replace("\u00a0", "").replace("đ", "");
        if (t.startsWith("-")) {
            throw InvalidInput.of(field, Message.of("funding.amountNegative", text.strip()));
        }
        String digits;
        if (PLAIN.matcher(t).matches()) {
            digits = t;
        } else if (GROUPED.matcher(t).matches()) {
            digits = t.replace(".", "");
        } else if (t.matches("\\d+([.,]\\d+)+")) {
            throw InvalidInput.of(field, Message.of("funding.amountNotWhole", text.strip()));
        } else {
            throw InvalidInput.of(field, Message.of("funding.amountNotNumber", text.strip()));
        }
        return positive(field, new BigDecimal(digits));
    }

    /** A positive whole amount from a JSON number. */
    public static long positive(String field, BigDecimal value) {
        if (value == null) {
            throw InvalidInput.of(field, Message.of("funding.amountRequired"));
        }
        if (value.signum() < 0) {
            throw InvalidInput.of(field, Message.of("funding.amountNegative", value.toPlainString()));
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw InvalidInput.of(field, Message.of("funding.amountNotWhole", value.toPlainString()));
        }
        if (value.signum() == 0) {
            throw InvalidInput.of(field, Message.of("funding.amountZero"));
        }
        if (value.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw InvalidInput.of(field, Message.of("funding.amountTooLarge", value.toPlainString()));
        }
        return value.longValueExact();
    }
}
