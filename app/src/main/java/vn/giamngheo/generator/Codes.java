package vn.giamngheo.generator;

/**
 * The generator's own codes, each with its JSON bytes ready: the twelve indicators of NĐ 07/2021 it
 * draws, the ethnic groups of the demo hierarchy and its categories. The members' and causes' codes
 * are the household model's ({@code standard.Member}, {@code standard.HouseholdInput.Cause}).
 */
final class Codes {
    private Codes() {}

    /** The 12 indicators of NĐ 07/2021 in the order of docs/domain/poverty-standards.md §4; {@code bit} for sets. */
    enum Indicator {
        EMPLOYMENT,
        DEPENDANTS,
        NUTRITION,
        HEALTH_INSURANCE,
        ADULT_EDUCATION,
        CHILD_SCHOOLING,
        HOUSING_QUALITY,
        HOUSING_AREA,
        WATER,
        SANITATION,
        TELECOM,
        INFO_ACCESS;

        final int bit = 1 << ordinal();
        final byte[] json = JsonLineWriter.literal(name());

        static final Indicator[] ALL = values();
    }

    /** The ethnic groups the demo hierarchy needs; index 0 is the majority. */
    enum Ethnicity {
        KINH("Kinh"),
        MUONG("Mường"),
        GIE_TRIENG("Giẻ Triêng"),
        XO_DANG("Xơ Đăng"),
        BA_NA("Ba Na"),
        TAY("Tày"),
        NUNG("Nùng"),
        DAO("Dao"),
        MONG("Mông");

        final String label;
        final byte[] json;
        final NameBook.Style style;

        Ethnicity(String label) {
            this.label = label;
            this.json = JsonLineWriter.literal(label);
            this.style = NameBook.styleOf(label);
        }

        static Ethnicity of(String label) {
            for (Ethnicity e : values()) {
                if (e.label.equals(label)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("no ethnic group " + label);
        }
    }

    enum Category {
        POOR,
        NEAR_POOR,
        ABOVE_LINE
    }
}
