package vn.giamngheo.planning;

/** Resident and ethnic-minority households of a unit in a year (the rates' denominator). */
public record UnitYearStat(
        long unitId, int year, int totalHouseholds, Integer minorityHouseholds, String source, int version) {}
