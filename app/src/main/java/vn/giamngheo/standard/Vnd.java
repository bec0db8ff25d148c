package vn.giamngheo.standard;

/** Amounts as reasons print them: "1,420,000" (grouping by thousands, as the domain notes write). */
final class Vnd {
    private Vnd() {}

    static String format(long amount) {
        StringBuilder out = new StringBuilder(16);
        append(out, amount);
        return out.toString();
    }

    static void append(StringBuilder out, long amount) {
        if (amount < 0) {
            out.append('-');
            amount = -amount;
        }
        String digits = Long.toString(amount);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
    }

    /** A score as given: whole numbers without a decimal point ("140"), others as Java prints them. */
    static void appendScore(StringBuilder out, double score) {
        if (score == Math.rint(score) && Math.abs(score) < 1e15) {
            out.append((long) score);
        } else {
            out.append(score);
        }
    }
}
