package vn.giamngheo.jobs;

import java.time.Instant;

/**
 * A worker's profile as kept: what was recorded, the household's standing when it was
 * (poor, near-poor, escaped), where the household lives, and the version an edit must name.
 */
public record Worker(
        long id,
        long unitId,
        String householdCode,
        HouseholdStanding standing,
        WorkerData data,
        int version,
        Instant changedAt,
        String changedBy) {

    /** The household lists a worker's household is on, which makes its members eligible. */
    public enum HouseholdStanding {
        POOR,
        NEAR_POOR,
        ESCAPED
    }
}
