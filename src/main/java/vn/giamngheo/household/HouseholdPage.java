package vn.giamngheo.household;

import java.util.List;

/** A page of the household list with the total count of matching households. */
public record HouseholdPage(List<HouseholdSummary> items, long total, int page, int size) {}
