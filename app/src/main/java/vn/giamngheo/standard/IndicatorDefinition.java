package vn.giamngheo.standard;

/**
 * One indicator as a standard defines it: its dimension, its Vietnamese name, when a household is
 * deprived on it (as the domain notes word it) and how sure that rule is.
 */
public record IndicatorDefinition(
        Indicator code,
        Dimension dimension,
        String name,
        String deprivedWhen,
        Confidence confidence,
        boolean provisional) {

    public IndicatorDefinition {
        if (code == null) {
            throw new IllegalArgumentException("an indicator needs a code");
        }
        if (confidence == null) {
            confidence = Confidence.PROVISIONAL;
        }
        provisional = confidence.provisional();
    }
}
