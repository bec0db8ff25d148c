package vn.giamngheo.review;

import java.time.Instant;
import java.util.List;
import vn.giamngheo.standard.Explanation;

/**
 * One household of a campaign: the exchange-format input as given ({@code input}, JSON; null until
 * surveyed), its classification under the campaign's standard, persons, and its class on the
 * previous recognised list with the transition since (provisional until recognition). {@code
 * reasons} and {@code warnings} are the exchange format's English texts; {@code explanation} holds
 * the same as structured values for wording them in the reader's language — null for a row
 * classified before it was stored (decision 0102) or not yet classified.
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
        Explanation explanation,
        String standardId,
        Integer standardVersion,
        int persons,
        String previousClass,
        String transition,
        Integer certificateNo,
        int version,
        Instant changedAt,
        String changedBy) {}
