package vn.giamngheo.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How complete the reports owed in a unit's subtree are for a year, on a day: counts per status,
 * the same per reporter (a commune, or an agency of a unit), and every obligation.
 */
public record Completeness(
        long unitId,
        String unitName,
        int year,
        LocalDate asOf,
        Map<ObligationStatus, Integer> counts,
        List<ByUnit> byUnit,
        List<ObligationView> obligations) {

    /** One reporter's obligations counted by status. */
    public record ByUnit(
            long unitId,
            String unitName,
            Long agencyId,
            String reporterName,
            Map<ObligationStatus, Integer> counts,
            int total) {}
}
