package vn.giamngheo.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * Policy credit as the pages, the API, the demo and other modules use it. Reading loans needs
 * HOUSEHOLD_READ and reads only households in the reader's jurisdiction (each read audited once);
 * entering, importing and changing them needs FUNDING_EDIT. Every write checks the loan rules
 * against the configured terms; a file with any bad line stores nothing.
 */
@Service
public class Loans {
    static final String ENTITY = "Loan";
    private final LoanStore store;
    private final ConfiguredTerms terms;
    private final AdminUnits units;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    Loans(
            LoanStore store,
            ConfiguredTerms terms,
            AdminUnits units,
            AuditLog audit,
            MessageSource messages,
            Clock clock) {
        this.store = store;
        this.terms = terms;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    /** The terms of a program on a day, as configured in the catalogue (unset parts: not configured). */
    public LoanTerms terms(LoanProgram program, LocalDate day) {
        return terms.on(program, day);
    }

    /** The loans of a unit's households (all in reach when {@code unitId} is null), past due first. */
    public List<Loan> list(Actor reader, Long unitId, LoanStatus status, boolean pastDueOnly, int limit) {
        reader.require(Permission.HOUSEHOLD_READ);
        AdminUnit unit = unitId == null ? null : units.get(unitId);
        List<Loan> out = store.list(
                reader.jurisdiction(),
                new LoanStore.Filter(
                        unit == null ? null : unit.path(),
                        null,
                        status,
                        pastDueOnly,
                        Math.max(1, Math.min(limit, 5000))),
                today());
        audit.read(
                reader,
                ENTITY,
                null,
                unit == null ? null : new AuditLog.UnitRef(unit.id(), unit.path()),
                "loans" + (status == null ? "" : " status=" + status) + (pastDueOnly ? " pastDue" : ""));
        return out;
    }

    /** A household's loans, newest first of those past due; empty when it is outside the reader's reach. */
    public List<Loan> ofHousehold(Actor reader, long householdId) {
        reader.require(Permission.HOUSEHOLD_READ);
        List<Loan> out =
                store.list(reader.jurisdiction(), new LoanStore.Filter(null, householdId, null, false, 500), today());
        if (!out.isEmpty()) {
            audit.read(reader, ENTITY, null, null, "loans of household " + householdId);
        }
        return out;
    }

    public Loan get(Actor reader, long id) {
        reader.require(Permission.HOUSEHOLD_READ);
        Loan loan = store.get(reader.jurisdiction(), id, today()).orElseThrow(() -> refusal(id));
        audit.read(reader, ENTITY, id, null, "loan");
        return loan;
    }

    public List<LoanEvent> history(Actor reader, long id) {
        reader.require(Permission.HOUSEHOLD_READ);
        if (store.get(reader.jurisdiction(), id, today()).isEmpty()) {
            throw refusal(id);
        }
        return store.history(reader.jurisdiction(), id);
    }

    private RuntimeException refusal(long id) {
        return store.exists(id) ? new OutsideJurisdiction(ENTITY, id) : new NotFound(ENTITY, id);
    }

    /** Enters one loan for a household in reach; the household is named by its code. */
    @Transactional
    public Loan create(Actor actor, LoanDraft draft, String origin) {
        actor.require(Permission.FUNDING_EDIT);
        if (draft.householdCode() == null || draft.householdCode().isBlank()) {
            throw InvalidInput.of("householdCode", Message.of("credit.required"));
        }
        Map<String, LoanStore.HouseholdRef> found =
                store.households(actor.jurisdiction(), List.of(draft.householdCode()));
        LoanStore.HouseholdRef h = found.get(draft.householdCode());
        if (h == null) {
            throw InvalidInput.of("householdCode", householdMissing(actor, draft.householdCode()));
        }
        List<Problem> problems =
                new ArrayList<>(LoanRules.check(draft, terms(draft.program(), draft.disbursedOn()), today()));
        if (draft.contractNo() != null
                && !draft.contractNo().isBlank()
                && store.byContract(List.of(draft.contractNo().trim()))
                        .containsKey(draft.contractNo().trim())) {
            problems.add(Problem.of(
                    "contractNo", "credit.contractTaken", draft.contractNo().trim()));
        }
        if (h.communeId() == null) {
            problems.add(Problem.of("householdCode", "credit.noCommune", draft.householdCode()));
        }
        if (draft.program() != null && draft.disbursedOn() != null) {
            problems.addAll(
                    eligibility(draft, h, facts(List.of(h), List.of(draft))).refusals());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = store.insert(draft, h, h.communeId(), origin, actor.username(), clock.instant());
        audit.change(actor, "CREATE", ENTITY, id, new AuditLog.UnitRef(h.unitId(), h.path()), null, draft);
        return store.get(actor.jurisdiction(), id, today()).orElseThrow();
    }

    /** The class facts of these households for the list years the drafts' disbursements need. */
    private LoanStore.ClassFacts facts(Collection<LoanStore.HouseholdRef> households, Collection<LoanDraft> drafts) {
        Set<Integer> years = new HashSet<>();
        drafts.stream().filter(d -> d.disbursedOn() != null).forEach(d -> {
            for (int y = d.disbursedOn().getYear() - LoanEligibility.ESCAPED_YEARS;
                    y <= d.disbursedOn().getYear();
                    y++) {
                years.add(y);
            }
        });
        return store.classFacts(
                households.stream().map(LoanStore.HouseholdRef::id).toList(),
                households.stream()
                        .map(LoanStore.HouseholdRef::communeId)
                        .filter(Objects::nonNull)
                        .toList(),
                years);
    }

    private static LoanEligibility.Result eligibility(
            LoanDraft d, LoanStore.HouseholdRef h, LoanStore.ClassFacts facts) {
        int year = d.disbursedOn().getYear();
        return LoanEligibility.check(
                d.program(),
                year,
                facts.of(h.id()),
                facts.listsInForce(h.communeId(), year),
                facts.ethnic().contains(h.id()));
    }

    /**
     * The program check of a stored loan against the household's class on the lists in force in
     * its disbursement year: refusals it would meet if entered now, and warnings, both to show.
     */
    public List<Problem> programWarnings(Actor reader, Loan loan) {
        LoanStore.HouseholdRef h = store.households(reader.jurisdiction(), List.of(loan.householdCode()))
                .get(loan.householdCode());
        if (h == null) {
            return List.of();
        }
        LoanDraft d = new LoanDraft(
                loan.householdCode(),
                loan.contractNo(),
                loan.program(),
                loan.amount(),
                loan.purpose(),
                loan.termMonths(),
                loan.rate(),
                loan.entruster(),
                loan.savingsGroup(),
                loan.disbursedOn(),
                loan.status(),
                loan.statusOn(),
                loan.outstanding());
        LoanEligibility.Result r = eligibility(d, h, facts(List.of(h), List.of(d)));
        List<Problem> out = new ArrayList<>(r.refusals());
        out.addAll(r.warnings());
        return out;
    }

    private Message householdMissing(Actor actor, String code) {
        if (store.knownCodes(List.of(code)).isEmpty()) {
            return Message.of("credit.householdUnknown", code);
        }
        audit.denied(actor.username(), "Household", code, "loan for a household outside the jurisdiction");
        return Message.of("credit.householdOutside", code);
    }

    /** A new status of a stored loan (the bank's list), from the version the writer read; 409 if changed since. */
    public record StatusChange(LoanStatus status, LocalDate statusOn, Long outstanding, String note) {}

    @Transactional
    public Loan changeStatus(Actor actor, long id, StatusChange change, int expectedVersion) {
        actor.require(Permission.FUNDING_EDIT);
        Loan loan = store.get(actor.jurisdiction(), id, today()).orElseThrow(() -> refusal(id));
        List<Problem> problems = new ArrayList<>();
        if (change.status() == null) {
            problems.add(Problem.of("status", "credit.required"));
        }
        if (change.statusOn() == null) {
            problems.add(Problem.of("statusOn", "credit.required"));
        }
        if (change.note() != null && change.note().length() > 500) {
            problems.add(Problem.of("note", "credit.tooLong", 500));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long owed = change.outstanding() != null
                ? change.outstanding()
                : change.status() == LoanStatus.REPAID ? 0 : loan.outstanding();
        problems.addAll(LoanRules.change(
                loan.status(),
                loan.statusOn(),
                change.status(),
                change.statusOn(),
                owed,
                loan.amount(),
                loan.disbursedOn(),
                today()));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (loan.version() != expectedVersion
                || !store.changeStatus(
                        id,
                        expectedVersion,
                        change.status(),
                        change.statusOn(),
                        owed,
                        blank(change.note()),
                        "PAGE",
                        actor.username(),
                        clock.instant())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        audit.change(
                actor,
                "UPDATE",
                ENTITY,
                id,
                null,
                Map.of("status", loan.status(), "outstanding", loan.outstanding()),
                Map.of("status", change.status(), "outstanding", owed));
        return store.get(actor.jurisdiction(), id, today()).orElseThrow();
    }

    @Transactional
    public void voidLoan(Actor actor, long id, String reason, int expectedVersion) {
        actor.require(Permission.FUNDING_EDIT);
        Loan loan = store.get(actor.jurisdiction(), id, today()).orElseThrow(() -> refusal(id));
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Message.of("credit.required"));
        }
        if (reason.length() > 500) {
            throw InvalidInput.of("reason", Message.of("credit.tooLong", 500));
        }
        if (loan.version() != expectedVersion
                || !store.voidLoan(id, expectedVersion, reason.strip(), actor.username(), clock.instant())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        audit.change(actor, "VOID", ENTITY, id, null, null, Map.of("reason", reason.strip()));
    }

    /**
     * What an import did or, on a dry run, would do: loans created, loans whose status it changed,
     * loans it found as they were; {@code problems} only on a dry run (a real run with problems is
     * refused whole).
     */
    public record ImportReport(
            boolean dryRun,
            int lines,
            int created,
            int updated,
            int unchanged,
            List<Problem> problems,
            List<Problem> alreadyStored,
            List<Problem> warnings) {}

    /**
     * Imports the bank's export for a commune: households named by code must live in it. A line whose
     * contract number is already stored updates that loan's status when it changed. Any bad line and
     * nothing is stored; a dry run only reports.
     */
    @Transactional
    public ImportReport importFile(Actor actor, long communeId, String filename, byte[] content, boolean dryRun) {
        actor.require(Permission.FUNDING_EDIT);
        AdminUnit commune = units.writableUnit(actor, communeId);
        if (!commune.level().equals("COMMUNE")) {
            throw InvalidInput.of("unitId", Message.of("credit.notCommune", commune.fullName()));
        }
        // two imports for one commune queue here: the second reads what the first stored and reports
        // those lines as already stored, instead of both inserting the same contracts
        store.lockImports(commune.id());
        List<LoanRows.Parsed> rows = LoanRows.read(LoanFile.read(filename, content), this::words);
        List<Problem> problems = new ArrayList<>();
        rows.forEach(r -> problems.addAll(r.problems()));
        Set<String> codes = new LinkedHashSet<>();
        Set<String> contracts = new LinkedHashSet<>();
        Map<String, Integer> firstLineOfContract = new HashMap<>();
        for (LoanRows.Parsed r : rows) {
            if (r.draft() == null) {
                continue;
            }
            codes.add(r.draft().householdCode());
            String no = r.draft().contractNo();
            if (no != null) {
                Integer first = firstLineOfContract.putIfAbsent(no, r.line());
                if (first != null) {
                    problems.add(Problem.of("contractNo", "credit.contractTwice", no, first)
                            .at(r.line(), r.householdCode()));
                }
                contracts.add(no);
            }
        }
        Map<String, LoanStore.HouseholdRef> households = store.households(actor.jurisdiction(), codes);
        Set<String> known = store.knownCodes(codes);
        Map<String, LoanStore.Stored> stored = store.byContract(contracts);
        ConfiguredTerms.Book book = terms.book();
        LoanStore.ClassFacts facts = facts(
                households.values(),
                rows.stream()
                        .map(LoanRows.Parsed::draft)
                        .filter(Objects::nonNull)
                        .toList());
        List<Problem> alreadyStored = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        LocalDate today = today();
        List<Runnable> writes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> outside = new HashSet<>();
        for (LoanRows.Parsed r : rows) {
            LoanDraft d = r.draft();
            if (d == null) {
                continue;
            }
            List<Problem> found = new ArrayList<>();
            LoanStore.HouseholdRef h = households.get(d.householdCode());
            if (h == null) {
                if (known.contains(d.householdCode())) {
                    outside.add(d.householdCode());
                    found.add(Problem.of("householdCode", "credit.householdOutside", d.householdCode()));
                } else {
                    found.add(Problem.of("householdCode", "credit.householdUnknown", d.householdCode()));
                }
            } else if (!h.path().startsWith(commune.path())) {
                found.add(Problem.of(
                        "householdCode", "credit.householdNotInCommune", d.householdCode(), commune.fullName()));
            }
            LoanStore.Stored before = d.contractNo() == null ? null : stored.get(d.contractNo());
            if (before != null) {
                if (h != null && before.householdId() != h.id()) {
                    found.add(Problem.of("contractNo", "credit.contractOtherHousehold", d.contractNo()));
                } else if (before.amount() != d.amount()
                        || !before.disbursedOn().equals(d.disbursedOn())) {
                    found.add(Problem.of("contractNo", "credit.contractDiffers", d.contractNo()));
                } else if (before.status() == d.status()
                        && before.statusOn().equals(d.statusOn())
                        && before.outstanding() == d.outstanding()) {
                    if (found.isEmpty()) {
                        unchanged++;
                        alreadyStored.add(Problem.of("contractNo", "credit.alreadyStored", d.contractNo())
                                .at(r.line(), r.householdCode()));
                    }
                } else {
                    found.addAll(LoanRules.change(
                            before.status(),
                            before.statusOn(),
                            d.status(),
                            d.statusOn(),
                            d.outstanding(),
                            before.amount(),
                            before.disbursedOn(),
                            today));
                    if (found.isEmpty()) {
                        updated++;
                        writes.add(() -> update(actor, before, d));
                    }
                }
            } else {
                found.addAll(LoanRules.check(d, book.on(d.program(), d.disbursedOn()), today));
                if (h != null && d.program() != null && d.disbursedOn() != null) {
                    LoanEligibility.Result e = eligibility(d, h, facts);
                    found.addAll(e.refusals());
                    e.warnings().forEach(w -> warnings.add(w.at(r.line(), r.householdCode())));
                }
                if (found.isEmpty() && h != null) {
                    created++;
                    LoanStore.HouseholdRef home = h;
                    int line = r.line();
                    writes.add(() -> insert(actor, d, home, commune.id(), line));
                }
            }
            found.forEach(p -> problems.add(p.at(r.line(), r.householdCode())));
        }
        if (!outside.isEmpty()) {
            audit.denied(
                    actor.username(),
                    "Household",
                    String.join(",", outside),
                    "loan import naming households outside the jurisdiction");
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        if (dryRun) {
            return new ImportReport(true, rows.size(), created, updated, unchanged, problems, alreadyStored, warnings);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        writes.forEach(Runnable::run);
        audit.change(
                actor,
                "IMPORT",
                ENTITY,
                null,
                new AuditLog.UnitRef(commune.id(), commune.path()),
                null,
                Map.of("file", Objects.toString(filename, ""), "created", created, "updated", updated));
        return new ImportReport(false, rows.size(), created, updated, unchanged, List.of(), alreadyStored, warnings);
    }

    private void insert(Actor actor, LoanDraft d, LoanStore.HouseholdRef h, long communeId, int line) {
        long id;
        try {
            id = store.insert(d, h, communeId, "IMPORT", actor.username(), clock.instant());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // stored meanwhile by a writer this import did not queue behind (a page, another commune's
            // file): the whole import is refused, nothing of it stays
            throw InvalidInput.of(Problem.of("contractNo", "credit.contractStoredMeanwhile", d.contractNo())
                    .at(line, d.householdCode()));
        }
        audit.change(actor, "CREATE", ENTITY, id, new AuditLog.UnitRef(h.unitId(), h.path()), null, d);
    }

    private void update(Actor actor, LoanStore.Stored before, LoanDraft d) {
        if (!store.changeStatus(
                before.id(),
                before.version(),
                d.status(),
                d.statusOn(),
                d.outstanding(),
                null,
                "IMPORT",
                actor.username(),
                clock.instant())) {
            throw new ConcurrentEdit(ENTITY, before.id());
        }
        audit.change(
                actor,
                "UPDATE",
                ENTITY,
                before.id(),
                null,
                Map.of("status", before.status(), "outstanding", before.outstanding()),
                Map.of("status", d.status(), "outstanding", d.outstanding()));
    }

    /** The Vietnamese names a program, organisation or status may be written with in a file. */
    String words(Enum<?> value) {
        String prefix = value instanceof LoanProgram
                ? "credit.program."
                : value instanceof Entruster ? "credit.entruster." : "credit.status.";
        Locale vi = Locale.forLanguageTag("vi");
        String name = messages.getMessage(prefix + value.name(), null, "", vi);
        String also = messages.getMessage(prefix + value.name() + ".also", null, "", vi);
        return name + "|" + also;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
