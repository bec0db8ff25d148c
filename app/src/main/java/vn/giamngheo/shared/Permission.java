package vn.giamngheo.shared;

/** What a role lets a user do; where they may do it is their {@link Jurisdiction}. */
public enum Permission {
    UNIT_EDIT,
    AGENCY_EDIT,
    USER_ADMIN,
    AUDIT_READ,
    HOUSEHOLD_READ,
    HOUSEHOLD_EDIT,
    REVIEW_EDIT,
    REVIEW_DECIDE,
    PLAN_EDIT,
    TARGET_EDIT,
    REPORT_READ,
    STANDARD_EDIT,
    FUNDING_READ,
    FUNDING_EDIT
}
