package vn.giamngheo.identity;

import static vn.giamngheo.shared.Permission.*;

import java.util.EnumSet;
import java.util.Set;
import vn.giamngheo.shared.Permission;

/**
 * The roles of the people who run poverty reduction, and what each may do inside its jurisdiction.
 * Province and district officers consolidate and supervise; the commune official runs the review
 * and the commune chairman's decisions are entered by them (QĐ 24/2021 Art. 4); village reviewers
 * survey households; auditors (inspectors, the Fatherland Front's supervision) only read.
 */
public enum Role {
    SYSTEM_ADMIN(EnumSet.allOf(Permission.class)),
    PROVINCE_OFFICER(EnumSet.of(
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
            FUNDING_EDIT)),
    DISTRICT_OFFICER(EnumSet.of(
            UNIT_EDIT,
            AGENCY_EDIT,
            AUDIT_READ,
            HOUSEHOLD_READ,
            HOUSEHOLD_EDIT,
            REVIEW_EDIT,
            PLAN_EDIT,
            TARGET_EDIT,
            REPORT_READ,
            FUNDING_READ,
            FUNDING_EDIT)),
    COMMUNE_OFFICIAL(EnumSet.of(
            UNIT_EDIT,
            AGENCY_EDIT,
            HOUSEHOLD_READ,
            HOUSEHOLD_EDIT,
            REVIEW_EDIT,
            REVIEW_DECIDE,
            PLAN_EDIT,
            TARGET_EDIT,
            REPORT_READ,
            FUNDING_READ,
            FUNDING_EDIT)),
    VILLAGE_REVIEWER(EnumSet.of(HOUSEHOLD_READ, HOUSEHOLD_EDIT, REVIEW_EDIT, REPORT_READ, FUNDING_READ)),
    AUDITOR(EnumSet.of(AUDIT_READ, HOUSEHOLD_READ, REPORT_READ, FUNDING_READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
