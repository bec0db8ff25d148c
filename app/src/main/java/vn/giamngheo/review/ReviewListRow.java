package vn.giamngheo.review;

import java.util.List;

/**
 * One household of a {@link ReviewListDocument}; {@code citizenId} is already masked on a public
 * list; {@code rowId} is its row in the campaign (for its certificate), null when not reviewed.
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
        List<String> deprivations,
        Long rowId) {

    public ReviewListRow(
            int stt,
            String householdCode,
            String headName,
            String villageName,
            String citizenId,
            int members,
            String householdClass,
            String transition,
            List<String> deprivations) {
        this(
                stt,
                householdCode,
                headName,
                villageName,
                citizenId,
                members,
                householdClass,
                transition,
                deprivations,
                null);
    }
}
