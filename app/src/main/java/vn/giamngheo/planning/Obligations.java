package vn.giamngheo.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * Reporting obligations: generated per year from a plan's duties and the units that must report
 * ({@link ObligationReporters}), submitted with a file and/or figures, and counted by status for a
 * unit's subtree. Today is the injected clock's day in Vietnam.
 */
@Service
public class Obligations {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_YEARS = 15;
    private final ObligationStore store;
    private final PlanStore plans;
    private final FileStore files;
    private final ObligationReporters reporters;
    private final AdminUnits units;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Obligations(
            ObligationStore store,
            PlanStore plans,
            FileStore files,
            ObligationReporters reporters,
            AdminUnits units,
            AuditLog audit,
            JsonMapper json,
            Clock clock) {
        this.store = store;
        this.plans = plans;
        this.files = files;
        this.reporters = reporters;
        this.units = units;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Generates a plan's obligations for a year (again: only what is missing). Returns how many were new. */
    @Transactional
    public int generate(Actor actor, long planId, int year) {
        actor.require(Permission.PLAN_EDIT);
        Plan plan = plans.find(planId, actor.jurisdiction()).orElseThrow(() -> new NotFound(Plans.ENTITY, planId));
        if (!actor.jurisdiction().covers(plan.unitPath())) {
            throw new OutsideJurisdiction(Plans.ENTITY, planId);
        }
        if (plan.voidedAt() != null) {
            throw InvalidInput.of("planId", Message.of("plan.voided", String.valueOf(planId)));
        }
        if (year < 1945 || year > 2100) {
            throw InvalidInput.of("year", Message.of("plan.year", String.valueOf(year)));
        }
        return generateYear(actor, plan, year);
    }

    /** Obligations for every year of the plan's period (at most fifteen), when the period is known. */
    int generateForPlanYears(Actor actor, Plan plan) {
        int[] years = plan.period().years();
        if (years == null) {
            return 0;
        }
        int n = 0;
        for (int y = years[0]; y <= years[1] && y < years[0] + MAX_YEARS; y++) {
            n += generateYear(actor, plan, y);
        }
        return n;
    }

    private int generateYear(Actor actor, Plan plan, int year) {
        int created = 0;
        List<String> untracked = new ArrayList<>();
        for (Duty duty : store.duties(plan.id())) {
            for (ReportingCalendar.Due due : ReportingCalendar.of(duty.period(), duty.schedule(), year)) {
                ObligationReporters.Found found = reporters.of(plan, duty, due.due());
                untracked.addAll(found.untracked());
                for (ObligationReporters.Reporter r : found.reporters()) {
                    boolean added = store.insert(
                            new ObligationStore.NewObligation(
                                    duty.id(),
                                    plan.id(),
                                    year,
                                    due.key(),
                                    due.due(),
                                    due.assumed(),
                                    r.unitId(),
                                    r.agencyId(),
                                    r.name()),
                            clock.instant(),
                            actor.username());
                    created += added ? 1 : 0;
                }
            }
        }
        if (created > 0) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("year", year);
            after.put("obligations", created);
            after.put("untracked", untracked.stream().distinct().toList());
            audit.change(actor, "GENERATE_OBLIGATIONS", Plans.ENTITY, plan.id(), Plans.ref(plan), null, after);
        }
        return created;
    }

    public Completeness completeness(Actor actor, long unitId, int year) {
        return completeness(actor, unitId, year, today(clock));
    }

    /** The same on a given day (the status depends on it). */
    public Completeness completeness(Actor actor, long unitId, int year, LocalDate asOf) {
        AdminUnit unit = units.get(unitId);
        List<ObligationView> views = store.inSubtree(unit.path(), year, actor.jurisdiction()).stream()
                .map(r -> view(r, asOf))
                .toList();
        Map<String, List<ObligationView>> byReporter = new LinkedHashMap<>();
        for (ObligationView v : views) {
            byReporter
                    .computeIfAbsent(v.reporterUnitId() + "/" + v.reporterAgencyId(), k -> new ArrayList<>())
                    .add(v);
        }
        List<Completeness.ByUnit> rows = new ArrayList<>();
        for (List<ObligationView> group : byReporter.values()) {
            ObligationView first = group.get(0);
            rows.add(new Completeness.ByUnit(
                    first.reporterUnitId(),
                    first.reporterUnitName(),
                    first.reporterAgencyId(),
                    first.reporterName(),
                    counts(group),
                    group.size()));
        }
        rows.sort(java.util.Comparator.comparing(Completeness.ByUnit::unitName)
                .thenComparing(Completeness.ByUnit::reporterName));
        return new Completeness(unit.id(), unit.fullName(), year, asOf, counts(views), rows, views);
    }

    /** A plan's obligations of a year, with their status today. */
    public List<ObligationView> ofPlan(Actor actor, long planId, int year) {
        plans.find(planId, actor.jurisdiction()).orElseThrow(() -> new NotFound(Plans.ENTITY, planId));
        LocalDate today = today(clock);
        return store.ofPlan(planId, year).stream().map(r -> view(r, today)).toList();
    }

    /**
     * Records a report received: a file and/or figures (a JSON object or array), submitted today.
     * The reporting unit's officials, or those of the plan's unit, may enter it.
     */
    @Transactional
    public ObligationView submit(Actor actor, long obligationId, UploadedFile file, String figures, String note) {
        actor.require(Permission.PLAN_EDIT);
        ObligationStore.ObligationRow row = writable(actor, obligationId);
        boolean hasFile = file != null && !file.empty();
        String figuresJson = figures == null || figures.isBlank() ? null : figures(figures);
        if (!hasFile && figuresJson == null) {
            throw InvalidInput.of("file", Message.of("plan.reportEmpty"));
        }
        Long fileId = null;
        if (hasFile) {
            Plans.checkFile(file, "file");
            fileId = files.insert(
                    row.planId(),
                    row.reporterUnitId(),
                    FileStore.SUBMISSION,
                    file.name(),
                    file.contentType(),
                    file.bytes(),
                    clock.instant(),
                    actor.username());
        }
        LocalDate today = today(clock);
        long id = store.submit(
                obligationId,
                today,
                fileId,
                figuresJson,
                note == null || note.isBlank() ? null : note.strip(),
                clock.instant(),
                actor.username());
        ObligationView after = view(store.find(obligationId).orElseThrow(), today);
        AdminUnit reporter = units.get(row.reporterUnitId());
        audit.change(
                actor,
                "SUBMIT",
                "ReportingObligation",
                obligationId,
                new AuditLog.UnitRef(reporter.id(), reporter.path()),
                null,
                Map.of("submission", id, "status", after.status().name(), "file", String.valueOf(fileId)));
        return after;
    }

    public List<Submission> submissions(Actor actor, long obligationId) {
        readable(actor, obligationId);
        return store.submissions(obligationId);
    }

    public ObligationView get(Actor actor, long obligationId) {
        return view(readable(actor, obligationId), today(clock));
    }

    private ObligationStore.ObligationRow readable(Actor actor, long id) {
        ObligationStore.ObligationRow row = store.find(id).orElseThrow(() -> new NotFound("ReportingObligation", id));
        if (!actor.jurisdiction().covers(row.reporterPath())
                && !actor.jurisdiction().covers(row.planPath())) {
            throw new OutsideJurisdiction("ReportingObligation", id);
        }
        return row;
    }

    private ObligationStore.ObligationRow writable(Actor actor, long id) {
        ObligationStore.ObligationRow row = readable(actor, id);
        Plan plan = plans.findAny(row.planId()).orElseThrow();
        if (plan.voidedAt() != null) {
            throw InvalidInput.of("obligationId", Message.of("plan.planVoided"));
        }
        return row;
    }

    private String figures(String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !(node.isObject() || node.isArray())) {
                throw InvalidInput.of("figures", Message.of("plan.figuresShape"));
            }
            return json.writeValueAsString(node);
        } catch (JacksonException e) {
            throw InvalidInput.of("figures", Message.of("plan.figuresNotJson"));
        }
    }

    /** The obligation as it stood on {@code today}: a submission made after that day does not count yet. */
    static ObligationView view(ObligationStore.ObligationRow r, LocalDate today) {
        LocalDate submitted =
                r.firstSubmitted() != null && !r.firstSubmitted().isAfter(today) ? r.firstSubmitted() : null;
        return new ObligationView(
                r.id(),
                r.planId(),
                r.planNumber(),
                r.planTitle(),
                r.dutyId(),
                r.year(),
                r.periodKey(),
                r.period(),
                r.due(),
                r.dueAssumed(),
                r.reporterUnitId(),
                r.reporterUnitName(),
                r.reporterAgencyId(),
                r.reporterName(),
                r.recipients(),
                r.via(),
                ObligationStatus.of(r.due(), submitted, today),
                submitted,
                r.submissions());
    }

    private static Map<ObligationStatus, Integer> counts(List<ObligationView> views) {
        Map<ObligationStatus, Integer> counts = new EnumMap<>(ObligationStatus.class);
        for (ObligationStatus s : ObligationStatus.values()) {
            counts.put(s, 0);
        }
        views.forEach(v -> counts.merge(v.status(), 1, Integer::sum));
        return counts;
    }

    static LocalDate today(Clock clock) {
        return clock.instant().atZone(VIETNAM).toLocalDate();
    }
}
