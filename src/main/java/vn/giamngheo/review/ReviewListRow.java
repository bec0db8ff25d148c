package vn.giamngheo.review;

import java.util.List;

/**
 * One household on a review list. {@code citizenId} is already masked when the list is for public
 * posting; {@code householdClass}, {@code transition} and {@code deprivations} hold codes (POOR,
 * ESCAPED_POVERTY, HEALTH_INSURANCE…) that printed documents translate.
 */
public record ReviewListRow(
        int stt,
        String householdCode,
        String headName,
        String villageName,
        String citizenId,
        int members,
        String householdClass,
        String transition,
        List<String> deprivations) {}
