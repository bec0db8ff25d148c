package vn.giamngheo.standard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test builder for the facts records by field name (docs/decisions/1160): a fixture names the facts
 * it sets and leaves the others unknown, so a field added to a record does not touch it.
 */
public final class TestFacts {
    private TestFacts() {}

    /** A dwelling from names and values: {@code dwelling("cleanWater", true, "livingAreaM2", 30.0)}. */
    public static Dwelling dwelling(Object... namesAndValues) {
        return FieldValues.build(Dwelling.class, values(namesAndValues));
    }

    /**
     * A small dwelling (30 m²) with a leaking roof and no hygienic latrine, waste collection not
     * recorded: the fixtures' usual household home.
     */
    public static Dwelling aModestDwelling() {
        return dwelling(
                "livingAreaM2", 30.0,
                "wallDurable", true,
                "columnDurable", true,
                "roofDurable", false,
                "cleanWater", true,
                "hygienicLatrine", false,
                "telecom", true,
                "infoDevice", true,
                "loudspeakerAccess", true);
    }

    /** A member of the format from names and values; codes may be given as enums or text. */
    public static Member member(Object... namesAndValues) {
        return FieldValues.build(Member.class, values(namesAndValues));
    }

    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
