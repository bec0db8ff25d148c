package vn.giamngheo.review;

import java.time.LocalDate;

/** A complaint received during the public posting, and the result of its re-check (phúc tra). */
public record Complaint(
        long id,
        long campaignId,
        Long householdId,
        String householdCode,
        LocalDate receivedOn,
        String text,
        String result,
        LocalDate resolvedOn,
        String resolvedBy,
        int version) {

    public boolean resolved() {
        return resolvedOn != null;
    }
}
