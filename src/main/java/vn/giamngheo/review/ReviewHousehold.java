package vn.giamngheo.review;

import java.time.Instant;
import java.util.List;

/**
 * One household of a campaign: the exchange-format input as given ({@code input}, JSON; null until
 * surveyed), its classification under the campaign's standard, persons, and its class on the
 * previous recognised list with the transition since (provisional until recognition).
 */
public record ReviewHousehold(
        long id,
        long campaignId,
        long householdId,
        String householdCode,
        String headName,
        Long villageId,
        String villageName,
        String source,
        String input,
        String householdClass,
        List<String> deprivations,
        List<String> reasons,
        List<String> warnings,
        String standardId,
        Integer standardVersion,
        int persons,
        String previousClass,
        String transition,
        Integer certificateNo,
        int version,
        Instant changedAt,
        String changedBy) {}
