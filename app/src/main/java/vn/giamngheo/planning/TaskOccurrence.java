package vn.giamngheo.planning;

import java.time.Instant;
import java.util.List;

/**
 * A task's occurrence in a year as a list shows it: the plan it belongs to, the task, the role of
 * the agency asking ("our tasks"), the leads, when it is due, the lead's latest status, and whether
 * it is overdue or due within two weeks on the day asked.
 */
public record TaskOccurrence(
        long taskId,
        long planId,
        String planLabel,
        String planTitle,
        long planUnitId,
        String planUnitName,
        String taskNumber,
        String taskText,
        String role,
        List<String> leads,
        Occurrence occurrence,
        String status,
        Instant statusAt,
        boolean overdue,
        boolean dueSoon) {}
