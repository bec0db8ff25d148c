package vn.giamngheo.planning;

import java.time.LocalDate;

/**
 * Someone assigned to help: an agency or a steering-committee member for a commune (seed 004
 * Appendix 2), or a cadre/party member for one poor household. {@code agencyId} is set when the
 * helper's name was matched to the agency registry.
 */
public record HelperAssignment(
        long id,
        String kind,
        long unitId,
        Long householdId,
        Long agencyId,
        String helperName,
        String helperTitle,
        LocalDate validFrom,
        LocalDate validTo,
        String sourceDocument) {}
