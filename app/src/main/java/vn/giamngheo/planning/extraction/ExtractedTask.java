package vn.giamngheo.planning.extraction;

import java.util.List;

/**
 * A task as read from the plan: the part it is in, its number as printed ("1.3", "2.12", "2.a"),
 * the heading it is grouped under, its text, the assignment line it came with, its lead units,
 * coordinating units and collective assignees (names as matched, else as written), every unit in
 * detail, its schedule ({@code null} when the plan gives none), and what could not be placed.
 */
public record ExtractedTask(
        String section,
        String number,
        String group,
        String text,
        String assignment,
        List<String> lead,
        List<String> coordinators,
        List<String> collective,
        List<AssignedUnit> units,
        Schedule schedule,
        List<String> unmatched,
        List<String> warnings) {}
