package vn.giamngheo.standard;

/**
 * A household member as the exchange format gives it (docs/domain/household-format.md, "Member"). Every field
 * may be null = not given; the classifier then treats what depends on it as unknown, never guesses.
 */
public record Member(
        String name,
        @ExchangeFields.Range(max = 150) Integer age,
        Sex sex,
        Relation relation,
        String ethnicity,
        Boolean healthInsured,
        Boolean stunted,
        Boolean underweight,
        Education education,
        Boolean inSchool,
        Employment employment,
        Boolean disabled,
        Boolean socialAllowance,
        Boolean personOfMerit) {

    public enum Sex {
        M,
        F
    }

    public enum Relation {
        HEAD,
        SPOUSE,
        CHILD,
        PARENT,
        GRANDCHILD,
        OTHER
    }

    /** Highest level completed, lowest first. */
    public enum Education {
        NONE,
        PRIMARY,
        LOWER_SECONDARY,
        UPPER_SECONDARY,
        VOCATIONAL,
        COLLEGE_PLUS;

        /**
         * Lower-secondary or beyond. A vocational certificate counts: vocational training in Vietnam
         * is entered after lower-secondary [provisional reading].
         */
        public boolean hasLowerSecondary() {
            return this.compareTo(LOWER_SECONDARY) >= 0;
        }

        /** Upper-secondary, a vocational certificate, or beyond (NĐ 07: "upper-secondary or vocational"). */
        public boolean hasUpperSecondaryOrVocational() {
            return this.compareTo(UPPER_SECONDARY) >= 0;
        }
    }

    public enum Employment {
        WAGE_WITH_CONTRACT,
        WAGE_NO_CONTRACT,
        SELF_EMPLOYED,
        UNEMPLOYED,
        NOT_IN_LABOUR_FORCE
    }
}
