package vn.giamngheo.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
 * The budget ledger: append-only entries and the balances they sum to (decision 1303). Every write
 * checks the posting against the catalogue (a leaf sub-project, a source the program accepts, a day
 * inside the program's validity and run-off, a content of that sub-project), locks the balance row,
 * refuses what would overdraw it with the amounts in the message, and relies on the balance CHECKs
 * for anything that slips past (another path, a race): the database has the last word.
 */
@Service
public class Ledger {
    static final String ENTITY = "LedgerEntry";
    private final LedgerStore store;
    private final Catalogue catalogue;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    Ledger(LedgerStore store, Catalogue catalogue, AdminUnits units, AuditLog audit, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public LedgerEntry allocate(Actor actor, Posting p) {
        return post(actor, EntryKind.ALLOCATION, p, null, null);
    }

    @Transactional
    public LedgerEntry commit(Actor actor, Posting p) {
        return post(actor, EntryKind.COMMITMENT, p, null, null);
    }

    @Transactional
    public LedgerEntry disburse(Actor actor, Posting p) {
        return post(actor, EntryKind.DISBURSEMENT, p, null, null);
    }

    @Transactional
    public LedgerEntry settle(Actor actor, Posting p) {
        return post(actor, EntryKind.SETTLEMENT, p, null, null);
    }

    /** Hands money down to a unit below: an entry out of this unit and one into the other. */
    @Transactional
    public List<LedgerEntry> transfer(Actor actor, Posting p, long toUnitId) {
        AdminUnit from = units.writableUnit(actor, p.unitId());
        AdminUnit to = units.find(toUnitId)
                .orElseThrow(() -> InvalidInput.of("toUnitId", Message.of("funding.unitUnknown", toUnitId)));
        if (!to.path().startsWith(from.path()) || to.id() == from.id()) {
            throw InvalidInput.of("toUnitId", Message.of("funding.transferNotDown", to.fullName(), from.fullName()));
        }
        LedgerEntry out = post(actor, EntryKind.TRANSFER_OUT, p, to.id(), null);
        Posting in = new Posting(
                to.id(),
                p.year(),
                p.componentId(),
                p.contentId(),
                p.source(),
                p.amount(),
                p.entryDate(),
                p.document(),
                null);
        LedgerEntry received = post(actor, EntryKind.TRANSFER_IN, in, from.id(), out.id());
        return List.of(out, received);
    }

    /** Carries unspent money of a year into the next for unfinished tasks (an entry out of the year, one into the next). */
    @Transactional
    public List<LedgerEntry> carryOver(Actor actor, Posting p) {
        LedgerEntry out = post(actor, EntryKind.CARRY_OUT, p, null, null);
        Posting next = new Posting(
                p.unitId(),
                p.year() + 1,
                p.componentId(),
                p.contentId(),
                p.source(),
                p.amount(),
                p.entryDate(),
                p.document(),
                p.projectId());
        LedgerEntry in = post(actor, EntryKind.CARRY_IN, next, null, out.id());
        return List.of(out, in);
    }

    /**
     * Reverses an entry (and the other half of a transfer or carry-over) with a reason: the only way
     * to correct the ledger. Refused when the balance could not bear it (money already spent).
     */
    @Transactional
    public List<LedgerEntry> reverse(Actor actor, long entryId, String reason, LocalDate day) {
        actor.require(Permission.FUNDING_EDIT);
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Message.of("funding.reasonRequired"));
        }
        LedgerEntry entry = writableEntry(actor, entryId);
        List<LedgerEntry> targets = new ArrayList<>();
        targets.add(entry);
        if (entry.kind() == EntryKind.REVERSAL) {
            throw InvalidInput.of("entryId", Message.of("funding.reverseReversal", entryId));
        }
        pairOf(actor, entry).ifPresent(targets::add);
        List<LedgerEntry> out = new ArrayList<>();
        LocalDate date = day == null ? LocalDate.now(clock) : day;
        for (LedgerEntry e : targets) {
            if (store.reversed(e.id())) {
                throw InvalidInput.of("entryId", Message.of("funding.alreadyReversed", e.id()));
            }
            LedgerStore.Row row = new LedgerStore.Row(
                    e.unitId(),
                    e.year(),
                    e.componentId(),
                    e.contentId(),
                    e.source(),
                    EntryKind.REVERSAL,
                    e.amount(),
                    date,
                    e.otherUnitId(),
                    null,
                    e.projectId(),
                    e.id(),
                    e.document(),
                    reason.strip());
            out.add(insert(actor, row, "amount"));
        }
        return out;
    }

    private java.util.Optional<LedgerEntry> pairOf(Actor actor, LedgerEntry entry) {
        if (entry.pairId() != null) {
            return store.entry(entry.pairId(), actor.jurisdiction());
        }
        if (entry.kind() == EntryKind.TRANSFER_OUT || entry.kind() == EntryKind.CARRY_OUT) {
            return store.pairedWith(entry.id(), actor.jurisdiction());
        }
        return java.util.Optional.empty();
    }

    private LedgerEntry post(Actor actor, EntryKind kind, Posting p, Long otherUnitId, Long pairId) {
        actor.require(Permission.FUNDING_EDIT);
        AdminUnit unit = units.writableUnit(actor, p.unitId());
        List<InvalidInput.Problem> problems = check(p, snapshot());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (kind == EntryKind.DISBURSEMENT
                || kind == EntryKind.TRANSFER_OUT
                || kind == EntryKind.CARRY_OUT
                || kind == EntryKind.COMMITMENT
                || kind == EntryKind.SETTLEMENT) {
            Balance b = store.lock(p.unitId(), p.year(), p.componentId(), p.source())
                    .orElse(Balance.zero(p.unitId(), p.year(), p.componentId(), p.source()));
            refuseOverdraft(kind, p.amount(), b, unit);
        }
        LedgerStore.Row row = new LedgerStore.Row(
                p.unitId(),
                p.year(),
                p.componentId(),
                p.contentId(),
                p.source(),
                kind,
                p.amount(),
                p.entryDate(),
                otherUnitId,
                pairId,
                p.projectId(),
                null,
                blankToNull(p.document()),
                null);
        return insert(actor, row, "amount");
    }

    private LedgerEntry insert(Actor actor, LedgerStore.Row row, String field) {
        long id;
        try {
            id = store.insert(row, clock.instant(), actor.username());
        } catch (DataIntegrityViolationException e) {
            throw InvalidInput.of(field, Message.of(refusal(e), Amounts.arg(row.amount())));
        }
        LedgerEntry entry = store.entry(id, actor.jurisdiction()).orElseThrow();
        AdminUnit unit = units.get(row.unitId());
        audit.change(actor, row.kind().name(), ENTITY, id, new AuditLog.UnitRef(unit.id(), unit.path()), null, entry);
        return entry;
    }

    /** The message code for a balance CHECK that refused an entry (a race the lock did not see, or a reversal). */
    static String refusal(DataIntegrityViolationException e) {
        String m = String.valueOf(e.getMostSpecificCause().getMessage());
        if (m.contains("funding_balance_no_overdraft")) {
            return "funding.overdraftRefused";
        }
        if (m.contains("funding_balance_commitment_covered")) {
            return "funding.overcommitRefused";
        }
        if (m.contains("funding_balance_settled_disbursed")) {
            return "funding.overSettledRefused";
        }
        return "funding.balanceRefused";
    }

    private static void refuseOverdraft(EntryKind kind, long amount, Balance b, AdminUnit unit) {
        switch (kind) {
            case DISBURSEMENT, TRANSFER_OUT, CARRY_OUT -> {
                if (amount > b.available()) {
                    throw InvalidInput.of(
                            "amount",
                            Message.of(
                                    "funding.overdraft",
                                    Amounts.arg(amount),
                                    Amounts.arg(b.available()),
                                    unit.fullName()));
                }
            }
            case COMMITMENT -> {
                if (amount > b.uncommitted()) {
                    throw InvalidInput.of(
                            "amount",
                            Message.of("funding.overcommit", Amounts.arg(amount), Amounts.arg(b.uncommitted())));
                }
            }
            case SETTLEMENT -> {
                if (b.settled() + amount > b.disbursed()) {
                    throw InvalidInput.of(
                            "amount",
                            Message.of(
                                    "funding.overSettled",
                                    Amounts.arg(amount),
                                    Amounts.arg(b.disbursed() - b.settled())));
                }
            }
            default -> {}
        }
    }

    /** The catalogue as one posting or a batch checks it: read once per call. */
    private record Snapshot(
            Map<Long, Component> components,
            java.util.Set<Long> parents,
            Map<Long, Program> programs,
            Map<Long, SupportContent> contents) {}

    private Snapshot snapshot() {
        Map<Long, Component> components = new java.util.HashMap<>();
        java.util.Set<Long> parents = new java.util.HashSet<>();
        for (Component c : catalogue.allComponents()) {
            components.put(c.id(), c);
            if (c.parentId() != null) {
                parents.add(c.parentId());
            }
        }
        Map<Long, Program> programs = new java.util.HashMap<>();
        catalogue.programs().forEach(p -> programs.put(p.id(), p));
        Map<Long, SupportContent> contents = new java.util.HashMap<>();
        catalogue.contents().forEach(c -> contents.put(c.id(), c));
        return new Snapshot(components, parents, programs, contents);
    }

    /** The catalogue rules of a posting: leaf sub-project, accepted source, validity, content. */
    private static List<InvalidInput.Problem> check(Posting p, Snapshot catalogue) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (p.amount() <= 0) {
            problems.add(InvalidInput.Problem.of("amount", "funding.amountZero"));
        }
        if (p.source() == null) {
            problems.add(InvalidInput.Problem.of("source", "funding.required"));
        }
        if (p.entryDate() == null) {
            problems.add(InvalidInput.Problem.of("entryDate", "funding.required"));
        }
        Component component = catalogue.components().get(p.componentId());
        if (component == null) {
            problems.add(InvalidInput.Problem.of("componentId", "funding.componentUnknown", p.componentId()));
            return problems;
        }
        if (catalogue.parents().contains(component.id())) {
            problems.add(InvalidInput.Problem.of("componentId", "funding.componentNotLeaf", component.name()));
        }
        Program program = catalogue.programs().get(component.programId());
        if (p.source() != null && !program.sources().contains(p.source())) {
            problems.add(InvalidInput.Problem.of("source", "funding.sourceNotAllowed", program.name()));
        }
        if (p.entryDate() != null && !program.openOn(p.entryDate())) {
            problems.add(InvalidInput.Problem.of(
                    "entryDate",
                    "funding.outsideProgram",
                    day(p.entryDate()),
                    program.name(),
                    day(program.validFrom()),
                    program.lastDay() == null ? "…" : day(program.lastDay())));
        }
        int lastYear = program.lastDay() == null ? 2200 : program.lastDay().getYear();
        if (p.year() < program.validFrom().getYear() || p.year() > lastYear) {
            problems.add(InvalidInput.Problem.of("year", "funding.yearOutsideProgram", p.year(), program.name()));
        }
        if (p.contentId() != null) {
            SupportContent content = catalogue.contents().get(p.contentId());
            if (content == null) {
                problems.add(InvalidInput.Problem.of("contentId", "funding.contentUnknown", p.contentId()));
            } else if (content.componentId() == null || content.componentId() != component.id()) {
                problems.add(InvalidInput.Problem.of(
                        "contentId", "funding.contentNotInComponent", content.name(), component.name()));
            } else if (p.entryDate() != null && !content.validOn(p.entryDate())) {
                problems.add(InvalidInput.Problem.of(
                        "entryDate", "funding.contentNotValid", content.name(), day(p.entryDate())));
            }
        }
        return problems;
    }

    /**
     * Posts many entries in one transaction (a year's allocations of a province, an import): every
     * line checked as a single posting is, every problem reported with its line, nothing stored when
     * one is wrong. Balances are kept by the same trigger; the overdraft rule is the database's CHECK,
     * so a batch that overdraws is refused whole. Transfers and carry-overs (pairs) go one by one.
     */
    @Transactional
    public int postAll(Actor actor, List<EntryKind> kinds, List<Posting> postings) {
        actor.require(Permission.FUNDING_EDIT);
        Snapshot catalogue = snapshot();
        Map<Long, AdminUnit> writable = new java.util.HashMap<>();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        List<LedgerStore.Row> rows = new ArrayList<>(postings.size());
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            EntryKind kind = kinds.get(i);
            int line = i + 1;
            if (!BATCH_KINDS.contains(kind)) {
                problems.add(InvalidInput.Problem.of("kind", "funding.entryKind", kind)
                        .at(line, ""));
                continue;
            }
            writable.computeIfAbsent(p.unitId(), id -> units.writableUnit(actor, id));
            check(p, catalogue).forEach(x -> problems.add(x.at(line, "")));
            rows.add(new LedgerStore.Row(
                    p.unitId(),
                    p.year(),
                    p.componentId(),
                    p.contentId(),
                    p.source(),
                    kind,
                    p.amount(),
                    p.entryDate(),
                    null,
                    null,
                    p.projectId(),
                    null,
                    blankToNull(p.document()),
                    null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            store.insertAll(rows, clock.instant(), actor.username());
        } catch (DataIntegrityViolationException e) {
            throw InvalidInput.of(InvalidInput.Problem.of("amount", refusal(e), Amounts.arg(0))
                    .at(LedgerStore.failedLine(e), ""));
        }
        long sum = rows.stream().mapToLong(LedgerStore.Row::amount).sum();
        audit.change(actor, "BATCH", ENTITY, null, null, null, Map.of("entries", rows.size(), "amount", sum));
        return rows.size();
    }

    private static final java.util.Set<EntryKind> BATCH_KINDS = java.util.EnumSet.of(
            EntryKind.ALLOCATION, EntryKind.COMMITMENT, EntryKind.DISBURSEMENT, EntryKind.SETTLEMENT);

    /** The balances of a unit and year by sub-project and source: now, or as they were on {@code asOf}. */
    public List<Balance> balances(Actor actor, long unitId, int year, LocalDate asOf) {
        readableUnit(actor, unitId);
        return asOf == null
                ? store.balances(unitId, year, actor.jurisdiction())
                : store.balancesAsOf(unitId, year, asOf, actor.jurisdiction());
    }

    /** The latest entries of a unit and year, newest first. */
    public List<LedgerEntry> entries(Actor actor, long unitId, int year, int limit) {
        readableUnit(actor, unitId);
        return store.entries(unitId, year, actor.jurisdiction(), Math.max(1, Math.min(limit, 1000)));
    }

    public List<LedgerEntry> projectEntries(Actor actor, long projectId) {
        return store.projectEntries(projectId, actor.jurisdiction());
    }

    public LedgerEntry entry(Actor actor, long id) {
        actor.require(Permission.FUNDING_READ);
        return store.entry(id, actor.jurisdiction())
                .orElseThrow(() -> store.exists(id) ? new OutsideJurisdiction(ENTITY, id) : new NotFound(ENTITY, id));
    }

    /**
     * The subtree of a unit for a year: per child (and the unit's own rows under its own id), the
     * balances by sub-project and source, summed over everything below it.
     */
    public Map<Long, List<Balance>> subtree(Actor actor, long unitId, int year) {
        return subtree(actor, unitId, year, null);
    }

    /** The same, from the entries dated up to {@code asOf} (null: the balances now). */
    public Map<Long, List<Balance>> subtree(Actor actor, long unitId, int year, LocalDate asOf) {
        AdminUnit unit = readableUnit(actor, unitId);
        return asOf == null
                ? store.subtree(unit.id(), unit.path(), year, actor.jurisdiction())
                : store.subtreeAsOf(unit.id(), unit.path(), year, asOf, actor.jurisdiction());
    }

    /** Balance rows that differ from the sums of their entries; empty when the ledger is consistent. */
    public List<String> inconsistencies() {
        return store.mismatches();
    }

    AdminUnit readableUnit(Actor actor, long unitId) {
        actor.require(Permission.FUNDING_READ);
        AdminUnit unit = units.get(unitId);
        if (!actor.jurisdiction().covers(unit.path())) {
            throw new OutsideJurisdiction("AdminUnit", unitId);
        }
        return unit;
    }

    private LedgerEntry writableEntry(Actor actor, long id) {
        LedgerEntry e = entry(actor, id);
        units.writableUnit(actor, e.unitId());
        return e;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String day(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
