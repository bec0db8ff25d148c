package vn.giamngheo.standard;

import java.util.List;

/**
 * What {@link PovertyClassifier} answers for one household under one version of a standard: the
 * class, the deprived indicators, those it could not know, a reason per step and warnings (each
 * disagreement between a tick and the facts, for the reviewer to look at).
 */
public record Classification(
        String standardId,
        int standardVersion,
        HouseholdClass householdClass,
        IndicatorSet deprivations,
        IndicatorSet unknown,
        List<Reason> reasons,
        List<Warning> warnings) {

    public int deprivedCount() {
        return deprivations.count();
    }

    /** The reasons as the exchange format words them. */
    public List<String> reasonTexts() {
        String[] texts = new String[reasons.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = reasons.get(i).text();
        }
        return List.of(texts);
    }

    /** The warnings as the exchange format words them. */
    public List<String> warningTexts() {
        String[] texts = new String[warnings.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = warnings.get(i).text();
        }
        return List.of(texts);
    }
}
