package vn.giamngheo.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A survey sent from a reviewer's phone: the id the phone gave it, the row and the version it was
 * started from, the answers (exchange-format JSON) and what became of it — STORED, CONFLICT (the row
 * changed on the server meanwhile: nothing overwritten), KEPT_THEIRS or SENT_AGAIN (a conflict
 * closed by the reviewer or the commune official).
 */
public record FieldSubmission(
        long id,
        UUID clientId,
        long campaignId,
        long rowId,
        String householdCode,
        int baseVersion,
        String input,
        String outcome,
        Integer storedVersion,
        String householdClass,
        Instant savedOnPhoneAt,
        Instant createdAt,
        String createdBy) {}
