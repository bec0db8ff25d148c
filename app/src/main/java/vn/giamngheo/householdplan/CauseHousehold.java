package vn.giamngheo.householdplan;

import java.util.List;

/** A household of the drill-down: where it lives, its list, causes, deprivations and plan of the year (if any). */
public record CauseHousehold(
        long householdId,
        String householdCode,
        String headName,
        String unitName,
        String householdClass,
        List<String> causes,
        List<String> deprivations,
        Long planId) {}
