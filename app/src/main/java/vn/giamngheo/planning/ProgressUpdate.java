package vn.giamngheo.planning;

import java.time.Instant;

/**
 * One progress update of a task for a year, by an assigned agency (as LEAD, COORDINATOR, or one of
 * a COLLECTIVE): status NOT_STARTED / IN_PROGRESS / DONE / BLOCKED, a note, an evidence file.
 * Updates are never changed; the latest one of the lead is the task's status.
 */
public record ProgressUpdate(
        long id,
        long taskId,
        int year,
        Long agencyId,
        String agencyName,
        String role,
        String status,
        String note,
        Long evidenceId,
        String evidenceName,
        Instant createdAt,
        String createdBy) {

    public static final java.util.List<String> STATUSES =
            java.util.List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED");
}
