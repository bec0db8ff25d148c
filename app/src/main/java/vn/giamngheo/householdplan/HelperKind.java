package vn.giamngheo.householdplan;

/**
 * Who helps a household: a cadre, a party member, an agency or a mass organisation (the helpers the
 * seed plans assign to named households; seed 004 §III.1.7).
 */
public enum HelperKind {
    CADRE,
    PARTY_MEMBER,
    AGENCY,
    MASS_ORGANISATION;

    static HelperKind of(String code) {
        for (HelperKind k : values()) {
            if (k.name().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
