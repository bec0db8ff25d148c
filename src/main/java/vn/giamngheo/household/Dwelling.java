package vn.giamngheo.household;

/** Dwelling facts of the exchange format; null = not recorded. */
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

    public static Dwelling unknown() {
        return new Dwelling(null, null, null, null, null, null, null, null, null, null);
    }
}
