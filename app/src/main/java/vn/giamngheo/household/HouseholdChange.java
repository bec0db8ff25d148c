package vn.giamngheo.household;

import java.time.Instant;

/** One entry of a household's history. */
public record HouseholdChange(Instant at, String kind, String by) {}
