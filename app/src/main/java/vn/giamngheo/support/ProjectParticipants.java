package vn.giamngheo.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.Project;
import vn.giamngheo.funding.Projects;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * The households of a production project (decision 1440): round 1 joins from the commune's
 * recognised lists with grants drawn on the project's budget; each returns the project's recovery
 * share of what it received by the rule's day; the money recovered is handed to the next round's
 * households as grants funded by the rotation sub-ledger, which the database keeps from going
 * below zero. Every grant follows the support rules (eligibility, norm, no double support).
 */
@Service
public class ProjectParticipants {
    static final String ENTITY = "ProjectParticipant";
    private final ParticipantStore store;
    private final GrantStore grantStore;
    private final SupportGrants grants;
    private final Projects projects;
    private final Catalogue catalogue;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    ProjectParticipants(
            ParticipantStore store,
            GrantStore grantStore,
            SupportGrants grants,
            Projects projects,
            Catalogue catalogue,
            AdminUnits units,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.grantStore = grantStore;
        this.grants = grants;
        this.projects = projects;
        this.catalogue = catalogue;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** One household chosen for a round, with the amount it receives. */
    public record Entry(Long householdId, Long amount) {}

    /**
     * Households joining (round 1) or receiving the rotated money (round ≥ 2): the content of the
     * project's sub-project they receive, its source, the period, the decision and its day (for a
     * rotation, the day the money is handed over).
     */
    public record Request(
            List<Entry> households,
            Long contentId,
            String source,
            LocalDate from,
            LocalDate until,
            String decision,
            LocalDate decisionDate) {}

    /** A round's totals: how many took part, received, due, returned and how many are overdue. */
    public record RoundTotals(
            int round,
            LocalDate acceptedOn,
            int households,
            long received,
            long due,
            long returned,
            int overdue,
            boolean rotationFunded) {}

    /** What the project page shows: the project, its rule, the participants by round and their totals. */
    public record Overview(
            Project project,
            Project.RotationRule rule,
            List<Participant> participants,
            List<RoundTotals> rounds,
            long rotationFunded) {}

    // ---- reads

    public Overview overview(Actor actor, long projectId) {
        actor.require(Permission.HOUSEHOLD_READ);
        Project p = projects.get(actor, projectId);
        Project.RotationRule rule = ruleOf(p);
        List<Participant> list = participants(p, rule, store.ofProject(actor.jurisdiction(), projectId));
        AdminUnit unit = units.get(p.unitId());
        audit.read(actor, ENTITY, projectId, new AuditLog.UnitRef(unit.id(), unit.path()), "participants");
        return new Overview(p, rule, list, totals(p, list), rotationFundedSum(list));
    }

    /** The households of the project's commune on its current poor / near-poor lists not taking part yet. */
    public List<ListedHousehold> candidates(Actor actor, long projectId) {
        actor.require(Permission.HOUSEHOLD_READ);
        Project p = projects.get(actor, projectId);
        AdminUnit unit = units.get(p.unitId());
        Map<Long, Integer> active = store.activeHouseholds(projectId);
        List<ListedHousehold> out = grantStore.listed(actor.jurisdiction(), p.unitId()).stream()
                .filter(h -> !active.containsKey(h.householdId()))
                .toList();
        audit.read(actor, ENTITY, projectId, new AuditLog.UnitRef(unit.id(), unit.path()), "candidates");
        return out;
    }

    /** The contents a project's households may receive: those of its sub-project with an eligibility rule. */
    public List<SupportContent> contents(Project p) {
        Set<Long> ruled = new HashSet<>();
        grantStore.rules().forEach(r -> ruled.add(r.contentId()));
        return catalogue.contents().stream()
                .filter(c -> c.componentId() != null && c.componentId() == p.componentId() && ruled.contains(c.id()))
                .toList();
    }

    private Project.RotationRule ruleOf(Project p) {
        return p.rotationRuleId() == null
                ? null
                : projects.rule(p.rotationRuleId()).orElse(null);
    }

    private List<Participant> participants(Project p, Project.RotationRule rule, List<ParticipantStore.Row> rows) {
        Map<Integer, LocalDate> accepted = store.roundAcceptances(p.id());
        LocalDate today = LocalDate.now(clock);
        Integer days = rule == null ? null : rule.dueDays();
        List<Participant> out = new ArrayList<>();
        for (ParticipantStore.Row r : rows) {
            LocalDate acceptance = r.round() == 1 ? p.acceptedOn() : accepted.get(r.round());
            Long due = r.withdrawn() ? Long.valueOf(0) : ReturnRule.due(r.paid(), p.recoveryPercent());
            LocalDate dueOn = ReturnRule.dueOn(acceptance, days);
            out.add(new Participant(
                    r.id(),
                    r.projectId(),
                    r.round(),
                    r.householdId(),
                    r.householdCode(),
                    r.headName(),
                    r.householdClass(),
                    r.grantId(),
                    r.state(),
                    r.amount(),
                    r.paid(),
                    due,
                    dueOn,
                    r.returned(),
                    ReturnRule.outstanding(due, r.returned()),
                    !r.withdrawn() && ReturnRule.overdue(today, dueOn, due, r.returned()),
                    r.rotationId() != null,
                    r.withdrawn(),
                    r.withdrawn() ? r.reason() : null));
        }
        return out;
    }

    private List<RoundTotals> totals(Project p, List<Participant> list) {
        Map<Integer, LocalDate> accepted = store.roundAcceptances(p.id());
        Map<Integer, List<Participant>> byRound = new TreeMap<>();
        list.stream()
                .filter(x -> !x.withdrawn())
                .forEach(x -> byRound.computeIfAbsent(x.round(), k -> new ArrayList<>())
                        .add(x));
        List<RoundTotals> out = new ArrayList<>();
        byRound.forEach((round, ps) -> out.add(new RoundTotals(
                round,
                round == 1 ? p.acceptedOn() : accepted.get(round),
                ps.size(),
                ps.stream().mapToLong(Participant::received).sum(),
                ps.stream().mapToLong(x -> x.due() == null ? 0 : x.due()).sum(),
                ps.stream().mapToLong(Participant::returned).sum(),
                (int) ps.stream().filter(Participant::overdue).count(),
                round > 1)));
        return out;
    }

    private static long rotationFundedSum(List<Participant> list) {
        return list.stream()
                .filter(x -> x.rotationFunded() && !x.withdrawn())
                .mapToLong(Participant::granted)
                .sum();
    }

    // ---- writes

    /**
     * Round 1: the chosen households of the commune's recognised lists join the project, each with
     * an approved grant drawn on the project's budget. Every refusal names the household and the
     * field; one refusal stores nothing.
     */
    @Transactional
    public List<Participant> join(Actor actor, long projectId, Request r) {
        actor.require(Permission.FUNDING_EDIT);
        Project p = projects.get(actor, projectId);
        units.writableUnit(actor, p.unitId());
        Map<String, Long> budget = new HashMap<>();
        p.budget().forEach((source, amount) -> budget.put(source.name(), amount));
        store.openDraws(projectId, budget);
        List<ParticipantStore.Row> made = place(actor, p, 1, r, null);
        return afterWrite(actor, p, made, "JOIN");
    }

    /**
     * Round ≥ 2: money recovered from earlier rounds handed to next-round households, each an
     * approved grant paid at once from the fund with a ROTATED line of its amount. The database lets
     * through only what the fund holds, however many rotate at once.
     */
    @Transactional
    public List<Participant> rotate(Actor actor, long projectId, int round, Request r) {
        actor.require(Permission.FUNDING_EDIT);
        Project p = projects.get(actor, projectId);
        units.writableUnit(actor, p.unitId());
        int last = store.lastRound(projectId);
        if (round < 2 || round > Math.max(2, last + 1)) {
            throw InvalidInput.of("round", Message.of("support.rotationRound", round, Math.max(2, last + 1)));
        }
        long asked = r == null || r.households() == null
                ? 0
                : r.households().stream()
                        .mapToLong(e -> e == null || e.amount() == null ? 0 : e.amount())
                        .sum();
        if (asked > p.fund()) {
            throw InvalidInput.of(
                    "participants", Message.of("support.rotationOverFund", Amounts.arg(asked), Amounts.arg(p.fund())));
        }
        List<ParticipantStore.Row> made = place(actor, p, round, r, round);
        return afterWrite(actor, p, made, "ROTATE");
    }

    private List<Participant> afterWrite(Actor actor, Project p, List<ParticipantStore.Row> made, String action) {
        AdminUnit unit = units.get(p.unitId());
        audit.change(
                actor,
                action,
                ENTITY,
                p.id(),
                new AuditLog.UnitRef(unit.id(), unit.path()),
                null,
                Map.of("households", made.size()));
        Set<Long> ids = new HashSet<>();
        made.forEach(m -> ids.add(m.id()));
        return participants(p, ruleOf(p), store.ofProject(actor.jurisdiction(), p.id())).stream()
                .filter(x -> ids.contains(x.id()))
                .toList();
    }

    /** Checks the households, proposes and approves their grants, and records them in the round. */
    private List<ParticipantStore.Row> place(Actor actor, Project p, int round, Request r, Integer rotationCycle) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (r == null || r.households() == null || r.households().isEmpty()) {
            throw InvalidInput.of("participants", Message.of("support.participantsRequired"));
        }
        if (r.decision() == null || r.decision().isBlank()) {
            problems.add(InvalidInput.Problem.of("decision", "support.decisionRequired"));
        }
        SupportContent content = r.contentId() == null
                ? null
                : contents(p).stream()
                        .filter(c -> c.id() == r.contentId())
                        .findFirst()
                        .orElse(null);
        if (r.contentId() != null && content == null) {
            problems.add(InvalidInput.Problem.of("contentId", "support.contentNotOfProject", r.contentId(), p.name()));
        }
        if (rotationCycle == null
                && r.source() != null
                && p.budget().keySet().stream()
                        .noneMatch(s -> s.name().equals(r.source().strip()))) {
            problems.add(InvalidInput.Problem.of(
                    "source",
                    "support.projectSourceNotBudgeted",
                    SupportGrants.sourceWord(r.source().strip())));
        }
        Map<Long, ListedHousehold> listed = new HashMap<>();
        grantStore.listed(actor.jurisdiction(), p.unitId()).forEach(h -> listed.put(h.householdId(), h));
        Map<Long, Integer> active = store.activeHouseholds(p.id());
        Set<Long> seen = new HashSet<>();
        List<NewGrant> rows = new ArrayList<>();
        for (int i = 0; i < r.households().size(); i++) {
            int line = i + 1;
            Entry e = r.households().get(i);
            Long h = e == null ? null : e.householdId();
            ListedHousehold onList = h == null ? null : listed.get(h);
            String ref = onList != null ? onList.code() : h == null ? "" : "#" + h;
            if (h == null) {
                problems.add(InvalidInput.Problem.of("householdId", "support.required")
                        .at(line, ref));
            } else if (onList == null) {
                problems.add(InvalidInput.Problem.of("householdId", "support.participantNotListed", ref)
                        .at(line, ref));
            } else if (active.containsKey(h)) {
                problems.add(InvalidInput.Problem.of(
                                "householdId",
                                "support.participantAlready",
                                onList.code(),
                                onList.headName(),
                                active.get(h))
                        .at(line, ref));
            } else if (!seen.add(h)) {
                problems.add(InvalidInput.Problem.of("householdId", "support.participantTwice", onList.code())
                        .at(line, ref));
            }
            rows.add(new NewGrant(
                    h,
                    null,
                    null,
                    null,
                    r.contentId(),
                    r.source(),
                    p.id(),
                    r.from(),
                    r.until(),
                    e == null ? null : e.amount(),
                    null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        SupportGrants.Batch batch = grants.proposeChecked(actor, rows, false);
        LocalDate day = r.decisionDate() == null ? LocalDate.now(clock) : r.decisionDate();
        List<ParticipantStore.Row> made = new ArrayList<>();
        List<InvalidInput.Problem> refused = new ArrayList<>();
        for (SupportGrants.Checked c : batch.rows()) {
            long[] rotation = {0};
            SupportGrants.Funder funder = rotationCycle == null
                    ? (g, d, doc) -> grants.drawOnProject(g)
                    : (g, d, doc) -> {
                        rotation[0] = projects.recordLine(
                                actor,
                                p.id(),
                                "ROTATED",
                                rotationCycle,
                                g.amount(),
                                d,
                                g.householdCode() + " – " + g.headName(),
                                doc);
                        return null;
                    };
            SupportGrant g;
            try {
                g = grants.approveWith(actor, c.id(), r.decision(), day, funder);
            } catch (InvalidInput e) {
                e.problems().forEach(x -> refused.add(x.at(c.line(), c.householdCode())));
                if (rotationCycle != null) {
                    // a refusal by the rotation's CHECK aborted the transaction: nothing more can be written
                    throw new InvalidInput(refused);
                }
                continue;
            }
            if (rotationCycle != null) {
                grants.handOver(actor, g, day, r.decision());
            }
            long id = store.insert(
                    p.id(),
                    round,
                    g.householdId(),
                    g.id(),
                    rotationCycle == null ? null : rotation[0],
                    clock.instant(),
                    actor.username());
            made.add(new ParticipantStore.Row(
                    id,
                    p.id(),
                    round,
                    g.householdId(),
                    null,
                    null,
                    null,
                    g.id(),
                    g.state(),
                    g.amount(),
                    0,
                    null,
                    false,
                    0,
                    null));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInput(refused);
        }
        return made;
    }

    /** A participant of the project, locked for the writer; outside the reader's reach or another project's: refused. */
    private ParticipantStore.Row locked(Actor actor, long projectId, long participantId) {
        return store.lock(actor.jurisdiction(), participantId)
                .filter(x -> x.projectId() == projectId)
                .orElseThrow(() -> store.exists(participantId)
                        ? new OutsideJurisdiction(ENTITY, participantId)
                        : new NotFound(ENTITY, participantId));
    }

    /**
     * Withdraws a participant from the project with a reason (it left, moved away, the household was
     * chosen by mistake): its grant is cancelled under the grant rules, in this transaction — the
     * grant's commitment and payments reversed in the ledger, a round-1 draw given back to the
     * project's budget, a rotation undone into the project's fund — and the household may join again.
     * Refused once it has paid anything back (the return stays in the project's sub-ledger).
     */
    @Transactional
    public Participant withdraw(Actor actor, long projectId, long participantId, String reason) {
        actor.require(Permission.FUNDING_EDIT);
        Project p = projects.get(actor, projectId);
        units.writableUnit(actor, p.unitId());
        ParticipantStore.Row row = locked(actor, projectId, participantId);
        if (row.withdrawn()) {
            throw InvalidInput.of(
                    InvalidInput.Problem.of("participantId", "support.participantWithdrawn", row.householdCode())
                            .at(1, row.householdCode()));
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of(
                    InvalidInput.Problem.of("reason", "support.reasonRequired").at(1, row.householdCode()));
        }
        SupportGrant g = grants.get(actor, row.grantId());
        grants.cancel(actor, g.id(), reason, g.version());
        AdminUnit unit = units.get(p.unitId());
        audit.change(
                actor,
                "WITHDRAW",
                ENTITY,
                participantId,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                null,
                Map.of("grantId", g.id(), "reason", reason.strip()));
        return participants(
                        p,
                        ruleOf(p),
                        List.of(store.lock(actor.jurisdiction(), participantId).orElseThrow()))
                .get(0);
    }

    /**
     * A participant pays back part of what it owes: a return and a RECOVERED line of the project's
     * sub-ledger, under a lock on the participant. Refused when the project has no recovery share,
     * or beyond what is still due.
     */
    @Transactional
    public Participant recordReturn(
            Actor actor, long projectId, long participantId, Long amount, LocalDate day, String receipt) {
        actor.require(Permission.FUNDING_EDIT);
        Project p = projects.get(actor, projectId);
        units.writableUnit(actor, p.unitId());
        ParticipantStore.Row row = locked(actor, projectId, participantId);
        Long due = ReturnRule.due(row.paid(), p.recoveryPercent());
        long left = due == null ? 0 : Math.max(0, due - row.returned());
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (row.withdrawn()) {
            problems.add(InvalidInput.Problem.of("participantId", "support.participantWithdrawn", row.householdCode()));
        }
        if (amount == null) {
            problems.add(InvalidInput.Problem.of("amount", "support.amountRequired"));
        } else if (amount <= 0) {
            problems.add(InvalidInput.Problem.of("amount", "support.amountPositive", amount));
        } else if (due == null) {
            problems.add(InvalidInput.Problem.of("amount", "support.recoveryNotConfigured", p.name()));
        } else if (amount > left) {
            problems.add(InvalidInput.Problem.of(
                    "amount", "support.returnOverDue", Amounts.arg(amount), Amounts.arg(left), row.householdCode()));
        }
        LocalDate today = LocalDate.now(clock);
        if (day == null) {
            problems.add(InvalidInput.Problem.of("paidOn", "support.required"));
        } else if (day.isAfter(today)) {
            problems.add(InvalidInput.Problem.of(
                    "paidOn",
                    "support.returnInFuture",
                    day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(
                    problems.stream().map(x -> x.at(1, row.householdCode())).toList());
        }
        String note = receipt == null || receipt.isBlank() ? null : receipt.strip();
        long line = projects.recordLine(
                actor,
                projectId,
                "RECOVERED",
                row.round(),
                amount,
                day,
                row.householdCode() + " – " + row.headName(),
                note);
        store.insertReturn(participantId, amount, day, note, line, clock.instant(), actor.username());
        AdminUnit unit = units.get(p.unitId());
        audit.change(
                actor,
                "RETURN",
                ENTITY,
                participantId,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                null,
                Map.of("amount", amount, "paidOn", day.toString()));
        return participants(
                        p,
                        ruleOf(p),
                        List.of(store.lock(actor.jurisdiction(), participantId).orElseThrow()))
                .get(0);
    }

    /** The acceptance of a later round: the day its participants' recovery clock starts. */
    @Transactional
    public void acceptRound(Actor actor, long projectId, int round, LocalDate day) {
        actor.require(Permission.FUNDING_EDIT);
        Project p = projects.get(actor, projectId);
        AdminUnit unit = units.writableUnit(actor, p.unitId());
        if (round < 2 || round > store.lastRound(projectId)) {
            throw InvalidInput.of("round", Message.of("support.roundUnknown", round));
        }
        if (day == null) {
            throw InvalidInput.of("acceptedOn", Message.of("support.required"));
        }
        store.acceptRound(projectId, round, day, clock.instant(), actor.username());
        audit.change(
                actor,
                "ACCEPT_ROUND",
                ENTITY,
                projectId,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                null,
                Map.of("round", round, "acceptedOn", day.toString()));
    }
}
