package vn.giamngheo.agency;

/** Kinds of bodies named by the seed plans (the database checks the same list). */
public enum AgencyKind {
    PEOPLES_COMMITTEE,
    PEOPLES_COUNCIL,
    PARTY,
    OFFICE,
    DEPARTMENT,
    BANK,
    INSURER,
    FRONT,
    MASS_ORGANISATION,
    COMMUNE_POSITION,
    HEALTH,
    EDUCATION,
    STEERING_COMMITTEE,
    JUDICIAL,
    SECURITY,
    CENTRE,
    VILLAGE,
    OTHER
}
