package vn.giamngheo.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.planning.extraction.AssignedUnit;
import vn.giamngheo.planning.extraction.DocumentReference;
import vn.giamngheo.planning.extraction.ExtractedTask;
import vn.giamngheo.planning.extraction.ReportPeriod;
import vn.giamngheo.planning.extraction.ReportingDuty;
import vn.giamngheo.planning.extraction.Schedule;
import vn.giamngheo.planning.extraction.ScheduleKind;
import vn.giamngheo.shared.Message;

/**
 * The review form of an extracted plan (bound by field): the header, the lists one item a line,
 * every task with its units one a line and its schedule field by field, every reporting duty.
 * {@code extraction} carries the extraction as read (hidden), so what the form does not show
 * (organisation, appendix rows, warnings) is saved as read; {@code unitsJson} keeps the agency ids
 * the import found for a task's units.
 */
public class PlanForm {
    private static final TypeReference<List<AssignedUnit>> UNITS = new TypeReference<>() {};
    public Long unitId;
    public String upload;
    public String extraction;
    public String number;
    public String symbol;
    public String date;
    public String place;
    public String issuer;
    public String title;
    public Integer periodFrom;
    public Integer periodTo;
    public String purposes;
    public String targets;
    public String funding;
    public String distribution;
    public List<Reference> references = new ArrayList<>();
    public List<Task> tasks = new ArrayList<>();
    public List<Duty> duties = new ArrayList<>();

    public static class Reference {
        public String kind;
        public String number;
        public String date;
        public String issuer;
        public String source;
        public boolean remove;
    }

    public static class Task {
        public String section;
        public String number;
        public String group;
        public String text;
        public String assignment;
        public String lead;
        public String coordinators;
        public String collective;
        public String unitsJson;
        public String unmatched;
        public String warnings;
        public String scheduleKind;
        public Integer scheduleYear;
        public Integer scheduleMonth;
        public Integer scheduleDay;
        public String scheduleEvent;
        public String scheduleSource;
        public boolean remove;

        public List<String> unmatchedList() {
            return lines(unmatched);
        }

        public List<String> warningList() {
            return lines(warnings);
        }
    }

    public static class Duty {
        public String section;
        public String item;
        public String reporter;
        public String recipient;
        public String via;
        public String period;
        public String scheduleKind;
        public Integer scheduleYear;
        public Integer scheduleMonth;
        public Integer scheduleDay;
        public String scheduleEvent;
        public String scheduleSource;
        public String source;
        public boolean remove;
    }

    static PlanForm of(PlanDraft d, String upload, JsonMapper json) {
        PlanForm f = new PlanForm();
        f.unitId = d.unitId();
        f.upload = upload;
        f.extraction = json.writeValueAsString(d);
        f.number = d.number();
        f.symbol = d.symbol();
        f.date = d.date();
        f.place = d.place();
        f.issuer = d.issuer();
        f.title = d.title();
        f.periodFrom = d.periodFrom();
        f.periodTo = d.periodTo();
        f.purposes = join(d.purposes());
        f.targets = join(d.targets());
        f.funding = join(d.funding());
        f.distribution = join(d.distribution());
        for (DocumentReference r : d.implemented()) {
            Reference x = new Reference();
            x.kind = r.kind();
            x.number = r.number();
            x.date = r.date();
            x.issuer = r.issuer();
            x.source = r.source();
            f.references.add(x);
        }
        for (ExtractedTask t : d.tasks()) {
            Task x = new Task();
            x.section = t.section();
            x.number = t.number();
            x.group = t.group();
            x.text = t.text();
            x.assignment = t.assignment();
            x.lead = join(t.lead());
            x.coordinators = join(t.coordinators());
            x.collective = join(t.collective());
            x.unitsJson = json.writeValueAsString(t.units() == null ? List.of() : t.units());
            x.unmatched = join(t.unmatched());
            x.warnings = join(t.warnings());
            Schedule s = t.schedule();
            if (s != null) {
                x.scheduleKind = s.kind().name();
                x.scheduleYear = s.year();
                x.scheduleMonth = s.month();
                x.scheduleDay = s.day();
                x.scheduleEvent = s.event();
                x.scheduleSource = s.source();
            }
            f.tasks.add(x);
        }
        for (ReportingDuty r : d.reportingDuties()) {
            Duty x = new Duty();
            x.section = r.section();
            x.item = r.item();
            x.reporter = join(r.reporter());
            x.recipient = join(r.recipient());
            x.via = r.via();
            x.period = r.period() == null ? null : r.period().name();
            Schedule s = r.schedule();
            if (s != null) {
                x.scheduleKind = s.kind().name();
                x.scheduleYear = s.year();
                x.scheduleMonth = s.month();
                x.scheduleDay = s.day();
                x.scheduleEvent = s.event();
                x.scheduleSource = s.source();
            }
            x.source = r.source();
            f.duties.add(x);
        }
        return f;
    }

    /** The reviewed plan: the extraction as read, with every field the form shows as the official left it. */
    PlanDraft toDraft(JsonMapper json) {
        PlanDraft read = extraction == null || extraction.isBlank()
                ? new PlanDraft(
                        unitId, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null)
                : json.readValue(extraction, PlanDraft.class);
        List<DocumentReference> refs = new ArrayList<>();
        for (Reference r : references) {
            if (!r.remove) {
                refs.add(new DocumentReference(
                        blank(r.kind), blank(r.number), blank(r.date), blank(r.issuer), blank(r.source)));
            }
        }
        List<ExtractedTask> ts = new ArrayList<>();
        for (Task t : tasks) {
            if (t.remove) {
                continue;
            }
            List<AssignedUnit> units =
                    t.unitsJson == null || t.unitsJson.isBlank() ? List.of() : json.readValue(t.unitsJson, UNITS);
            ts.add(new ExtractedTask(
                    blank(t.section),
                    t.number == null ? null : t.number.strip(),
                    blank(t.group),
                    t.text,
                    blank(t.assignment),
                    lines(t.lead),
                    lines(t.coordinators),
                    lines(t.collective),
                    units,
                    schedule(
                            t.scheduleKind,
                            t.scheduleYear,
                            t.scheduleMonth,
                            t.scheduleDay,
                            t.scheduleEvent,
                            t.scheduleSource),
                    lines(t.unmatched),
                    lines(t.warnings)));
        }
        List<ReportingDuty> ds = new ArrayList<>();
        for (Duty d : duties) {
            if (!d.remove) {
                ds.add(new ReportingDuty(
                        blank(d.section),
                        blank(d.item),
                        lines(d.reporter),
                        lines(d.recipient),
                        blank(d.via),
                        d.period == null || d.period.isBlank()
                                ? null
                                : constant(ReportPeriod.class, d.period, "period"),
                        schedule(
                                d.scheduleKind,
                                d.scheduleYear,
                                d.scheduleMonth,
                                d.scheduleDay,
                                d.scheduleEvent,
                                d.scheduleSource),
                        blank(d.source)));
            }
        }
        return new PlanDraft(
                unitId,
                periodFrom,
                periodTo,
                blank(number),
                blank(symbol),
                blank(date),
                blank(place),
                blank(issuer),
                title,
                refs,
                lines(purposes),
                lines(targets),
                lines(funding),
                ts,
                read.organisation(),
                ds,
                read.targetRows(),
                read.helperRows(),
                lines(distribution),
                read.unmatched(),
                read.warnings());
    }

    private static Schedule schedule(
            String kind, Integer year, Integer month, Integer day, String event, String source) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return new Schedule(
                constant(ScheduleKind.class, kind, "schedule.kind"), year, month, day, blank(event), blank(source));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw vn.giamngheo.shared.InvalidInput.of(field, Message.of("plan.unknownValue", value));
        }
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String join(List<String> list) {
        return list == null ? "" : String.join("\n", list);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
