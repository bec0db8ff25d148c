package vn.giamngheo.planning;

import java.util.List;
import vn.giamngheo.planning.extraction.Schedule;

/** A stored task: where it sits in the plan, its text, assignments and structured schedule. */
public record PlanTask(
        long id,
        long planId,
        int position,
        String section,
        String number,
        String group,
        String text,
        String assignment,
        Schedule schedule,
        List<TaskAssignment> assignments,
        List<String> unmatched,
        List<String> warnings) {

    public List<TaskAssignment> withRole(String role) {
        return assignments.stream().filter(a -> a.role().equals(role)).toList();
    }
}
