package vn.giamngheo.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
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
import vn.giamngheo.funding.Projects;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;

/**
 * Grants of support to households and persons (decisions 1401–1404). A grant is proposed (checked
 * against the content's eligibility and norm), approved by a decision (a ledger commitment), paid
 * in tranches (ledger disbursements) and settled; or refused / cancelled with a reason. No double
 * support is the database's exclusion constraint: an approval that would give a beneficiary a second
 * live grant of the same content group for an overlapping period fails there, however many approve
 * at once, and the refusal names the grant that holds the content and offers the rule's choice:
 * keep it (refuse the new one) or replace it with the higher one (cancel it, reverse its ledger
 * entries and approve the new one, in one transaction).
 */
@Service
public class SupportGrants {
    static final String ENTITY = "SupportGrant";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final GrantStore store;
    private final Catalogue catalogue;
    private final Ledger ledger;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate savepoint;
    private final ParticipantStore participants;
    private final Projects projects;
    private final AreaDesignations areas;

    SupportGrants(
            GrantStore store,
            AreaDesignations areas,
            Catalogue catalogue,
            Ledger ledger,
            AdminUnits units,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactions,
            ParticipantStore participants,
            Projects projects) {
        this.participants = participants;
        this.projects = projects;
        this.store = store;
        this.areas = areas;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    // ---- reads

    public SupportGrant get(Actor actor, long id) {
        actor.require(Permission.HOUSEHOLD_READ);
        SupportGrant g = find(actor, id, false);
        audit.read(actor, ENTITY, id, null, null);
        return g;
    }

    public List<SupportGrant.Payment> payments(Actor actor, long id) {
        find(actor, id, false);
        return store.payments(id);
    }

    /** A household's support history, newest first. */
    public List<SupportGrant> ofHousehold(Actor actor, long householdId) {
        actor.require(Permission.HOUSEHOLD_READ);
        List<SupportGrant> out = store.ofHousehold(actor.jurisdiction(), householdId, names());
        audit.read(actor, ENTITY, null, null, "household=" + householdId);
        return out;
    }

    /** The grants of households in a unit's subtree, optionally of one content or state (a content's beneficiaries). */
    public List<SupportGrant> inUnit(
            Actor actor, long unitId, Long contentId, GrantState state, Long listId, int limit) {
        actor.require(Permission.HOUSEHOLD_READ);
        AdminUnit unit = units.get(unitId);
        if (!actor.jurisdiction().covers(unit.path())) {
            throw new OutsideJurisdiction("AdminUnit", unitId);
        }
        List<SupportGrant> out = store.inUnit(
                actor.jurisdiction(),
                unit.path(),
                contentId,
                state,
                listId,
                Math.max(1, Math.min(limit, 5000)),
                names());
        audit.read(
                actor,
                ENTITY,
                null,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                "content=" + contentId + " state=" + state + " list=" + listId);
        return out;
    }

    /**
     * The grants of an entitlement list in the reader's reach, wherever their households live now
     * (a list made before a reorganisation keeps its grants); audited as a read at the list's unit.
     */
    public List<SupportGrant> ofList(Actor actor, long listId, AdminUnit listUnit, int limit) {
        actor.require(Permission.HOUSEHOLD_READ);
        List<SupportGrant> out = store.inUnit(
                actor.jurisdiction(), "/", null, null, listId, Math.max(1, Math.min(limit, 5000)), names());
        audit.read(actor, ENTITY, null, new AuditLog.UnitRef(listUnit.id(), listUnit.path()), "list=" + listId);
        return out;
    }

    /** The live grants that hold the same content for the same beneficiary and period as a grant. */
    public List<SupportGrant> conflicts(Actor actor, long id) {
        SupportGrant g = find(actor, id, false);
        return conflictsOf(actor, g);
    }

    private List<SupportGrant> conflictsOf(Actor actor, SupportGrant g) {
        int who = g.perPerson() ? g.memberOrd() : -1;
        LocalDate end = g.until() == null ? null : g.until().plusDays(1);
        return store.conflicts(g.householdId(), who, g.groupId(), g.from(), end, g.id()).stream()
                .map(c -> find(actor, c, false))
                .toList();
    }

    /**
     * A live grant whose household no longer qualifies now: to review, not cancelled. {@code reasons}:
     * each condition of the content's rule it fails today (the class on the lists in force, the area).
     */
    public record Recheck(SupportGrant grant, String classNow, int year, List<InvalidInput.Problem> reasons) {}

    /**
     * The compliance re-check after a recognition: approved or paid grants of the unit's subtree
     * whose period runs on past today (once-in-a-lifetime support is judged when granted) and whose
     * household no longer meets the content's rule: its class on the lists in force this year, or,
     * for an area-bound content, a designation of the area in force today (or on the period's first
     * day when it starts later) covering its unit. The official decides each one (cancel with a
     * reason, or keep to the end of its period).
     */
    public List<Recheck> recheck(Actor actor, long unitId) {
        LocalDate today = LocalDate.now(clock);
        List<SupportGrant> live = new ArrayList<>();
        live.addAll(inUnit(actor, unitId, null, GrantState.APPROVED, null, 5000));
        live.addAll(inUnit(actor, unitId, null, GrantState.PAID, null, 5000));
        live.removeIf(g -> g.periodKind() == PeriodKind.ONCE
                || g.until() == null
                || g.until().isBefore(today));
        if (live.isEmpty()) {
            return List.of();
        }
        Map<Long, Beneficiary> households = store.beneficiaries(
                actor.jurisdiction(),
                live.stream().map(SupportGrant::householdId).distinct().toList());
        Classes classes = new Classes(store, List.copyOf(households.values()), List.of(today));
        CatalogueReads reads = reads();
        // the designations are read once, and only when a rule is bound to an area
        List<AreaDesignation> designations = reads.rules().stream()
                        .anyMatch(x -> !x.areas().isEmpty())
                ? areas.covering(
                        households.values().stream().map(Beneficiary::unitPath).toList())
                : List.of();
        int year = today.getYear();
        List<Recheck> out = new ArrayList<>();
        for (SupportGrant g : live) {
            ContentRule rule = reads.rule(g.contentId()).orElse(null);
            Beneficiary b = households.get(g.householdId());
            if (rule == null || b == null) {
                continue;
            }
            String now = classes.of(b.householdId(), year);
            LocalDate day = g.from().isAfter(today) ? g.from() : today;
            Eligibility.Facts facts = new Eligibility.Facts(
                    now,
                    classes.monthsSinceListed(b.householdId(), year),
                    b.ethnicMinority(),
                    null,
                    year,
                    day,
                    designations.stream().filter(d -> d.covers(b.unitPath())).toList());
            List<InvalidInput.Problem> reasons = new ArrayList<>();
            if (!Eligibility.classQualifies(rule, facts)) {
                reasons.add(InvalidInput.Problem.of(
                        "householdId",
                        "support.recheckClass",
                        Message.of(
                                "POOR".equals(now) || "NEAR_POOR".equals(now)
                                        ? "support.class." + now
                                        : "support.class.NONE"),
                        year));
            }
            reasons.addAll(Eligibility.areaProblems(rule, g.contentName(), facts));
            if (!reasons.isEmpty()) {
                out.add(new Recheck(g, now, year, reasons));
            }
        }
        return out;
    }

    /** The households on a commune's current lists, for a batch from the list (audited as a read). */
    public List<ListedHousehold> listed(Actor actor, long communeId) {
        actor.require(Permission.HOUSEHOLD_READ);
        AdminUnit unit = units.get(communeId);
        if (!actor.jurisdiction().covers(unit.path())) {
            throw new OutsideJurisdiction("AdminUnit", communeId);
        }
        List<ListedHousehold> out = store.listed(actor.jurisdiction(), communeId);
        audit.read(actor, "SupportList", communeId, new AuditLog.UnitRef(unit.id(), unit.path()), "current lists");
        return out;
    }

    /**
     * The proposals of a batch from the list: one per chosen household, or one per member of each
     * chosen household when the content is given per person; the same content, source, period and
     * amount for every row.
     */
    public List<NewGrant> rowsFor(
            Actor actor,
            List<Long> householdIds,
            long contentId,
            String source,
            LocalDate from,
            LocalDate until,
            Long amount) {
        ContentRule rule = store.rule(contentId).orElse(null);
        List<NewGrant> rows = new ArrayList<>();
        if (rule == null || !rule.perPerson()) {
            householdIds.forEach(h ->
                    rows.add(new NewGrant(h, null, null, null, contentId, source, null, from, until, amount, null)));
            return rows;
        }
        Map<Long, Beneficiary> found = store.beneficiaries(actor.jurisdiction(), householdIds);
        for (Long h : householdIds) {
            Beneficiary b = found.get(h);
            if (b == null) {
                rows.add(new NewGrant(h, null, null, null, contentId, source, null, from, until, amount, null));
                continue;
            }
            b.members()
                    .forEach(m -> rows.add(
                            new NewGrant(h, null, m.ord(), null, contentId, source, null, from, until, amount, null)));
        }
        return rows;
    }

    /**
     * The payment list of a unit's live grants of one content (under one decision, if given). The
     * public copy masks ID numbers to their last four digits. Reading it is an audited export.
     */
    public PaymentList paymentList(Actor actor, long unitId, long contentId, String decision, boolean publicCopy) {
        actor.require(Permission.HOUSEHOLD_READ);
        AdminUnit unit = units.get(unitId);
        if (!actor.jurisdiction().covers(unit.path())) {
            throw new OutsideJurisdiction("AdminUnit", unitId);
        }
        SupportContent content = catalogue.content(contentId);
        List<GrantStore.PaymentRow> rows =
                store.paymentRows(actor.jurisdiction(), unit.path(), contentId, decision, names());
        List<PaymentList.Row> out = new ArrayList<>();
        for (GrantStore.PaymentRow r : rows) {
            SupportGrant g = r.grant();
            String items = g.items().stream()
                    .map(i -> i.item() + " "
                            + (i.quantity() == null ? "" : i.quantity().toPlainString()) + " "
                            + (i.unit() == null ? "" : i.unit()) + " "
                            + (i.specification() == null ? "" : i.specification()))
                    .map(String::strip)
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("");
            out.add(new PaymentList.Row(
                    out.size() + 1,
                    g.householdCode(),
                    r.representative(),
                    publicCopy ? PaymentList.masked(r.citizenId()) : r.citizenId() == null ? "" : r.citizenId(),
                    r.address(),
                    g.beneficiaryName(),
                    items,
                    g.amount()));
        }
        audit.read(
                actor,
                "PaymentList",
                contentId,
                new AuditLog.UnitRef(unit.id(), unit.path()),
                (publicCopy ? "public " : "") + "decision=" + decision);
        String program = catalogue
                .program(catalogue.component(content.componentId()).programId())
                .name();
        return new PaymentList(
                unit.fullName(), content.name(), program, decision, LocalDate.now(clock), publicCopy, out);
    }

    public List<ContentRule> rules() {
        return store.rules();
    }

    public Optional<ContentRule> rule(long contentId) {
        return store.rule(contentId);
    }

    // ---- proposals

    /** The result of a batch: the grants checked (and stored unless a dry run). */
    public record Batch(boolean dryRun, List<Checked> rows) {}

    /** A proposal that passed every check: what would be (or was) stored. */
    public record Checked(int line, Long id, GrantStore.Insert grant, String householdCode, String beneficiaryName) {}

    @Transactional
    public SupportGrant propose(Actor actor, NewGrant g) {
        Batch b = proposeAll(actor, List.of(g), false);
        Checked c = b.rows().get(0);
        return find(actor, c.id(), false);
    }

    /**
     * Proposes many grants at once (a list from the commune, an import): every row checked with its
     * line; a row refused stores nothing of the batch; a dry run checks and stores nothing. A batch
     * may not give one beneficiary the same content twice for overlapping periods, nor anything a
     * live grant already holds.
     */
    @Transactional
    public Batch proposeAll(Actor actor, List<NewGrant> rows, boolean dryRun) {
        actor.require(Permission.FUNDING_EDIT);
        if (rows == null || rows.isEmpty() || rows.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInput.of("rows", Message.of("support.required"));
        }
        List<InvalidInput.Problem> underProject = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).projectId() != null) {
                underProject.add(InvalidInput.Problem.of("projectId", "support.projectGrantViaParticipants")
                        .at(i + 1, "#" + rows.get(i).projectId()));
            }
        }
        if (!underProject.isEmpty()) {
            throw new InvalidInput(underProject);
        }
        return proposeChecked(actor, rows, dryRun);
    }

    /** Checks and stores proposals, including grants under a project (the participants' path). */
    Batch proposeChecked(Actor actor, List<NewGrant> rows, boolean dryRun) {
        Prepared p = prepare(actor, rows, null);
        if (!p.problems().isEmpty()) {
            throw new InvalidInput(p.problems());
        }
        if (dryRun) {
            return new Batch(true, p.checked());
        }
        List<Checked> stored = new ArrayList<>();
        for (Checked c : p.checked()) {
            long id = store.insert(c.grant(), GrantState.PROPOSED, null, null, clock.instant(), actor.username());
            stored.add(new Checked(c.line(), id, c.grant(), c.householdCode(), c.beneficiaryName()));
        }
        audit.change(
                actor,
                "PROPOSE",
                ENTITY,
                stored.size() == 1 ? stored.get(0).id() : null,
                null,
                null,
                Map.of("grants", stored.size()));
        return new Batch(false, stored);
    }

    record Prepared(List<Checked> checked, List<InvalidInput.Problem> problems) {}

    /** Checks proposals: the household, member, content, period, amount, norm and eligibility. */
    Prepared prepare(Actor actor, List<NewGrant> rows, Long listId) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        List<Long> ids = rows.stream()
                .map(NewGrant::householdId)
                .filter(x -> x != null)
                .distinct()
                .toList();
        List<String> codes = rows.stream()
                .filter(r -> r.householdId() == null && r.householdCode() != null)
                .map(r -> r.householdCode().strip())
                .distinct()
                .toList();
        Map<Long, Beneficiary> byId = ids.isEmpty() ? Map.of() : store.beneficiaries(actor.jurisdiction(), ids);
        Map<String, Beneficiary> byCode =
                codes.isEmpty() ? Map.of() : store.beneficiariesByCode(actor.jurisdiction(), codes);
        CatalogueReads reads = reads();
        Map<Long, SupportContent> contents = reads.contents();
        Norms norms = reads.norms();
        List<Beneficiary> found = new ArrayList<>(byId.values());
        found.addAll(byCode.values());
        Classes classes = new Classes(
                store,
                found,
                rows.stream().map(NewGrant::from).filter(d -> d != null).toList());
        // the area designations are read once per batch, and only when a rule is bound to an area
        List<AreaDesignation> designations = reads.rules().stream()
                        .anyMatch(x -> !x.areas().isEmpty())
                ? areas.covering(found.stream().map(Beneficiary::unitPath).toList())
                : List.of();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int line = i + 1;
            NewGrant r = rows.get(i);
            String ref = r.householdCode() != null
                    ? r.householdCode()
                    : r.householdId() == null ? "" : "#" + r.householdId();
            List<InvalidInput.Problem> here = new ArrayList<>();
            Beneficiary b = r.householdId() != null
                    ? byId.get(r.householdId())
                    : r.householdCode() == null
                            ? null
                            : byCode.get(r.householdCode().strip());
            if (b == null) {
                here.add(InvalidInput.Problem.of("householdId", "support.householdUnknown", ref));
            } else if (b.voided()) {
                here.add(InvalidInput.Problem.of("householdId", "support.householdVoided", b.code()));
            }
            SupportContent content = r.contentId() == null ? null : contents.get(r.contentId());
            ContentRule rule = content == null ? null : reads.rule(content.id()).orElse(null);
            if (r.contentId() == null) {
                here.add(InvalidInput.Problem.of("contentId", "support.required"));
            } else if (content == null) {
                here.add(InvalidInput.Problem.of("contentId", "support.contentUnknown", r.contentId()));
            } else if (rule == null) {
                here.add(InvalidInput.Problem.of("contentId", "support.contentNoRule", content.name()));
            } else if (content.componentId() == null) {
                here.add(InvalidInput.Problem.of("contentId", "support.contentNoComponent", content.name()));
            }
            if (r.from() == null) {
                here.add(InvalidInput.Problem.of("from", "support.required"));
            } else if (content != null && !content.validOn(r.from())) {
                here.add(InvalidInput.Problem.of(
                        "from",
                        "support.contentNotValid",
                        content.name(),
                        r.from().format(DAY),
                        content.validFrom() == null ? "…" : content.validFrom().format(DAY),
                        content.validTo() == null ? "…" : content.validTo().format(DAY)));
            }
            FundingSource source = null;
            if (r.source() == null || r.source().isBlank()) {
                here.add(InvalidInput.Problem.of("source", "support.required"));
            } else {
                try {
                    source = FundingSource.valueOf(r.source().strip());
                } catch (IllegalArgumentException e) {
                    here.add(InvalidInput.Problem.of("source", "support.sourceUnknown", r.source()));
                }
            }
            if (r.amount() == null) {
                here.add(InvalidInput.Problem.of("amount", "support.amountRequired"));
            } else if (r.amount() <= 0) {
                here.add(InvalidInput.Problem.of("amount", "support.amountPositive", r.amount()));
            }
            if (b == null || rule == null || r.from() == null || content == null) {
                String early = ref;
                here.forEach(x -> problems.add(x.at(line, early)));
                continue;
            }
            PeriodKind kind = rule.periodKind();
            LocalDate from = kind.start(r.from());
            LocalDate end = kind.endAfter(from);
            if (kind == PeriodKind.RANGE) {
                if (r.until() == null) {
                    here.add(InvalidInput.Problem.of("until", "support.required"));
                } else if (r.until().isBefore(r.from())) {
                    here.add(InvalidInput.Problem.of(
                            "until",
                            "support.periodEnd",
                            r.until().format(DAY),
                            r.from().format(DAY)));
                } else {
                    end = r.until().plusDays(1);
                }
            }
            Beneficiary.Person member = null;
            if (r.memberOrd() != null
                    || (r.memberCitizenId() != null && !r.memberCitizenId().isBlank())) {
                member = r.memberOrd() != null
                        ? b.member(r.memberOrd()).orElse(null)
                        : b.members().stream()
                                .filter(m -> r.memberCitizenId().strip().equals(m.citizenId()))
                                .findFirst()
                                .orElse(null);
                if (member == null) {
                    here.add(InvalidInput.Problem.of(
                            "memberOrd",
                            "support.memberNotInHousehold",
                            r.memberOrd() != null ? "#" + (r.memberOrd() + 1) : r.memberCitizenId(),
                            b.code()));
                }
            }
            int year = from.getYear();
            String cls = classes.of(b.householdId(), year);
            if (member != null || rule.perPerson() == false || r.memberOrd() == null) {
                here.addAll(Eligibility.check(
                        rule,
                        content.name(),
                        new Eligibility.Facts(
                                cls,
                                classes.monthsSinceListed(b.householdId(), year),
                                b.ethnicMinority(),
                                member,
                                year,
                                from,
                                designations.stream()
                                        .filter(d -> d.covers(b.unitPath()))
                                        .toList())));
            }
            var program = reads.programOf(content);
            if (source != null && !program.sources().contains(source)) {
                here.add(InvalidInput.Problem.of("source", "support.sourceNotAllowed", program.name()));
            }
            Norms.Applied norm = norms.applied(content.id(), cls, b.unitPath(), from, end);
            if (r.amount() != null && norm.ceiling() != null && r.amount() > norm.ceiling()) {
                here.add(InvalidInput.Problem.of(
                        "amount",
                        "support.overNorm",
                        Amounts.arg(r.amount()),
                        Amounts.arg(norm.ceiling()),
                        norm.legalSource() == null ? "" : norm.legalSource()));
            }
            if (here.isEmpty()) {
                GrantStore.Insert ins = new GrantStore.Insert(
                        b.householdId(),
                        member == null ? null : member.ord(),
                        member == null ? null : member.name(),
                        rule.perPerson(),
                        content.id(),
                        content.groupId(),
                        content.componentId(),
                        program.id(),
                        r.projectId(),
                        source.name(),
                        b.communeId(),
                        from,
                        end,
                        kind,
                        r.amount(),
                        r.items(),
                        norm.normId(),
                        norm.ceiling(),
                        cls,
                        listId);
                here.addAll(doubles(ins, checked, b, content));
                checked.add(new Checked(line, null, ins, b.code(), member == null ? b.headName() : member.name()));
            }
            here.forEach(x -> problems.add(x.at(line, b.code())));
        }
        return new Prepared(checked, problems);
    }

    /**
     * Double support within the batch itself (refused: one list gives one beneficiary a content
     * once). Overlaps with live grants are not refused here: approval refuses them, with the choice.
     */
    private static List<InvalidInput.Problem> doubles(
            GrantStore.Insert g, List<Checked> earlier, Beneficiary b, SupportContent content) {
        List<InvalidInput.Problem> out = new ArrayList<>();
        int who = g.perPerson() ? g.memberOrd() : -1;
        for (Checked c : earlier) {
            GrantStore.Insert o = c.grant();
            if (o.householdId() == g.householdId()
                    && (o.perPerson() ? o.memberOrd() : -1) == who
                    && o.groupId() == g.groupId()
                    && overlaps(o.from(), o.endExclusive(), g.from(), g.endExclusive())) {
                out.add(InvalidInput.Problem.of(
                        "contentId", "support.doubleInBatch", content.name(), b.code(), c.line()));
            }
        }
        return out;
    }

    /** The live grants a checked proposal would collide with at approval (shown by a dry run). */
    List<SupportGrant> collisions(Actor actor, GrantStore.Insert g) {
        int who = g.perPerson() ? g.memberOrd() : -1;
        return store.conflicts(g.householdId(), who, g.groupId(), g.from(), g.endExclusive(), -1).stream()
                .map(id -> find(actor, id, false))
                .toList();
    }

    private static boolean overlaps(LocalDate a1, LocalDate a2, LocalDate b1, LocalDate b2) {
        return (a2 == null || b1.isBefore(a2)) && (b2 == null || a1.isBefore(b2));
    }

    /** The refusal of double support, naming the grant that holds the content (program, sub-project, date, amount). */
    static InvalidInput.Problem doubleSupport(SupportGrant existing) {
        return InvalidInput.Problem.of(
                "contentId",
                "support.doubleSupport",
                existing.id(),
                existing.contentName(),
                existing.programName(),
                existing.componentName(),
                existing.decisionDate() == null
                        ? existing.from().format(DAY)
                        : existing.decisionDate().format(DAY),
                Amounts.arg(existing.amount()),
                existing.decision() == null ? "" : existing.decision());
    }

    // ---- decisions

    /** Approves a proposed grant by a decision: the ledger commitment, refused on double support. */
    @Transactional
    public SupportGrant approve(Actor actor, long id, String decision, LocalDate decisionDate, int expectedVersion) {
        actor.require(Permission.FUNDING_EDIT);
        SupportGrant g = writable(actor, id);
        return approveLocked(actor, g, decision, decisionDate, expectedVersion);
    }

    /**
     * Approves many proposed grants under one decision: every refusal reported with its line, none
     * approved when one is refused.
     */
    @Transactional
    public List<SupportGrant> approveAll(Actor actor, List<Long> ids, String decision, LocalDate decisionDate) {
        actor.require(Permission.FUNDING_EDIT);
        if (ids == null || ids.isEmpty() || ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInput.of("grantIds", Message.of("support.required"));
        }
        List<InvalidInput.Problem> problems = new ArrayList<>();
        List<SupportGrant> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int line = i + 1;
            try {
                SupportGrant g = writable(actor, ids.get(i));
                out.add(approveLocked(actor, g, decision, decisionDate, g.version()));
            } catch (InvalidInput e) {
                e.problems().forEach(p -> problems.add(p.at(line, "#" + ids.get(line - 1))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return out;
    }

    /**
     * How an approved grant is funded: returns the ledger commitment it posted, or null when it draws
     * on money committed or held elsewhere (a project's budget, a project's recovered fund).
     */
    interface Funder {
        Long fund(SupportGrant g, LocalDate day, String decision);
    }

    private SupportGrant approveLocked(
            Actor actor, SupportGrant g, String decision, LocalDate decisionDate, int expectedVersion) {
        return approveLocked(
                actor,
                g,
                decision,
                decisionDate,
                expectedVersion,
                (x, day, doc) -> x.projectId() == null
                        ? ledger.commit(actor, posting(x, x.amount(), day, doc)).id()
                        : drawOnProject(x));
    }

    /** Approves a proposal of this transaction with the given funding (the participants' path). */
    SupportGrant approveWith(Actor actor, long id, String decision, LocalDate decisionDate, Funder funder) {
        SupportGrant g = writable(actor, id);
        return approveLocked(actor, g, decision, decisionDate, g.version(), funder);
    }

    /**
     * A round-1 participant's grant draws on its project's approved budget (already committed in the
     * ledger when the project was approved, decision 1304) instead of committing again; the draw's
     * CHECK refuses more than the project holds of the grant's source.
     */
    Long drawOnProject(SupportGrant g) {
        long left = participants.drawLeft(g.projectId(), g.source());
        boolean drawn;
        try {
            drawn = Boolean.TRUE.equals(
                    savepoint.execute(status -> participants.draw(g.projectId(), g.source(), g.amount())));
        } catch (DataIntegrityViolationException e) {
            throw InvalidInput.of(
                    "amount",
                    Message.of(
                            "support.projectBudgetExceeded",
                            Amounts.arg(g.amount()),
                            Amounts.arg(participants.drawLeft(g.projectId(), g.source())),
                            g.householdCode()));
        }
        if (!drawn) {
            throw InvalidInput.of("source", Message.of("support.projectSourceNotBudgeted", sourceWord(g.source())));
        }
        return null;
    }

    private SupportGrant approveLocked(
            Actor actor, SupportGrant g, String decision, LocalDate decisionDate, int expectedVersion, Funder funder) {
        if (decision == null || decision.isBlank()) {
            throw InvalidInput.of("decision", Message.of("support.decisionRequired"));
        }
        LocalDate day = decisionDate == null ? LocalDate.now(clock) : decisionDate;
        if (g.state() != GrantState.PROPOSED) {
            throw InvalidInput.of("state", Message.of("support.notProposed", g.id(), stateWord(g.state())));
        }
        if (g.version() != expectedVersion) {
            throw new ConcurrentEdit(ENTITY, g.id());
        }
        store.queue(g.householdId(), g.groupId());
        boolean moved;
        try {
            moved = Boolean.TRUE.equals(savepoint.execute(status -> store.setState(
                    g.id(),
                    expectedVersion,
                    GrantState.APPROVED,
                    decision.strip(),
                    day,
                    null,
                    clock.instant(),
                    actor.username())));
        } catch (DataIntegrityViolationException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("support_grant_no_double_support")) {
                throw e;
            }
            List<SupportGrant> holders = conflictsOf(actor, g);
            throw new InvalidInput(
                    holders.isEmpty()
                            ? List.of(InvalidInput.Problem.of("contentId", "support.doubleSupportHidden"))
                            : holders.stream().map(SupportGrants::doubleSupport).toList());
        }
        if (!moved) {
            throw new ConcurrentEdit(ENTITY, g.id());
        }
        Long commitment = funder.fund(g, day, decision.strip());
        if (commitment != null) {
            store.setCommitment(g.id(), commitment);
        }
        SupportGrant after = find(actor, g.id(), false);
        audit.change(actor, "APPROVE", ENTITY, g.id(), unitRef(g), g, after);
        return after;
    }

    /** Keeps the existing support: the proposal is refused with a reason (it stays, worded, in the history). */
    @Transactional
    public SupportGrant refuse(Actor actor, long id, String reason, int expectedVersion) {
        actor.require(Permission.FUNDING_EDIT);
        SupportGrant g = writable(actor, id);
        requireReason(reason);
        if (g.state() != GrantState.PROPOSED) {
            throw InvalidInput.of("state", Message.of("support.notProposed", g.id(), stateWord(g.state())));
        }
        if (!store.setState(
                id,
                expectedVersion,
                GrantState.REFUSED,
                null,
                null,
                reason.strip(),
                clock.instant(),
                actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        SupportGrant after = find(actor, id, false);
        audit.change(actor, "REFUSE", ENTITY, id, unitRef(g), g, after);
        return after;
    }

    /** Cancels a live grant not yet settled: its ledger entries are reversed with the reason. */
    @Transactional
    public SupportGrant cancel(Actor actor, long id, String reason, int expectedVersion) {
        actor.require(Permission.FUNDING_EDIT);
        SupportGrant g = writable(actor, id);
        requireReason(reason);
        cancelLocked(actor, g, reason.strip(), expectedVersion);
        return find(actor, id, false);
    }

    private void cancelLocked(Actor actor, SupportGrant g, String reason, int expectedVersion) {
        if (g.state() == GrantState.SETTLED) {
            throw InvalidInput.of("state", Message.of("support.settledFinal", g.id(), g.programName()));
        }
        if (!g.state().live() && g.state() != GrantState.PROPOSED) {
            throw InvalidInput.of("state", Message.of("support.notLive", g.id(), stateWord(g.state())));
        }
        LocalDate today = LocalDate.now(clock);
        Optional<ParticipantStore.Row> participant =
                participants.ofGrant(g.id()).filter(x -> !x.withdrawn());
        if (participant.isPresent() && participant.get().returned() > 0) {
            throw InvalidInput.of(
                    "state",
                    Message.of(
                            "support.participantHasReturns",
                            g.householdCode(),
                            Amounts.arg(participant.get().returned())));
        }
        for (SupportGrant.Payment p : store.payments(g.id())) {
            if (!p.reversed() && p.entryId() != null) {
                ledger.reverse(actor, p.entryId(), reason, today);
            }
        }
        store.markPaymentsReversed(g.id());
        if (g.listId() != null && g.commitmentEntryId() != null) {
            reverseListShare(actor, g, reason, today);
        } else if (g.commitmentEntryId() != null) {
            ledger.reverse(actor, g.commitmentEntryId(), reason, today);
        }
        if (participant.isPresent() && g.state().live()) {
            ParticipantStore.Row row = participant.get();
            if (row.rotationId() == null) {
                participants.draw(row.projectId(), g.source(), -g.amount());
            } else {
                // the rotation is undone: the amount goes back into the project's fund
                projects.recordLine(
                        actor, row.projectId(), "UNROTATED", row.round(), g.amount(), today, g.householdCode(), reason);
            }
        }
        participant.ifPresent(row -> participants.withdraw(row.id()));
        if (!store.setState(
                g.id(), expectedVersion, GrantState.CANCELLED, null, null, reason, clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, g.id());
        }
        audit.change(actor, "CANCEL", ENTITY, g.id(), unitRef(g), g, Map.of("reason", reason));
    }

    /**
     * Cancelling one grant of an entitlement list reverses its share of the run's single commitment
     * (decision 1441): the run's current entry is reversed whole and the rest committed again as a
     * new entry, which becomes the run's current one. Cancels of one list queue on the run's row.
     */
    private void reverseListShare(Actor actor, SupportGrant g, String reason, LocalDate today) {
        Optional<GrantStore.RunEntry> run = store.lockRun(g.commitmentEntryId());
        if (run.isEmpty() || run.get().currentEntryId() == null) {
            return;
        }
        LedgerEntry current = ledger.entry(actor, run.get().currentEntryId());
        ledger.reverse(actor, current.id(), reason, today);
        long rest = current.amount() - g.amount();
        Long next = null;
        if (rest > 0) {
            next = ledger.commit(
                            actor,
                            new Posting(
                                    current.unitId(),
                                    current.year(),
                                    current.componentId(),
                                    current.contentId(),
                                    current.source(),
                                    rest,
                                    today,
                                    current.document(),
                                    null))
                    .id();
        }
        store.setRunEntry(run.get().runId(), next);
    }

    /**
     * The rule's other choice: the higher support replaces the one that holds the content. In one
     * transaction the existing grant is cancelled with the reason (its ledger entries reversed) and
     * the proposal approved. Refused when the proposal is not higher (the highest level applies,
     * TT 60/2026 Art. 2(3)(b)) or the existing grant is settled (Art. 3(1)).
     */
    @Transactional
    public SupportGrant replace(
            Actor actor,
            long id,
            long existingId,
            String reason,
            String decision,
            LocalDate decisionDate,
            int expectedVersion) {
        actor.require(Permission.FUNDING_EDIT);
        requireReason(reason);
        SupportGrant proposal = writable(actor, id);
        SupportGrant existing = writable(actor, existingId);
        if (conflictsOf(actor, proposal).stream().noneMatch(c -> c.id() == existingId)) {
            throw InvalidInput.of("existingId", Message.of("support.notInConflict", existingId, id));
        }
        if (proposal.amount() <= existing.amount()) {
            throw InvalidInput.of(
                    "existingId",
                    Message.of(
                            "support.replaceNotHigher",
                            Amounts.arg(proposal.amount()),
                            Amounts.arg(existing.amount()),
                            existing.id()));
        }
        cancelLocked(actor, existing, reason.strip(), existing.version());
        store.setReplacedBy(existing.id(), proposal.id());
        return approveLocked(actor, proposal, decision, decisionDate, expectedVersion);
    }

    /**
     * Pays one tranche of an approved grant (the content's tranches: 70 % then 30 % for housing; the
     * whole amount when it has none): a ledger disbursement in the grant's budget year.
     */
    @Transactional
    public SupportGrant pay(Actor actor, long id, int tranche, LocalDate paidOn, String voucher, int expectedVersion) {
        actor.require(Permission.FUNDING_EDIT);
        SupportGrant g = writable(actor, id);
        if (g.state() != GrantState.APPROVED && g.state() != GrantState.PAID) {
            throw InvalidInput.of("state", Message.of("support.notPayable", g.id(), stateWord(g.state())));
        }
        if (g.version() != expectedVersion) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        if (participants.ofGrant(id).map(ParticipantStore.Row::rotationId).isPresent()) {
            throw InvalidInput.of("state", Message.of("support.rotationPaidAtHandover", g.id()));
        }
        List<Integer> shares = catalogue.content(g.contentId()).tranches();
        int count = shares == null || shares.isEmpty() ? 1 : shares.size();
        List<SupportGrant.Payment> done = store.payments(id);
        if (tranche < 1 || tranche > count) {
            throw InvalidInput.of("tranche", Message.of("support.trancheRange", tranche, count));
        }
        if (done.stream().anyMatch(p -> p.tranche() == tranche)) {
            throw InvalidInput.of("tranche", Message.of("support.tranchePaid", tranche));
        }
        if (tranche > 1 && done.stream().noneMatch(p -> p.tranche() == tranche - 1)) {
            throw InvalidInput.of("tranche", Message.of("support.trancheOrder", tranche, tranche - 1));
        }
        long amount = trancheAmount(g.amount(), shares, tranche);
        LocalDate day = paidOn == null ? LocalDate.now(clock) : paidOn;
        if (g.decisionDate() != null && day.isBefore(g.decisionDate())) {
            throw InvalidInput.of(
                    "paidOn",
                    Message.of(
                            "support.paidBeforeDecision",
                            day.format(DAY),
                            g.decisionDate().format(DAY)));
        }
        LedgerEntry entry = ledger.disburse(actor, posting(g, amount, day, voucher == null ? g.decision() : voucher));
        store.insertPayment(id, tranche, amount, day, blank(voucher), entry.id(), clock.instant(), actor.username());
        store.addPaid(id, amount);
        if (!store.setState(
                id, expectedVersion, GrantState.PAID, null, null, null, clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        SupportGrant after = find(actor, id, false);
        audit.change(actor, "PAY", ENTITY, id, unitRef(g), g, after);
        return after;
    }

    /** The amount of tranche k: its share of the amount, the last one what remains (no đồng lost to rounding). */
    static long trancheAmount(long amount, List<Integer> shares, int tranche) {
        if (shares == null || shares.isEmpty()) {
            return amount;
        }
        long before = 0;
        for (int k = 1; k < tranche; k++) {
            before += amount * shares.get(k - 1) / 100;
        }
        return tranche == shares.size() ? amount - before : amount * shares.get(tranche - 1) / 100;
    }

    /** Settles a fully paid grant (quyết toán): the ledger settlement; a settled grant is final. */
    @Transactional
    public SupportGrant settle(Actor actor, long id, LocalDate day, int expectedVersion) {
        actor.require(Permission.FUNDING_EDIT);
        SupportGrant g = writable(actor, id);
        if (g.state() != GrantState.PAID || g.paid() != g.amount()) {
            throw InvalidInput.of(
                    "state",
                    Message.of("support.notFullyPaid", g.id(), Amounts.arg(g.paid()), Amounts.arg(g.amount())));
        }
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        // a grant funded by a project's recovered money never touched the budget: nothing to settle there
        if (participants.ofGrant(id).map(ParticipantStore.Row::rotationId).isEmpty()) {
            ledger.settle(actor, posting(g, g.amount(), on, g.decision()));
        }
        if (!store.setState(
                id, expectedVersion, GrantState.SETTLED, null, null, null, clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, id);
        }
        SupportGrant after = find(actor, id, false);
        audit.change(actor, "SETTLE", ENTITY, id, unitRef(g), g, after);
        return after;
    }

    // ---- helpers

    private Posting posting(SupportGrant g, long amount, LocalDate day, String document) {
        int year = g.decisionDate() == null ? day.getYear() : g.decisionDate().getYear();
        return new Posting(
                g.unitId(),
                year,
                g.componentId(),
                g.contentId(),
                FundingSource.valueOf(g.source()),
                amount,
                day,
                document,
                g.projectId());
    }

    private SupportGrant find(Actor actor, long id, boolean lock) {
        return store.get(actor.jurisdiction(), id, names(), lock)
                .orElseThrow(() -> store.exists(id) ? new OutsideJurisdiction(ENTITY, id) : new NotFound(ENTITY, id));
    }

    private SupportGrant writable(Actor actor, long id) {
        SupportGrant g = find(actor, id, true);
        units.writableUnit(actor, g.unitId());
        return g;
    }

    private AuditLog.UnitRef unitRef(SupportGrant g) {
        AdminUnit u = units.get(g.unitId());
        return new AuditLog.UnitRef(u.id(), u.path());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Message.of("support.reasonRequired"));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Message sourceWord(String source) {
        return Message.of("funding.source." + source);
    }

    /** Records a rotation-funded grant as handed over in full (its money left the fund, not the budget). */
    void handOver(Actor actor, SupportGrant g, LocalDate day, String voucher) {
        store.insertPayment(g.id(), 1, g.amount(), day, blank(voucher), null, clock.instant(), actor.username());
        store.addPaid(g.id(), g.amount());
        if (!store.setState(
                g.id(), g.version(), GrantState.PAID, null, null, null, clock.instant(), actor.username())) {
            throw new ConcurrentEdit(ENTITY, g.id());
        }
    }

    static Message stateWord(GrantState s) {
        return Message.of("support.state." + s.name());
    }

    GrantStore.Names names() {
        return reads().names();
    }

    /** The catalogue, rules and norms as this transaction reads them (once each). */
    CatalogueReads reads() {
        return CatalogueReads.of(catalogue, store);
    }
}
