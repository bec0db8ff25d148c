package vn.giamngheo.standard;

/**
 * Dwelling facts (docs/domain/household-format.md, "Dwelling"): the one type for the exchange format, the
 * classifier, the review and the registry; null = not given or not recorded.
 * {@code telecom}: some member uses phone or internet.
 */
public record Dwelling(
        Double livingAreaM2,
        Boolean wallDurable,
        Boolean columnDurable,
        Boolean roofDurable,
        Boolean cleanWater,
        Boolean hygienicLatrine,
        Boolean telecom,
        Boolean infoDevice,
        Boolean loudspeakerAccess,
        Boolean wasteCollected) {

    private static final Dwelling UNKNOWN = FieldValues.build(Dwelling.class, java.util.Map.of());

    /** Nothing recorded. */
    public static Dwelling unknown() {
        return UNKNOWN;
    }
}
