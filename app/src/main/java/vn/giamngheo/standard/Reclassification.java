package vn.giamngheo.standard;

/**
 * A household recorded under one standard, classified under another (the what-if of a change of
 * standard, in the application one unit at a time and in the national jobs for the whole country):
 * the same rule in both places, so that their results agree household by household. Pure.
 *
 * <p>Ticks recorded under the source standard cannot say anything about an indicator only the target
 * uses (NĐ 351/2025's WASTE): then the ticks are set aside and every indicator is derived from the
 * recorded facts ({@code derivedFromFacts}); otherwise a tick for an indicator the target no longer
 * uses is dropped.
 */
public final class Reclassification {
    private Reclassification() {}

    /** The classification and whether the ticks were set aside for the recorded facts. */
    public record Outcome(Classification classification, boolean derivedFromFacts) {}

    /** Whether the source standard has every indicator the target uses. */
    public static boolean covers(PovertyStandard source, PovertyStandard target) {
        return source.id().equals(target.id()) || source.indicatorSet().containsAll(target.indicatorSet());
    }

    /** {@code sourceCovers}: {@link #covers} for the standard the household was reviewed under. */
    public static Outcome classify(HouseholdInput input, boolean sourceCovers, PovertyStandard target) {
        boolean fromFacts = false;
        HouseholdInput used = input;
        if (input.deprivations() != null) {
            fromFacts = !sourceCovers;
            used = withTicks(
                    input,
                    fromFacts
                            ? null
                            : new IndicatorSet(input.deprivations().bits()
                                    & target.indicatorSet().bits()));
        }
        return new Outcome(PovertyClassifier.classify(used, target), fromFacts);
    }

    private static HouseholdInput withTicks(HouseholdInput h, IndicatorSet ticks) {
        return new HouseholdInput(
                h.ref(),
                h.area(),
                h.incomePerCapita(),
                h.scoreA(),
                ticks,
                h.members(),
                h.dwelling(),
                h.labourCapacity(),
                h.causes(),
                null);
    }
}
