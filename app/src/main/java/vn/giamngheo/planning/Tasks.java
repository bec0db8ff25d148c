package vn.giamngheo.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.agency.Agency;
import vn.giamngheo.agency.AgencyKind;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * Tasks at work: their dated occurrences per year ({@link Occurrences}), an agency's tasks ("our
 * tasks", including those given to a collective it belongs to), what is overdue in a unit's
 * subtree, and progress updates by the assigned agencies, kept as an append-only history.
 */
@Service
public class Tasks {
    private static final int DUE_SOON_DAYS = 14;
    private static final int MAX_YEARS_BACK = 10;
    private final TaskStore store;
    private final PlanStore plans;
    private final Plans planService;
    private final FileStore files;
    private final AdminUnits units;
    private final Agencies agencies;
    private final AuditLog audit;
    private final Clock clock;

    Tasks(
            TaskStore store,
            PlanStore plans,
            Plans planService,
            FileStore files,
            AdminUnits units,
            Agencies agencies,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.plans = plans;
        this.planService = planService;
        this.files = files;
        this.units = units;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return Obligations.today(clock);
    }

    /** Every occurrence in a year of the tasks of one plan. */
    public List<TaskOccurrence> ofPlan(Actor actor, long planId, int year) {
        Plan plan = planService.readable(actor, planId);
        List<PlanTask> tasks = plans.tasks(planId);
        return occurrences(plan, tasks, year, Map.of(), progressByTask(tasks), today());
    }

    /** "Our tasks": what an agency leads, coordinates or shares as one of a collective, in a year. */
    public List<TaskOccurrence> ofAgency(Actor actor, long agencyId, int year) {
        Agency agency = agencies.get(agencyId);
        AdminUnit unit = units.get(agency.unitId());
        Map<Long, String> roles = new LinkedHashMap<>();
        for (TaskStore.Assigned a : store.assignedTo(agencyId, actor.jurisdiction())) {
            roles.merge(a.taskId(), a.role(), Tasks::stronger);
        }
        Map<Long, AdminUnit> planUnits = new HashMap<>();
        for (TaskStore.Assigned a : store.collectiveAbove(unit.path(), actor.jurisdiction())) {
            AdminUnit planUnit = planUnits.computeIfAbsent(
                    a.planId(), id -> units.get(plans.findAny(id).orElseThrow().unitId()));
            if (covers(a.mention(), agency, unit, planUnit)) {
                roles.merge(a.taskId(), TaskAssignment.COLLECTIVE, Tasks::stronger);
            }
        }
        List<PlanTask> tasks = plans.tasksByIds(List.copyOf(roles.keySet()));
        Map<Long, List<ProgressUpdate>> progress = progressByTask(tasks);
        Map<Long, List<PlanTask>> byPlan = new LinkedHashMap<>();
        tasks.forEach(
                t -> byPlan.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t));
        List<TaskOccurrence> out = new ArrayList<>();
        LocalDate today = today();
        for (var e : byPlan.entrySet()) {
            Plan plan = plans.findAny(e.getKey()).orElseThrow();
            out.addAll(occurrences(plan, e.getValue(), year, roles, progress, today));
        }
        out.sort(byDue());
        return out;
    }

    /** Occurrences overdue today of tasks of the plans of a unit's subtree, oldest first. */
    public List<TaskOccurrence> overdue(Actor actor, long unitId) {
        AdminUnit unit = units.get(unitId);
        LocalDate today = today();
        List<TaskOccurrence> out = new ArrayList<>();
        for (long planId : store.plansInSubtree(unit.path(), actor.jurisdiction())) {
            Plan plan = plans.findAny(planId).orElseThrow();
            List<PlanTask> tasks = plans.tasks(planId);
            Map<Long, List<ProgressUpdate>> progress = progressByTask(tasks);
            int[] years = plan.period().years();
            int last = years == null ? today.getYear() : Math.min(years[1], today.getYear());
            int first = years == null ? today.getYear() : Math.max(years[0], today.getYear() - MAX_YEARS_BACK);
            for (int y = first; y <= last; y++) {
                occurrences(plan, tasks, y, Map.of(), progress, today).stream()
                        .filter(TaskOccurrence::overdue)
                        .forEach(out::add);
            }
        }
        out.sort(byDue());
        return out;
    }

    public TaskDetail detail(Actor actor, long taskId, int year) {
        PlanTask task = plans.task(taskId).orElseThrow(() -> new vn.giamngheo.shared.NotFound("PlanTask", taskId));
        Plan plan = planService.readable(actor, task.planId());
        List<ProgressUpdate> all = store.progress(List.of(taskId)).stream()
                .filter(p -> p.year() == year)
                .sorted(Comparator.comparingLong(ProgressUpdate::id).reversed())
                .toList();
        Optional<ProgressUpdate> latest = latest(task, all);
        String status = latest.map(ProgressUpdate::status).orElse(null);
        List<Occurrence> occ = plan.period().covers(year) ? Occurrences.of(task.schedule(), year) : List.of();
        boolean overdue = occ.stream().anyMatch(o -> o.overdueOn(today(), "DONE".equals(status)));
        List<ProgressUpdate> contributions =
                all.stream().filter(p -> !TaskAssignment.LEAD.equals(p.role())).toList();
        return new TaskDetail(task, plan, year, occ, status, overdue, all, contributions);
    }

    /** A progress update by an agency assigned to the task; the actor must hold that agency's unit. */
    @Transactional
    public ProgressUpdate report(
            Actor actor, long taskId, long agencyId, int year, String status, String note, UploadedFile evidence) {
        actor.require(Permission.PLAN_EDIT);
        PlanTask task = plans.task(taskId).orElseThrow(() -> new vn.giamngheo.shared.NotFound("PlanTask", taskId));
        Plan plan = planService.readable(actor, task.planId());
        Agency agency = agencies.get(agencyId);
        AdminUnit agencyUnit = units.get(agency.unitId());
        if (!actor.jurisdiction().covers(agencyUnit.path())) {
            throw new OutsideJurisdiction("Agency", agencyId);
        }
        List<InvalidInput.Problem> problems = new ArrayList<>();
        String role = roleOf(task, agency, agencyUnit, units.get(plan.unitId()));
        if (plan.voidedAt() != null) {
            problems.add(InvalidInput.Problem.of("taskId", "plan.planVoided"));
        }
        if (role == null) {
            problems.add(InvalidInput.Problem.of("agencyId", "plan.notAssigned", agency.name(), task.number()));
        }
        if (status == null || !ProgressUpdate.STATUSES.contains(status)) {
            problems.add(InvalidInput.Problem.of("status", "plan.statusUnknown"));
        }
        if (!plan.period().covers(year)) {
            problems.add(InvalidInput.Problem.of("year", "plan.yearOutside", String.valueOf(year)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Long evidenceId = null;
        if (evidence != null && !evidence.empty()) {
            Plans.checkFile(evidence, "evidence");
            evidenceId = files.insert(
                    plan.id(),
                    agencyUnit.id(),
                    FileStore.EVIDENCE,
                    evidence.name(),
                    evidence.contentType(),
                    evidence.bytes(),
                    clock.instant(),
                    actor.username());
        }
        long id = store.insertProgress(
                taskId,
                year,
                agencyId,
                agency.name(),
                role,
                status,
                note == null || note.isBlank() ? null : note.strip(),
                evidenceId,
                clock.instant(),
                actor.username());
        ProgressUpdate saved = store.progress(List.of(taskId)).stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow();
        audit.change(
                actor,
                "PROGRESS",
                "PlanTask",
                taskId,
                new AuditLog.UnitRef(agencyUnit.id(), agencyUnit.path()),
                null,
                saved);
        return saved;
    }

    /**
     * The agencies the actor may report progress for: those named for the task whose unit is in the
     * actor's jurisdiction, and those of the actor's own units a collective assignment includes.
     */
    public List<Agency> mayReport(Actor actor, long taskId) {
        PlanTask task = plans.task(taskId).orElseThrow(() -> new vn.giamngheo.shared.NotFound("PlanTask", taskId));
        Plan plan = planService.readable(actor, task.planId());
        AdminUnit planUnit = units.get(plan.unitId());
        Map<Long, Agency> out = new LinkedHashMap<>();
        for (TaskAssignment a : task.assignments()) {
            if (a.agencyId() != null) {
                Agency agency = agencies.get(a.agencyId());
                if (actor.jurisdiction().covers(units.get(agency.unitId()).path())) {
                    out.putIfAbsent(agency.id(), agency);
                }
            }
        }
        for (String path : actor.jurisdiction().paths()) {
            String[] ids = path.split("/");
            AdminUnit own = units.find(Long.parseLong(ids[ids.length - 1])).orElse(null);
            if (own == null || !own.path().startsWith(planUnit.path())) {
                continue;
            }
            for (Agency agency : agencies.ofUnit(own.id())) {
                if (agency.retiredAt() == null && roleOf(task, agency, own, planUnit) != null) {
                    out.putIfAbsent(agency.id(), agency);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** The agency's role in the task: named (lead before coordinator), or one of a collective, or none. */
    String roleOf(PlanTask task, Agency agency, AdminUnit agencyUnit, AdminUnit planUnit) {
        String role = null;
        for (TaskAssignment a : task.assignments()) {
            if (a.agencyId() != null && a.agencyId() == agency.id()) {
                role = stronger(role, a.role());
            } else if (a.role().equals(TaskAssignment.COLLECTIVE)
                    && covers(a.mention(), agency, agencyUnit, planUnit)) {
                role = stronger(role, a.role());
            }
        }
        return role;
    }

    /** Whether a collective mention of a plan of {@code planUnit} includes the agency (see {@link Collectives}). */
    static boolean covers(String mention, Agency agency, AdminUnit agencyUnit, AdminUnit planUnit) {
        if (!agencyUnit.path().startsWith(planUnit.path())) {
            return false;
        }
        return switch (Collectives.of(mention)) {
            case COMMUNES ->
                agency.kind().equals(AgencyKind.PEOPLES_COMMITTEE.name())
                        && agencyUnit.level().equals("COMMUNE");
            case VILLAGES -> agencyUnit.level().equals("VILLAGE");
            case OFFICES -> agency.unitId() == planUnit.id() && agency.kind().equals(AgencyKind.OFFICE.name());
            case AGENCIES ->
                agency.unitId() == planUnit.id() && ObligationReporters.AGENCY_KINDS.contains(agency.kind());
            case UNSPECIFIED -> false;
        };
    }

    private List<TaskOccurrence> occurrences(
            Plan plan,
            List<PlanTask> tasks,
            int year,
            Map<Long, String> roles,
            Map<Long, List<ProgressUpdate>> progress,
            LocalDate today) {
        if (!plan.period().covers(year)) {
            return List.of();
        }
        List<TaskOccurrence> out = new ArrayList<>();
        for (PlanTask t : tasks) {
            List<ProgressUpdate> ofYear = progress.getOrDefault(t.id(), List.of()).stream()
                    .filter(p -> p.year() == year)
                    .toList();
            Optional<ProgressUpdate> latest = latest(t, ofYear);
            boolean done = latest.map(p -> "DONE".equals(p.status())).orElse(false);
            List<String> leads = t.withRole(TaskAssignment.LEAD).stream()
                    .map(TaskAssignment::name)
                    .toList();
            for (Occurrence o : Occurrences.of(t.schedule(), year)) {
                out.add(new TaskOccurrence(
                        t.id(),
                        plan.id(),
                        plan.label(),
                        plan.title(),
                        plan.unitId(),
                        plan.unitName(),
                        t.number(),
                        t.text(),
                        roles.get(t.id()),
                        leads,
                        o,
                        latest.map(ProgressUpdate::status).orElse(null),
                        latest.map(ProgressUpdate::createdAt).orElse(null),
                        o.overdueOn(today, done),
                        !done && o.dueWithin(today, DUE_SOON_DAYS)));
            }
        }
        return out;
    }

    /** The task's status: the lead's latest update when a lead agency is known, else anyone's. */
    static Optional<ProgressUpdate> latest(PlanTask task, List<ProgressUpdate> updates) {
        boolean hasLead =
                task.assignments().stream().anyMatch(a -> a.role().equals(TaskAssignment.LEAD) && a.agencyId() != null);
        return updates.stream()
                .filter(p -> !hasLead || TaskAssignment.LEAD.equals(p.role()))
                .max(Comparator.comparingLong(ProgressUpdate::id));
    }

    private Map<Long, List<ProgressUpdate>> progressByTask(List<PlanTask> tasks) {
        Map<Long, List<ProgressUpdate>> by = new HashMap<>();
        store.progress(tasks.stream().map(PlanTask::id).toList())
                .forEach(p ->
                        by.computeIfAbsent(p.taskId(), k -> new ArrayList<>()).add(p));
        return by;
    }

    private static Comparator<TaskOccurrence> byDue() {
        return Comparator.comparing(
                        (TaskOccurrence o) -> o.occurrence().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TaskOccurrence::planId)
                .thenComparing(TaskOccurrence::taskId);
    }

    private static String stronger(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return rank(a) <= rank(b) ? a : b;
    }

    private static int rank(String role) {
        return switch (role) {
            case TaskAssignment.LEAD -> 0;
            case TaskAssignment.COORDINATOR -> 1;
            default -> 2;
        };
    }
}
