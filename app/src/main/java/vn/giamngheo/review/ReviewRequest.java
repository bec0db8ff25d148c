package vn.giamngheo.review;

import java.time.LocalDate;

/**
 * A household's request: {@code M01} to be reviewed (Mẫu 01), {@code M04} to be recognised as having
 * escaped (Mẫu 04), received IN_PERSON, by POST or ONLINE. Status RECEIVED → PASSED (screened, in
 * the survey) or REFUSED (with the written reason) → DECIDED at recognition.
 */
public record ReviewRequest(
        long id,
        long campaignId,
        String form,
        LocalDate receivedOn,
        String channel,
        Long householdId,
        String householdCode,
        String headName,
        String applicant,
        String status,
        LocalDate decisionDue,
        String refusalReason,
        LocalDate answeredOn,
        String resultClass,
        int version) {}
