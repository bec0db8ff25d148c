package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One numbered item into a task. Where the item carries an assignment line ("* Phân công thực
 * hiện: …", "c) Phân công thực hiện: …") the units and the schedule come from that line alone;
 * otherwise from the item's own text, read strictly (see {@link ScheduleParser}). A heading that
 * is nothing but units names the lead, for the item and for the items under it. Clauses about
 * reports are left to {@link ReportingDuties}: their dates are reporting deadlines, not the task's.
 */
final class TaskReader {
    private static final Pattern ASSIGNMENT_LINE =
            Pattern.compile("^[-*+•\\s]*(?:phan cong|thoi gian|(?:co quan|don vi) (?:chu tri|phoi hop))[^:]{0,30}:");
    private static final Pattern LEADS = Pattern.compile("chu tri|lam dau moi");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[;.])\\s+|\n");

    private final AgencyResolver resolver;

    TaskReader(AgencyResolver resolver) {
        this.resolver = resolver;
    }

    /** A task and whether its plan assigned it explicitly (assignment line, heading or "chủ trì"). */
    record Read(ExtractedTask task, boolean explicit) {}

    Read read(Outline.Section section, Outline.Item item) {
        List<Paragraph> assignmentLines = new ArrayList<>();
        List<Paragraph> textLines = new ArrayList<>();
        for (Paragraph p : item.paragraphs()) {
            (p != item.title && isAssignmentLine(p.text()) ? assignmentLines : textLines).add(p);
        }
        List<AssignmentParser.Unit> units = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        AssignmentParser.Heading heading = AssignmentParser.heading(item.title.text());
        if (heading != null) {
            units.addAll(heading.leads());
            if (!heading.rest().isEmpty()) {
                collect(AssignmentParser.parse(heading.rest()), units, unplaced);
            }
        }
        String scheduleText;
        boolean strict;
        if (!assignmentLines.isEmpty()) {
            assignmentLines.forEach(p -> collect(AssignmentParser.parse(p.text()), units, unplaced));
            scheduleText = join(assignmentLines);
            strict = false;
        } else {
            textLines.stream()
                    .filter(p -> heading == null || p != item.title)
                    .forEach(p -> collect(AssignmentParser.parse(p.text()), units, unplaced));
            scheduleText = join(textLines);
            strict = true;
        }
        List<AssignmentParser.Unit> deduped = AssignmentParser.dedupe(units);
        boolean ownLead = deduped.stream().anyMatch(u -> u.role() == UnitRole.LEAD);
        List<String> warnings = new ArrayList<>();
        if (!ownLead) {
            List<AssignmentParser.Unit> inherited = inheritedLeads(item);
            if (!inherited.isEmpty()) {
                deduped.addAll(0, inherited);
                deduped = AssignmentParser.dedupe(deduped);
            }
        }
        List<AssignedUnit> assigned = deduped.stream().map(this::resolve).toList();
        boolean hasLead = assigned.stream().anyMatch(u -> u.role() == UnitRole.LEAD);
        if (!hasLead) {
            warnings.add(
                    PlanWarning.of(assigned.isEmpty() ? PlanWarning.Kind.NO_LEAD_OR_ASSIGNEE : PlanWarning.Kind.NO_LEAD)
                            .text());
        }
        List<ScheduleParser.Mention> mentions = ScheduleParser.mentions(withoutReportClauses(scheduleText), strict);
        Schedule schedule = ScheduleParser.choose(mentions).orElse(null);
        if (schedule == null) {
            warnings.add(PlanWarning.of(PlanWarning.Kind.NO_SCHEDULE).text());
        } else {
            List<Schedule> others = mentions.stream()
                    .map(ScheduleParser.Mention::schedule)
                    .filter(s -> s.kind() != ScheduleKind.ONGOING && !s.sameAs(schedule))
                    .toList();
            if (!others.isEmpty() && schedule.kind() != ScheduleKind.ONGOING) {
                warnings.add(PlanWarning.of(
                                PlanWarning.Kind.SEVERAL_SCHEDULES,
                                schedule.source(),
                                others.stream()
                                        .map(s -> "\"" + s.source() + "\"")
                                        .collect(Collectors.joining(", ")))
                        .text());
            }
        }
        List<String> unmatched = new ArrayList<>(unplaced);
        assigned.stream().filter(u -> !u.collective() && u.name() == null).forEach(u -> unmatched.add(u.mention()));
        ExtractedTask task = new ExtractedTask(
                section.label(),
                item.number,
                item.parent == null ? null : item.parent.title.text(),
                join(textLines),
                assignmentLines.isEmpty() ? null : join(assignmentLines).replaceAll("(?m)^[-*+•\\s]+", ""),
                names(assigned, UnitRole.LEAD),
                names(assigned, UnitRole.COORDINATOR),
                assigned.stream()
                        .filter(AssignedUnit::collective)
                        .map(AssignedUnit::mention)
                        .toList(),
                assigned,
                schedule,
                unmatched,
                warnings);
        boolean explicit = !assignmentLines.isEmpty()
                || heading != null
                || (ownLead && LEADS.matcher(FoldedText.fold(task.text())).find());
        return new Read(task, explicit);
    }

    /** The lead a heading above names, for a group item such as seed 001's "1.1. Công chức …" with a), b). */
    static List<AssignmentParser.Unit> inheritedLeads(Outline.Item item) {
        for (Outline.Item up = item.parent; up != null; up = up.parent) {
            AssignmentParser.Heading heading = AssignmentParser.heading(up.title.text());
            if (heading != null) {
                return new ArrayList<>(heading.leads());
            }
        }
        return new ArrayList<>();
    }

    /** The leads a group item's own heading names, else those of a heading above it. */
    static List<AssignmentParser.Unit> inheritedLeadsOf(Outline.Item item) {
        AssignmentParser.Heading heading = AssignmentParser.heading(item.title.text());
        return heading != null ? heading.leads() : inheritedLeads(item);
    }

    AssignedUnit resolve(AssignmentParser.Unit unit) {
        if (unit.collective()) {
            return new AssignedUnit(unit.role(), unit.text(), null, null, true);
        }
        return resolver.resolve(unit.text())
                .map(a -> new AssignedUnit(unit.role(), unit.text(), a.id(), a.name(), false))
                .orElseGet(() -> new AssignedUnit(unit.role(), unit.text(), null, null, false));
    }

    static boolean isAssignmentLine(String text) {
        return ASSIGNMENT_LINE.matcher(FoldedText.fold(text)).find();
    }

    /** Drops the clauses about reports; their dates belong to the reporting duties. */
    static String withoutReportClauses(String text) {
        StringBuilder kept = new StringBuilder();
        for (String clause : CLAUSE_END.split(text)) {
            if (!FoldedText.fold(clause).contains("bao cao")) {
                kept.append(kept.isEmpty() ? "" : "\n").append(clause);
            }
        }
        return kept.toString();
    }

    private static void collect(
            AssignmentParser.Assignment a, List<AssignmentParser.Unit> units, List<String> unplaced) {
        units.addAll(a.units());
        unplaced.addAll(a.unplaced());
    }

    private static List<String> names(List<AssignedUnit> units, UnitRole role) {
        return units.stream()
                .filter(u -> u.role() == role && !u.collective())
                .map(AssignedUnit::display)
                .toList();
    }

    private static String join(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }
}
