package vn.giamngheo.householdplan;

/** A helper the plan form offers: an agency of the commune or assigned to help it, or a named member. */
public record HelperChoice(HelperKind kind, String name, Long agencyId) {}
