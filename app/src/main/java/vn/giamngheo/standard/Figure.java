package vn.giamngheo.standard;

/**
 * One number of a standard (a line in VND per person per month, an age, a threshold) with its
 * confidence mark. {@code provisional} always equals {@code confidence != FIRM}: it is spelled out
 * so that pages and the API can show it without knowing the rule.
 */
public record Figure(long value, Confidence confidence, boolean provisional) {

    public Figure {
        if (confidence == null) {
            confidence = Confidence.PROVISIONAL;
        }
        provisional = confidence.provisional();
    }

    public static Figure firm(long value) {
        return new Figure(value, Confidence.FIRM, false);
    }

    public static Figure likely(long value) {
        return new Figure(value, Confidence.LIKELY, true);
    }

    public static Figure provisional(long value) {
        return new Figure(value, Confidence.PROVISIONAL, true);
    }

    public static Figure of(long value, Confidence confidence) {
        return new Figure(value, confidence, false);
    }

    public int intValue() {
        return (int) value;
    }
}
