package vn.giamngheo.review;

import java.util.List;

/** One household of a {@link ReviewListDocument}; {@code citizenId} is already masked on a public list. */
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
