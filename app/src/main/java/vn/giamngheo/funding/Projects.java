package vn.giamngheo.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * Production projects: approval commits their budget in the ledger (one commitment per source, so an
 * approval beyond the money held is refused), acceptance starts the recovery clock, and the recovery
 * and rotation sub-ledger keeps the rotating fund (decision 1304). Participating households come
 * with the support module.
 */
@Service
public class Projects {
    static final String ENTITY = "Project";
    private final ProjectStore store;
    private final Ledger ledger;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    Projects(ProjectStore store, Ledger ledger, AdminUnits units, AuditLog audit, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewProject(
            long unitId,
            long componentId,
            String kind,
            String name,
            String decision,
            LocalDate approvedOn,
            Long leadAgencyId,
            String leadOfficial,
            Long rotationRuleId,
            BigDecimal recoveryPercent,
            Map<FundingSource, Long> budget,
            List<Project.Milestone> milestones,
            String confidence) {}

    @Transactional
    public Project create(Actor actor, NewProject p) {
        actor.require(Permission.FUNDING_EDIT);
        AdminUnit unit = units.writableUnit(actor, p.unitId());
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (p.name() == null || p.name().isBlank()) {
            problems.add(InvalidInput.Problem.of("name", "funding.required"));
        }
        if (p.kind() == null || !List.of("VALUE_CHAIN", "COMMUNITY", "TASK").contains(p.kind())) {
            problems.add(InvalidInput.Problem.of("kind", "funding.projectKind"));
        }
        if (p.approvedOn() == null) {
            problems.add(InvalidInput.Problem.of("approvedOn", "funding.required"));
        }
        if (p.budget() == null || p.budget().isEmpty()) {
            problems.add(InvalidInput.Problem.of("budget", "funding.budgetRequired"));
        }
        Optional<Project.RotationRule> rule =
                p.rotationRuleId() == null ? Optional.empty() : store.rule(p.rotationRuleId());
        if (p.rotationRuleId() != null && rule.isEmpty()) {
            problems.add(InvalidInput.Problem.of("rotationRuleId", "funding.ruleUnknown", p.rotationRuleId()));
        }
        if (p.recoveryPercent() != null
                && (p.recoveryPercent().signum() < 0 || p.recoveryPercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(InvalidInput.Problem.of("recoveryPercent", "funding.percentRange"));
        }
        rule.filter(r -> r.minRecoveryPercent() != null
                        && (p.recoveryPercent() == null || p.recoveryPercent().compareTo(r.minRecoveryPercent()) < 0))
                .ifPresent(r -> problems.add(InvalidInput.Problem.of(
                        "recoveryPercent", "funding.recoveryBelowRule", r.minRecoveryPercent(), r.name())));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = store.insert(
                unit.id(),
                p.componentId(),
                p.kind(),
                p.name().strip(),
                p.decision(),
                p.approvedOn(),
                p.leadAgencyId(),
                p.leadOfficial(),
                p.rotationRuleId(),
                p.recoveryPercent(),
                p.confidence() == null ? "USER" : p.confidence(),
                clock.instant(),
                actor.username());
        for (Map.Entry<FundingSource, Long> b : p.budget().entrySet()) {
            store.insertBudget(id, b.getKey(), b.getValue());
            ledger.commit(
                    actor,
                    new Posting(
                            unit.id(),
                            p.approvedOn().getYear(),
                            p.componentId(),
                            null,
                            b.getKey(),
                            b.getValue(),
                            p.approvedOn(),
                            p.decision(),
                            id));
        }
        if (p.milestones() != null) {
            p.milestones().forEach(m -> store.insertMilestone(id, m.name(), m.dueOn()));
        }
        Project created = get(actor, id);
        audit.change(actor, "CREATE", ENTITY, id, new AuditLog.UnitRef(unit.id(), unit.path()), null, created);
        return created;
    }

    public Project get(Actor actor, long id) {
        actor.require(Permission.FUNDING_READ);
        return store.find(id, actor.jurisdiction())
                .or(() -> continued(actor, id))
                .orElseThrow(() -> store.exists(id) ? new OutsideJurisdiction(ENTITY, id) : new NotFound(ENTITY, id));
    }

    /**
     * A project of a unit retired by a reorganisation, read by an official of a unit continuing it
     * (decision 1477): the scope is then the project's own unit, which the successor holds.
     */
    private Optional<Project> continued(Actor actor, long id) {
        return store.unitOf(id)
                .map(units::get)
                .filter(u -> u.retired() && units.reaches(actor, u))
                .flatMap(u -> store.find(id, Jurisdiction.subtrees(List.of(u.path()))));
    }

    public List<Project> inUnit(Actor actor, long unitId) {
        AdminUnit unit = ledger.readableUnit(actor, unitId);
        return store.inSubtree(unit.path(), actor.jurisdiction());
    }

    /** The recoveries name the participants (personal data): the read is audited, once per request. */
    public List<Project.Recovery> recoveries(Actor actor, long projectId) {
        Project p = get(actor, projectId);
        List<Project.Recovery> out = store.recoveries(projectId, actor.jurisdiction());
        AdminUnit unit = units.get(p.unitId());
        audit.read(actor, "ProjectRecovery", projectId, new AuditLog.UnitRef(unit.id(), unit.path()), "recoveries");
        return out;
    }

    public Optional<Project.RotationRule> rule(long id) {
        return store.rule(id);
    }

    /** What should come back: the recovery share of what was disbursed to the project, whole đồng. */
    public long expectedRecovery(Actor actor, Project p) {
        if (p.recoveryPercent() == null) {
            return 0;
        }
        long disbursed = ledger.projectEntries(actor, p.id()).stream()
                .filter(e -> "disbursed".equals(e.effect()))
                .mapToLong(LedgerEntry::delta)
                .sum();
        return BigDecimal.valueOf(disbursed)
                .multiply(p.recoveryPercent())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** The day recovery falls due: acceptance plus the rule's days (Cà Mau: 30); null until accepted. */
    public LocalDate recoveryDue(Project p) {
        if (p.acceptedOn() == null || p.rotationRuleId() == null) {
            return null;
        }
        return store.rule(p.rotationRuleId())
                .map(Project.RotationRule::dueDays)
                .map(d -> p.acceptedOn().plusDays(d))
                .orElse(null);
    }

    @Transactional
    public Project accept(Actor actor, long id, LocalDate day, int expectedVersion) {
        actor.require(Permission.FUNDING_EDIT);
        Project before = get(actor, id);
        AdminUnit unit = units.writableOrContinued(actor, before.unitId());
        if (day == null) {
            throw InvalidInput.of("acceptedOn", Message.of("funding.required"));
        }
        if (before.approvedOn() != null && day.isBefore(before.approvedOn())) {
            throw InvalidInput.of("acceptedOn", Message.of("funding.acceptedBeforeApproval"));
        }
        if (!store.accept(id, day, expectedVersion, clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        Project after = get(actor, id);
        audit.change(actor, "ACCEPT", ENTITY, id, new AuditLog.UnitRef(unit.id(), unit.path()), before, after);
        return after;
    }

    /**
     * A line of the sub-ledger: RECOVERED (paid back by participants) or ROTATED (paid out to the
     * next round's recipient, {@code party}). Rotation beyond the fund is refused, by the database
     * too.
     */
    @Transactional
    public Project recordRecovery(
            Actor actor, long id, String kind, int cycle, long amount, LocalDate day, String party, String note) {
        if (!"RECOVERED".equals(kind) && !"ROTATED".equals(kind)) {
            throw InvalidInput.of("kind", Message.of("funding.recoveryKind"));
        }
        recordLine(actor, id, kind, cycle, amount, day, party, note);
        return get(actor, id);
    }

    /**
     * Writes one line of the sub-ledger and returns its id: RECOVERED, ROTATED, or UNROTATED (a
     * rotation undone, its amount back into the fund). The support module records its participants'
     * returns and rotations through it. A ROTATED line beyond the fund is refused by the database
     * (the project row's CHECK; the trigger's UPDATE queues concurrent writers on the row), so
     * concurrent rotations let through only what was recovered.
     */
    @Transactional
    public long recordLine(
            Actor actor, long id, String kind, int cycle, long amount, LocalDate day, String party, String note) {
        actor.require(Permission.FUNDING_EDIT);
        Project p = get(actor, id);
        AdminUnit unit = units.writableOrContinued(actor, p.unitId());
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (!List.of("RECOVERED", "ROTATED", "UNROTATED").contains(kind)) {
            problems.add(InvalidInput.Problem.of("kind", "funding.recoveryKind"));
        }
        if (cycle < 1) {
            problems.add(InvalidInput.Problem.of("cycle", "funding.cycleRange"));
        }
        if (amount <= 0) {
            problems.add(InvalidInput.Problem.of("amount", "funding.amountZero"));
        }
        if (day == null) {
            problems.add(InvalidInput.Problem.of("entryDate", "funding.required"));
        }
        if ("ROTATED".equals(kind) && (party == null || party.isBlank())) {
            problems.add(InvalidInput.Problem.of("party", "funding.recipientRequired"));
        }
        if ("ROTATED".equals(kind) && amount > p.fund()) {
            problems.add(InvalidInput.Problem.of(
                    "amount", "funding.rotationOverFund", Amounts.arg(amount), Amounts.arg(p.fund())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long line;
        try {
            line = store.insertRecovery(
                    id,
                    kind,
                    cycle,
                    amount,
                    day,
                    "RECOVERED".equals(kind) ? recoveryDue(p) : null,
                    party,
                    note,
                    clock.instant(),
                    actor.username());
        } catch (DataIntegrityViolationException e) {
            // another rotation took the fund after it was read (the transaction is aborted: no re-read)
            throw InvalidInput.of(
                    "amount", Message.of("funding.rotationOverFund", Amounts.arg(amount), Amounts.arg(p.fund())));
        }
        Project after = get(actor, id);
        audit.change(actor, kind, ENTITY, id, new AuditLog.UnitRef(unit.id(), unit.path()), p, after);
        return line;
    }

    @Transactional
    public Project.RotationRule addRule(Actor actor, Project.RotationRule r) {
        actor.require(Permission.FUNDING_EDIT);
        AdminUnit unit = units.writableUnit(actor, r.unitId());
        long id = store.insertRule(r, clock.instant(), actor.username());
        Project.RotationRule created = store.rule(id).orElseThrow();
        audit.change(actor, "CREATE", "RotationRule", id, new AuditLog.UnitRef(unit.id(), unit.path()), null, created);
        return created;
    }
}
