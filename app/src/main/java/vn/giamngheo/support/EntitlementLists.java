package vn.giamngheo.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.Ledger;
import vn.giamngheo.funding.LedgerEntry;
import vn.giamngheo.funding.Posting;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * Entitlement lists from the recognised lists (decision 1403): for a unit, a content granted by list
 * (health-insurance cards, electricity) and a period, every beneficiary the lists in force qualify
 * becomes an approved grant under the list's decision, in one set-based statement. A re-run adds only
 * those not on the list yet; a beneficiary who already holds a live grant of the same content group
 * for the period is left out (no double support) and counted; grants of the list whose household
 * no longer qualifies are listed for review, not cancelled. One ledger commitment per run, at the
 * list's unit, for what the run added.
 */
@Service
public class EntitlementLists {
    static final String ENTITY = "EntitlementList";
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final JdbcClient jdbc;
    private final GrantStore store;
    private final EntitlementRunStore runs;
    private final Catalogue catalogue;
    private final Ledger ledger;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate rolledBack;
    private final AreaShares areaShares;

    EntitlementLists(
            JdbcClient jdbc,
            GrantStore store,
            EntitlementRunStore runs,
            Catalogue catalogue,
            Ledger ledger,
            AdminUnits units,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactions,
            AreaShares areaShares) {
        this.jdbc = jdbc;
        this.areaShares = areaShares;
        this.store = store;
        this.runs = runs;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.rolledBack = new TransactionTemplate(transactions);
        this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What is asked: the unit, content, a day of the period, the source, the amount per poor / near-poor beneficiary. */
    public record Request(
            long unitId,
            long contentId,
            LocalDate on,
            String source,
            Long amountPoor,
            Long amountNearPoor,
            String decision,
            LocalDate decisionDate) {}

    /** A run's result: the list, what was added now, left out as already supported, and no longer eligible. */
    public record Run(long listId, int runNo, int added, long amount, int held, List<Long> noLongerEligible) {}

    @Transactional
    public Run build(Actor actor, Request r) {
        return run(actor, r).run();
    }

    /** What a run would add, shown before it is made: the run's counts and the grants it would add. */
    public record Preview(Run run, List<SupportGrant> wouldAdd) {}

    /**
     * A dry run: the very run, made in a transaction of its own that is rolled back, so what it
     * shows is what the run would add now (the same checks, the same no-double-support rule, the
     * same ledger refusal). Reading the beneficiaries it names is an audited read.
     */
    public Preview preview(Actor actor, Request r) {
        actor.require(Permission.FUNDING_EDIT);
        AdminUnit unit = units.writableUnit(actor, r.unitId());
        Preview p = rolledBack.execute(status -> {
            status.setRollbackOnly();
            Added added = run(actor, r);
            List<SupportGrant> would = added.ids().isEmpty()
                    ? List.<SupportGrant>of()
                    : store.byIds(
                            actor.jurisdiction(),
                            added.ids(),
                            CatalogueReads.of(catalogue, store).names());
            return new Preview(added.run(), would);
        });
        audit.read(
                actor,
                ENTITY,
                null,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                "dry run content=" + r.contentId() + " on=" + r.on());
        return p;
    }

    private record Added(Run run, List<Long> ids) {}

    private Added run(Actor actor, Request r) {
        actor.require(Permission.FUNDING_EDIT);
        AdminUnit unit = units.writableUnit(actor, r.unitId());
        CatalogueReads reads = CatalogueReads.of(catalogue, store);
        SupportContent content = reads.content(r.contentId());
        ContentRule rule = reads.rule(content.id())
                .orElseThrow(() -> InvalidInput.of("contentId", Message.of("support.contentNoRule", content.name())));
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (!rule.byList()) {
            problems.add(InvalidInput.Problem.of("contentId", "support.notByList", content.name()));
        }
        if (rule.ageMin() != null
                || rule.ageMax() != null
                || rule.disabled()
                || rule.ethnicMinority()
                || !rule.areas().isEmpty()) {
            problems.add(InvalidInput.Problem.of("contentId", "support.listNeedsRowChecks", content.name()));
        }
        if (r.on() == null) {
            problems.add(InvalidInput.Problem.of("from", "support.required"));
        } else if (!content.validOn(r.on())) {
            problems.add(InvalidInput.Problem.of(
                    "from",
                    "support.contentNotValid",
                    content.name(),
                    r.on().format(DAY),
                    content.validFrom() == null ? "…" : content.validFrom().format(DAY),
                    content.validTo() == null ? "…" : content.validTo().format(DAY)));
        }
        if (r.decision() == null || r.decision().isBlank()) {
            problems.add(InvalidInput.Problem.of("decision", "support.decisionRequired"));
        }
        FundingSource source = null;
        try {
            source = FundingSource.valueOf(r.source() == null ? "" : r.source().strip());
        } catch (IllegalArgumentException e) {
            problems.add(InvalidInput.Problem.of("source", "support.sourceUnknown", String.valueOf(r.source())));
        }
        boolean poor = rule.classes().contains("POOR");
        boolean near = rule.classes().contains("NEAR_POOR");
        if (poor && (r.amountPoor() == null || r.amountPoor() <= 0)) {
            problems.add(InvalidInput.Problem.of("amountPoor", "support.amountRequired"));
        }
        if (near && (r.amountNearPoor() == null || r.amountNearPoor() <= 0)) {
            problems.add(InvalidInput.Problem.of("amountNearPoor", "support.amountRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Norms norms = reads.norms();
        PeriodKind kind = rule.periodKind();
        LocalDate from = kind.start(r.on());
        LocalDate end = kind.endAfter(from);
        overNorm(norms, content, "POOR", poor ? r.amountPoor() : null, unit, from, end, "amountPoor");
        overNorm(norms, content, "NEAR_POOR", near ? r.amountNearPoor() : null, unit, from, end, "amountNearPoor");
        long programId = reads.programOf(content).id();
        long listId = listFor(unit, content, from, source, r, actor);
        // runs of one list queue here, so the run number and what a run adds see the previous run
        store.queueList(listId);
        int runNo = jdbc.sql("SELECT coalesce(max(run_no), 0) + 1 FROM support_entitlement_run WHERE list_id = :l")
                .param("l", listId)
                .query(Integer.class)
                .single();
        Long[] communes = jdbc.sql("SELECT id FROM admin_unit WHERE path LIKE :p AND level = 'COMMUNE'")
                .param("p", unit.path() + "%")
                .query(Long.class)
                .list()
                .toArray(Long[]::new);
        List<String> classes = new ArrayList<>();
        if (poor) {
            classes.add("POOR");
        }
        if (near) {
            classes.add("NEAR_POOR");
        }
        // the near-poor amount where an area share applies (decision 1470): data, not a new statement
        AreaAmounts byArea = near && poor
                ? AreaAmounts.of(
                        areaShares.onList(content.id(), "NEAR_POOR", unit, from), r.amountPoor(), r.amountNearPoor())
                : AreaAmounts.NONE;
        var selection = new EntitlementRunStore.Selection(
                listId,
                rule.perPerson(),
                communes,
                from.getYear(),
                classes.toArray(String[]::new),
                content.groupId(),
                from,
                end,
                r.amountPoor(),
                r.amountNearPoor(),
                byArea);
        EntitlementRunStore.Staged staged = runs.stage(actor.jurisdiction(), selection);
        List<Long> gone = runs.noLongerEligible(actor.jurisdiction(), listId);
        long sum = staged.amount();
        Long entryId = null;
        if (sum > 0) {
            LedgerEntry e = ledger.commit(
                    actor,
                    new Posting(
                            unit.id(),
                            decisionDay(r).getYear(),
                            content.componentId(),
                            content.id(),
                            source,
                            sum,
                            decisionDay(r),
                            r.decision().strip(),
                            null));
            entryId = e.id();
        }
        var now = Timestamp.from(clock.instant());
        List<Long> ids;
        try {
            // each grant of the run names the run's commitment, so cancelling one reverses its share
            ids = staged.toAdd() == 0
                    ? List.of()
                    : runs.write(
                            selection,
                            new EntitlementRunStore.Written(
                                    content.id(),
                                    content.groupId(),
                                    content.componentId(),
                                    programId,
                                    rule.perPerson(),
                                    source.name(),
                                    kind,
                                    r.decision().strip(),
                                    decisionDay(r),
                                    now,
                                    actor.username(),
                                    entryId));
        } catch (DataIntegrityViolationException e) {
            throw InvalidInput.of("contentId", Message.of("support.listBusy"));
        }
        int held = staged.held();
        jdbc.sql("""
                        INSERT INTO support_entitlement_run (list_id, run_no, added, amount, held, entry_id,
                            current_entry_id, ran_at, ran_by)
                        VALUES (:l, :n, :added, :amount, :held, :e, :e, :at, :by)
                        """)
                .param("l", listId)
                .param("n", runNo)
                .param("added", ids.size())
                .param("amount", sum)
                .param("held", held)
                .param("e", entryId)
                .param("at", now)
                .param("by", actor.username())
                .update();
        Run run = new Run(listId, runNo, ids.size(), sum, held, gone);
        audit.change(actor, "RUN", ENTITY, listId, new AuditLog.UnitRef(unit.id(), unit.path()), null, run);
        return new Added(run, ids);
    }

    private LocalDate decisionDay(Request r) {
        return r.decisionDate() == null ? LocalDate.now(clock) : r.decisionDate();
    }

    private static void overNorm(
            Norms norms,
            SupportContent c,
            String cls,
            Long amount,
            AdminUnit unit,
            LocalDate from,
            LocalDate end,
            String field) {
        if (amount == null) {
            return;
        }
        Norms.Applied n = norms.applied(c.id(), cls, unit.path(), from, end);
        if (n.ceiling() != null && amount > n.ceiling()) {
            throw InvalidInput.of(
                    field,
                    Message.of(
                            "support.overNorm",
                            Amounts.arg(amount),
                            Amounts.arg(n.ceiling()),
                            n.legalSource() == null ? "" : n.legalSource()));
        }
    }

    private long listFor(
            AdminUnit unit, SupportContent c, LocalDate from, FundingSource source, Request r, Actor actor) {
        jdbc.sql("""
                        INSERT INTO support_entitlement_list (unit_id, content_id, period_from, source, amount_poor,
                            amount_near_poor, decision, decision_date, created_at, created_by)
                        VALUES (:u, :c, :f, :s, :ap, :anp, :d, :dd, :at, :by)
                        ON CONFLICT (unit_id, content_id, period_from) DO NOTHING
                        """)
                .param("u", unit.id())
                .param("c", c.id())
                .param("f", Date.valueOf(from))
                .param("s", source.name())
                .param("ap", r.amountPoor())
                .param("anp", r.amountNearPoor())
                .param("d", r.decision().strip())
                .param("dd", Date.valueOf(decisionDay(r)))
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .update();
        return jdbc.sql(
                        "SELECT id FROM support_entitlement_list WHERE unit_id = :u AND content_id = :c AND period_from = :f")
                .param("u", unit.id())
                .param("c", c.id())
                .param("f", Date.valueOf(from))
                .query(Long.class)
                .single();
    }

    /** A list as stored, with its runs. */
    public record EntitlementList(
            long id,
            long unitId,
            long contentId,
            LocalDate periodFrom,
            String source,
            String decision,
            List<Run> runs) {}

    public EntitlementList get(Actor actor, long id) {
        actor.require(Permission.HOUSEHOLD_READ);
        var row = jdbc.sql(
                        "SELECT l.*, u.path FROM support_entitlement_list l JOIN admin_unit u ON u.id = l.unit_id WHERE l.id = :id")
                .param("id", id)
                .query((rs, n) -> new Object[] {
                    new EntitlementList(
                            rs.getLong("id"),
                            rs.getLong("unit_id"),
                            rs.getLong("content_id"),
                            rs.getDate("period_from").toLocalDate(),
                            rs.getString("source"),
                            rs.getString("decision"),
                            List.of()),
                    rs.getString("path")
                })
                .optional()
                .orElseThrow(() -> new NotFound(ENTITY, id));
        EntitlementList l = (EntitlementList) row[0];
        if (!units.reaches(actor, units.get(l.unitId()))) {
            throw new OutsideJurisdiction(ENTITY, id);
        }
        List<Run> runs = jdbc.sql("SELECT * FROM support_entitlement_run WHERE list_id = :l ORDER BY run_no")
                .param("l", id)
                .query((rs, n) -> new Run(
                        id,
                        rs.getInt("run_no"),
                        rs.getInt("added"),
                        rs.getLong("amount"),
                        rs.getInt("held"),
                        List.of()))
                .list();
        return new EntitlementList(l.id(), l.unitId(), l.contentId(), l.periodFrom(), l.source(), l.decision(), runs);
    }
}
