package vn.giamngheo.standard;

/**
 * Dwelling facts of the exchange format (docs/domain/household-format.md, "Dwelling"); null = not given.
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
        Boolean wasteCollected) {}
