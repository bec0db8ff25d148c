package vn.giamngheo.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.planning.extraction.AgencyResolver;
import vn.giamngheo.planning.extraction.ExtractedTask;
import vn.giamngheo.planning.extraction.PlanDocuments;
import vn.giamngheo.planning.extraction.PlanExtraction;
import vn.giamngheo.planning.extraction.PlanExtractor;
import vn.giamngheo.planning.extraction.ReportingDuty;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.TimeLimit;

/**
 * Plan documents: saving a reviewed extraction (all of it or nothing), reading a plan with its
 * tasks, duties and chain, correcting its header, voiding it, and its files. Reporting obligations
 * for the plan's years are generated when it is saved.
 */
@Service
public class Plans {
    static final String ENTITY = "Plan";
    private static final int MAX_FILE = 50 * 1024 * 1024;
    /** Reading one plan document (a crafted .docx can keep the parser busy): beyond this it is refused. */
    static final java.time.Duration PARSE_LIMIT = java.time.Duration.ofSeconds(60);

    private final PlanStore store;
    private final PlanChain chain;
    private final FileStore files;
    private final ObligationStore duties;
    private final Obligations obligations;
    private final AdminUnits units;
    private final Agencies agencies;
    private final RegistryAgencyResolver registry;
    private final AuditLog audit;
    private final Clock clock;

    Plans(
            PlanStore store,
            PlanChain chain,
            FileStore files,
            ObligationStore duties,
            Obligations obligations,
            AdminUnits units,
            Agencies agencies,
            RegistryAgencyResolver registry,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.chain = chain;
        this.files = files;
        this.duties = duties;
        this.obligations = obligations;
        this.units = units;
        this.agencies = agencies;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores a reviewed plan with its original file (may be null). Every problem is reported at once
     * and nothing is stored unless all is well.
     */
    @Transactional
    public PlanDetail save(Actor actor, PlanDraft draft, UploadedFile original) {
        actor.require(Permission.PLAN_EDIT);
        List<Problem> problems = new ArrayList<>(PlanValidation.problems(draft));
        if (draft.unitId() == null) {
            throw new InvalidInput(problems);
        }
        AdminUnit unit = units.writableUnit(actor, draft.unitId());
        if (original != null && original.bytes().length > MAX_FILE) {
            problems.add(Problem.of("file", "plan.fileTooLarge", 50));
        }
        PlanDraft d = draft.periodFrom() == null && draft.periodTo() == null
                ? draft.withPeriod(
                        PlanPeriod.guess(draft.title(), draft.date()).from(),
                        PlanPeriod.guess(draft.title(), draft.date()).to())
                : draft;
        AgencyResolver resolver = registry.atUnit(unit.id());
        List<List<TaskAssignments.New>> assignments = new ArrayList<>();
        for (int i = 0; i < d.tasks().size(); i++) {
            ExtractedTask t = d.tasks().get(i);
            assignments.add(
                    t == null ? List.of() : TaskAssignments.of(t, resolver, this::agencyExists, i + 1, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String fingerprint = original == null || original.empty() ? null : FileStore.sha256(original.bytes());
        if (fingerprint != null) {
            // the same document uploaded again (by the commune, by the district) would double its
            // tasks and reports owed: one plan in force per file, whoever uploads it
            store.holderOf(fingerprint).ifPresent(held -> {
                throw InvalidInput.of("file", Message.of("planning.sameFile", held[0], held[1]));
            });
        }
        String key = PlanNumbers.key(d.number());
        long id;
        try {
            id = store.insertPlan(d, key, issuedOn(d.date()), issuedYear(d.date()), clock.instant(), actor.username());
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("number", Message.of("plan.alreadyStored", d.number(), unit.fullName()));
        }
        if (fingerprint != null && !store.claimFingerprint(id, fingerprint)) {
            throw InvalidInput.of("file", Message.of("planning.sameFile", d.number(), unit.fullName()));
        }
        int linked = chain.store(id, unit, d.implemented());
        for (int i = 0; i < d.tasks().size(); i++) {
            long taskId = store.insertTask(id, i + 1, d.tasks().get(i));
            List<TaskAssignments.New> a = assignments.get(i);
            for (int k = 0; k < a.size(); k++) {
                store.insertAssignment(
                        taskId,
                        k + 1,
                        a.get(k).role(),
                        a.get(k).agencyId(),
                        a.get(k).mention(),
                        a.get(k).name());
            }
        }
        for (int i = 0; i < d.reportingDuties().size(); i++) {
            ReportingDuty r = d.reportingDuties().get(i);
            duties.insertDuty(id, i + 1, r, parties(r.reporter(), resolver));
        }
        if (original != null && !original.empty()) {
            files.insert(
                    id,
                    null,
                    FileStore.ATTACHMENT,
                    original.name(),
                    original.contentType(),
                    original.bytes(),
                    clock.instant(),
                    actor.username());
        }
        int backfilled = key == null ? 0 : chain.linkWaiting(actor, id, key, d.date());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("number", d.number());
        summary.put("title", d.title());
        summary.put("tasks", d.tasks().size());
        summary.put("duties", d.reportingDuties().size());
        summary.put("implementsLinked", linked);
        summary.put("implementedByLinked", backfilled);
        summary.put("attachment", original == null || original.empty() ? null : FileStore.sha256(original.bytes()));
        audit.change(actor, "CREATE", ENTITY, id, ref(unit), null, summary);
        Plan plan = store.findAny(id).orElseThrow();
        obligations.generateForPlanYears(actor, plan);
        return detail(actor, id);
    }

    /** A plan document read for a unit (names matched in the registry from that unit up), as a draft to review. */
    public PlanDraft draft(long unitId, UploadedFile document) {
        units.get(unitId);
        return extract(unitId, document);
    }

    /**
     * The draft of a document a user uploads to review and save: only who may write plans of that
     * unit may have the server read a document for it.
     */
    public PlanDraft draft(Actor actor, long unitId, UploadedFile document) {
        actor.require(Permission.PLAN_EDIT);
        units.writableUnit(actor, unitId);
        return extract(unitId, document);
    }

    private PlanDraft extract(long unitId, UploadedFile document) {
        PlanExtraction extraction = new PlanExtractor(registry.atUnit(unitId))
                .extract(TimeLimit.within(
                        PARSE_LIMIT, "file", () -> PlanDocuments.read(document.name(), document.bytes())));
        return PlanDraft.of(extraction, unitId);
    }

    public PlanDetail get(Actor actor, long id) {
        return detail(actor, id);
    }

    public Plan plan(Actor actor, long id) {
        return readable(actor, id);
    }

    /** Plans of the units above that give this unit tasks or reports (read by every official under them). */
    public List<PlanSummary> fromAbove(long unitId) {
        return store.fromAbove(
                unitId,
                units.get(unitId).path(),
                agencies.ofUnit(unitId).stream()
                        .map(vn.giamngheo.agency.Agency::id)
                        .toList());
    }

    public List<PlanSummary> list(Actor actor, long unitId, boolean includeVoided) {
        return store.list(units.get(unitId).path(), actor.jurisdiction(), includeVoided);
    }

    @Transactional
    public Plan updateHeader(Actor actor, long id, PlanHeader header) {
        actor.require(Permission.PLAN_EDIT);
        Plan before = writable(actor, id);
        PlanDraft check = new PlanDraft(
                before.unitId(),
                header.periodFrom(),
                header.periodTo(),
                header.number(),
                null,
                header.date(),
                null,
                header.issuer(),
                header.title(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        List<Problem> problems = PlanValidation.problems(check);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String key = PlanNumbers.key(header.number());
        boolean updated;
        try {
            updated = store.updateHeader(
                    id,
                    header,
                    key,
                    issuedOn(header.date()),
                    issuedYear(header.date()),
                    header.version(),
                    clock.instant(),
                    actor.username());
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("number", Message.of("plan.alreadyStored", header.number(), before.unitName()));
        }
        if (!updated) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        if (key != null) {
            chain.linkWaiting(actor, id, key, header.date());
        }
        Plan after = store.findAny(id).orElseThrow();
        audit.change(actor, "UPDATE", ENTITY, id, ref(after), before, after);
        obligations.generateForPlanYears(actor, after);
        return after;
    }

    @Transactional
    public Plan voidPlan(Actor actor, long id, String reason, int version) {
        actor.require(Permission.PLAN_EDIT);
        Plan before = writable(actor, id);
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Message.of("plan.voidReasonMissing"));
        }
        if (!store.voidPlan(id, reason.strip(), version, clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        Plan after = store.findAny(id).orElseThrow();
        audit.change(actor, "VOID", ENTITY, id, ref(after), before, Map.of("reason", reason.strip()));
        return after;
    }

    @Transactional
    public StoredFile attach(Actor actor, long planId, UploadedFile file) {
        actor.require(Permission.PLAN_EDIT);
        Plan plan = writable(actor, planId);
        checkFile(file, "file");
        long fileId = files.insert(
                planId,
                null,
                FileStore.ATTACHMENT,
                file.name(),
                file.contentType(),
                file.bytes(),
                clock.instant(),
                actor.username());
        StoredFile stored = files.find(fileId).orElseThrow();
        audit.change(actor, "ATTACH", ENTITY, planId, ref(plan), null, stored);
        return stored;
    }

    /** A file of a plan the actor may read (the document, evidence, a submitted report). */
    public FileContent file(Actor actor, long planId, long fileId) {
        Plan plan = readable(actor, planId);
        StoredFile f =
                files.find(fileId).filter(x -> x.planId() == planId).orElseThrow(() -> new NotFound("File", fileId));
        // evidence and reports of other units stored on a plan above them are theirs, not the plan's
        files.findReadable(fileId, actor.jurisdiction()).orElseThrow(() -> new OutsideJurisdiction("File", fileId));
        audit.read(actor, "File", fileId, ref(plan), f.purpose());
        return new FileContent(f, files.content(fileId));
    }

    static void checkFile(UploadedFile file, String field) {
        if (file == null || file.empty()) {
            throw InvalidInput.of(field, Message.of("file.empty"));
        }
        if (file.bytes().length > MAX_FILE) {
            throw InvalidInput.of(field, Message.of("plan.fileTooLarge", 50));
        }
    }

    /** The plan if the actor may read it: 404 when there is none, 403 when it lies outside their scope. */
    Plan readable(Actor actor, long id) {
        return store.find(id, actor.jurisdiction())
                .orElseThrow(() ->
                        store.findAny(id).isPresent() ? new OutsideJurisdiction(ENTITY, id) : new NotFound(ENTITY, id));
    }

    /** The plan if the actor may change it: its unit lies in their jurisdiction and it is not voided. */
    Plan writable(Actor actor, long id) {
        Plan plan = readable(actor, id);
        if (!actor.jurisdiction().covers(plan.unitPath())) {
            throw new OutsideJurisdiction(ENTITY, id);
        }
        if (plan.voidedAt() != null) {
            throw InvalidInput.of("id", Message.of("plan.voidedBecause", String.valueOf(id), plan.voidReason()));
        }
        return plan;
    }

    private PlanDetail detail(Actor actor, long id) {
        Plan plan = readable(actor, id);
        return new PlanDetail(
                plan,
                chain.references(id),
                chain.implementedBy(id, actor.jurisdiction()),
                store.tasks(id),
                duties.duties(id),
                files.ofPlan(id, FileStore.ATTACHMENT));
    }

    private List<Duty.Party> parties(List<String> names, AgencyResolver resolver) {
        List<Duty.Party> out = new ArrayList<>();
        if (names == null) {
            return out;
        }
        for (String n : names) {
            if (n == null || n.isBlank()) {
                continue;
            }
            String name = n.strip();
            out.add(resolver.resolve(name)
                    .filter(r -> r.id() != null)
                    .map(r -> new Duty.Party(name, r.id(), false))
                    .orElseGet(() -> new Duty.Party(name, null, Collectives.isCollective(name))));
        }
        return out;
    }

    private boolean agencyExists(long id) {
        try {
            agencies.get(id);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    static LocalDate issuedOn(String date) {
        return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") && PlanValidation.validDate(date)
                ? LocalDate.parse(date)
                : null;
    }

    static Integer issuedYear(String date) {
        return date != null && date.matches("\\d{4}.*") ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    static AuditLog.UnitRef ref(AdminUnit unit) {
        return new AuditLog.UnitRef(unit.id(), unit.path());
    }

    static AuditLog.UnitRef ref(Plan plan) {
        return new AuditLog.UnitRef(plan.unitId(), plan.unitPath());
    }
}
