package vn.giamngheo.planning;

import java.util.List;

/**
 * A task's page for a year: the task and its plan, its occurrences, the lead's status, every update
 * of the year (newest first) and, apart, the contributions of coordinators and collective assignees
 * that the lead consolidates.
 */
public record TaskDetail(
        PlanTask task,
        Plan plan,
        int year,
        List<Occurrence> occurrences,
        String status,
        boolean overdue,
        List<ProgressUpdate> history,
        List<ProgressUpdate> contributions) {}
