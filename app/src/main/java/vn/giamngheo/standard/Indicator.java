package vn.giamngheo.standard;

/**
 * The indicator codes of the exchange format (docs/domain/household-format.md), in the order results list them.
 * Which of them a standard uses is data ({@link PovertyStandard#indicators()}); the order and the
 * codes are part of the exchange-format contract and must not change.
 */
public enum Indicator {
    EMPLOYMENT,
    DEPENDANTS,
    NUTRITION,
    HEALTH_INSURANCE,
    HEALTH_ACCESS,
    ADULT_EDUCATION,
    CHILD_SCHOOLING,
    HOUSING_QUALITY,
    HOUSING_AREA,
    WATER,
    SANITATION,
    TELECOM,
    INFO_ACCESS,
    INFO_ASSETS,
    WASTE;

    private static final Indicator[] ALL = values();

    /** This indicator's bit in an {@link IndicatorSet}. */
    public int bit() {
        return 1 << ordinal();
    }

    static Indicator byOrdinal(int ordinal) {
        return ALL[ordinal];
    }

    /** The indicator with this code, or null: no exception, so a parser can name the field itself. */
    public static Indicator fromCode(String code) {
        for (Indicator i : ALL) {
            if (i.name().equals(code)) {
                return i;
            }
        }
        return null;
    }
}
