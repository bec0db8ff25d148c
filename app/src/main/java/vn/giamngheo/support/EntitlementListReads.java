package vn.giamngheo.support;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.ScopedSql;

/**
 * What the entitlement-list pages read (decision 1450): the lists of a unit's subtree with their
 * counts and state, the beneficiaries a list leaves out because another grant already holds the
 * content for the period (and which grant), and the rows of a list's download. Reads of named
 * beneficiaries are bound to the reader's jurisdiction in SQL and audited; the counts are not
 * personal data.
 */
@Service
public class EntitlementListReads {
    private final JdbcClient jdbc;
    private final GrantStore store;
    private final Catalogue catalogue;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clock clock;

    EntitlementListReads(
            JdbcClient jdbc, GrantStore store, Catalogue catalogue, AdminUnits units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.catalogue = catalogue;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where a list stands: its period has not begun, runs now, or has ended. */
    public enum ListState {
        UPCOMING,
        CURRENT,
        ENDED
    }

    /** A list as its index shows it. {@code periodEnd}: the period's last day (null: no end). */
    public record Summary(
            long id,
            long unitId,
            String unitName,
            long contentId,
            String contentName,
            PeriodKind periodKind,
            LocalDate periodFrom,
            LocalDate periodEnd,
            String source,
            String decision,
            LocalDate decisionDate,
            Long amountPoor,
            Long amountNearPoor,
            int households,
            int persons,
            int live,
            int cancelled,
            long amount,
            int runs,
            int held,
            ListState state,
            List<HeldBy> heldBy) {}

    /** Beneficiaries left out, counted by the grant's program and decision that holds the content. */
    public record HeldBy(String programName, String decision, Long listId, int count) {}

    /** A beneficiary left out: who, and the live grant that already holds the content for the period. */
    public record LeftOut(
            long householdId,
            String householdCode,
            String beneficiaryName,
            String householdClass,
            long grantId,
            String programName,
            String decision,
            LocalDate decisionDate,
            Long listId,
            long amount) {}

    /** The lists of the unit's subtree (a commune's, or a province's with its communes'), newest period first. */
    public List<Summary> ofUnit(Actor actor, long unitId) {
        actor.require(Permission.HOUSEHOLD_READ);
        AdminUnit unit = units.get(unitId);
        if (!actor.jurisdiction().covers(unit.path())) {
            throw new OutsideJurisdiction("AdminUnit", unitId);
        }
        List<Long> ids = ScopedSql.of(jdbc, actor.jurisdiction(), """
                        SELECT l.id FROM support_entitlement_list l JOIN admin_unit u ON u.id = l.unit_id
                        WHERE (u.path LIKE :sub OR %s)
                          AND (u.path LIKE ANY (:scope) OR %s)
                        ORDER BY l.period_from DESC, u.path, l.id DESC LIMIT 200
                        """.formatted(
                                ListReach.succeededInto("su.path LIKE :sub"),
                                ListReach.succeededInto("su.path LIKE ANY (:scope)")))
                .param("sub", unit.path() + "%")
                .query(Long.class)
                .list();
        List<Summary> out = new ArrayList<>();
        for (Long id : ids) {
            Def def = def(id);
            Map<String, HeldBy> by = new LinkedHashMap<>();
            for (LeftOut o : leftOut(actor.jurisdiction(), def)) {
                String key = o.programName() + "|" + o.decision() + "|" + o.listId();
                HeldBy h = by.get(key);
                by.put(key, new HeldBy(o.programName(), o.decision(), o.listId(), h == null ? 1 : h.count() + 1));
            }
            out.add(summary(def, new ArrayList<>(by.values())));
        }
        return out;
    }

    /** One list's summary (counts only), inside the reader's jurisdiction. */
    public Summary summary(Actor actor, long listId) {
        actor.require(Permission.HOUSEHOLD_READ);
        Def def = def(listId);
        if (!units.reaches(actor, def.unit())) {
            throw new OutsideJurisdiction(EntitlementLists.ENTITY, listId);
        }
        return summary(def, List.of());
    }

    /** Those the list leaves out because a live grant of another list or program holds the content (audited). */
    public List<LeftOut> leftOut(Actor actor, long listId) {
        actor.require(Permission.HOUSEHOLD_READ);
        Def def = def(listId);
        if (!units.reaches(actor, def.unit())) {
            throw new OutsideJurisdiction(EntitlementLists.ENTITY, listId);
        }
        List<LeftOut> out = leftOut(actor.jurisdiction(), def);
        audit.read(
                actor,
                EntitlementLists.ENTITY,
                listId,
                new AuditLog.UnitRef(def.unit().id(), def.unit().path()),
                "left out");
        return out;
    }

    /**
     * A line of a list's download: the beneficiary (a member for a per-person content, else the
     * household's head), the facts a health-insurance card needs that the commune holds, the
     * household's class, the share of the contribution the budget pays (health insurance: the
     * grant's amount over the poor household's full contribution; null when not known) and the amount.
     */
    public record ExportRow(
            int no,
            String householdCode,
            String name,
            Integer birthYear,
            String sex,
            String citizenId,
            String address,
            String householdClass,
            Integer budgetSharePercent,
            long amount) {}

    /** A list's download: its summary and rows; the public copy masks ID numbers (audited export). */
    public record Export(Summary list, boolean healthInsurance, boolean publicCopy, List<ExportRow> rows) {}

    public Export export(Actor actor, long listId, boolean publicCopy) {
        actor.require(Permission.HOUSEHOLD_READ);
        Def def = def(listId);
        if (!units.reaches(actor, def.unit())) {
            throw new OutsideJurisdiction(EntitlementLists.ENTITY, listId);
        }
        List<SupportGrant> grants = store
                .inUnit(
                        actor.jurisdiction(),
                        // the list's grants wherever their households live now, in the reader's reach
                        "/",
                        def.content().id(),
                        null,
                        def.id(),
                        100_000,
                        CatalogueReads.of(catalogue, store).names())
                .stream()
                .filter(g -> g.state().live())
                .sorted(java.util.Comparator.comparing(SupportGrant::householdCode)
                        .thenComparing(g -> g.memberOrd() == null ? -1 : g.memberOrd()))
                .toList();
        List<Long> households =
                grants.stream().map(SupportGrant::householdId).distinct().toList();
        Map<Long, Beneficiary> found =
                households.isEmpty() ? Map.of() : store.beneficiaries(actor.jurisdiction(), households);
        Map<String, String> sexes = new HashMap<>();
        if (!households.isEmpty()) {
            jdbc.sql("SELECT household_id, ord, sex FROM household_register_member WHERE household_id = ANY (:ids)")
                    .param("ids", households.toArray(Long[]::new))
                    .query((rs, n) -> new String[] {rs.getLong(1) + "/" + rs.getInt(2), rs.getString(3)})
                    .list()
                    .forEach(x -> sexes.put(x[0], x[1]));
        }
        boolean health = "BHYT".equals(def.content().groupCode());
        List<ExportRow> rows = new ArrayList<>();
        for (SupportGrant g : grants) {
            Beneficiary b = found.get(g.householdId());
            if (b == null) {
                continue;
            }
            int ord = g.memberOrd() != null
                    ? g.memberOrd()
                    : b.members().stream()
                            .filter(m -> "HEAD".equals(m.relation()))
                            .map(Beneficiary.Person::ord)
                            .findFirst()
                            .orElse(-1);
            Beneficiary.Person p = b.member(ord).orElse(null);
            // a member's ID number as the latest snapshot holds it; the head's as the register holds it now
            String id = p != null && p.citizenId() != null
                    ? p.citizenId()
                    : p == null || "HEAD".equals(p.relation()) ? b.headCitizenId() : null;
            Integer share = null;
            if (health && def.amountPoor() != null && def.amountPoor() > 0) {
                share = (int) Math.round(100.0 * g.amount() / def.amountPoor());
            }
            rows.add(new ExportRow(
                    rows.size() + 1,
                    b.code(),
                    p != null ? p.name() : b.headName(),
                    p == null ? null : p.birthYear(),
                    sexes.get(b.householdId() + "/" + ord),
                    publicCopy ? PaymentList.masked(id) : id == null ? "" : id,
                    b.address(),
                    g.householdClass(),
                    share,
                    g.amount()));
        }
        audit.read(
                actor,
                "EntitlementListExport",
                listId,
                new AuditLog.UnitRef(def.unit().id(), def.unit().path()),
                publicCopy ? "public" : "full");
        return new Export(summary(def, List.of()), health, publicCopy, rows);
    }

    /**
     * What the form offers for a content granted by list on a day: its period kind, and the norm
     * the amounts may not exceed per poor / near-poor beneficiary for that period (electricity: 30
     * kWh a month at the tier-1 price in force, times the quarter's months), null where the norm's
     * reference value is not configured ("chưa cấu hình").
     */
    public record NormHint(
            long contentId,
            String contentName,
            PeriodKind periodKind,
            LocalDate periodFrom,
            boolean poor,
            boolean nearPoor,
            Long normPoor,
            Long normNearPoor,
            String legalSource) {}

    public List<NormHint> hints(AdminUnit unit, LocalDate day) {
        CatalogueReads reads = CatalogueReads.of(catalogue, store);
        List<NormHint> out = new ArrayList<>();
        for (ContentRule r : reads.rules()) {
            if (!r.byList()) {
                continue;
            }
            SupportContent c = reads.content(r.contentId());
            LocalDate from = r.periodKind().start(day);
            LocalDate end = r.periodKind().endAfter(from);
            Norms.Applied poor = reads.norms().applied(c.id(), "POOR", unit.path(), from, end);
            Norms.Applied near = reads.norms().applied(c.id(), "NEAR_POOR", unit.path(), from, end);
            out.add(new NormHint(
                    c.id(),
                    c.name(),
                    r.periodKind(),
                    from,
                    r.classes().contains("POOR"),
                    r.classes().contains("NEAR_POOR"),
                    poor.ceiling(),
                    near.ceiling(),
                    poor.legalSource() != null ? poor.legalSource() : r.legalSource()));
        }
        return out;
    }

    /** A list's definition: the list row, its unit, content, rule and period. */
    record Def(
            long id,
            AdminUnit unit,
            SupportContent content,
            ContentRule rule,
            LocalDate from,
            LocalDate endExclusive,
            String source,
            String decision,
            LocalDate decisionDate,
            Long amountPoor,
            Long amountNearPoor) {

        List<String> classes() {
            return rule.classes().stream()
                    .filter(c -> c.equals("POOR") || c.equals("NEAR_POOR"))
                    .toList();
        }
    }

    Def def(long listId) {
        record Row(
                long unitId,
                long contentId,
                LocalDate from,
                String source,
                String decision,
                LocalDate decisionDate,
                Long ap,
                Long anp) {}
        Row r = jdbc.sql("SELECT * FROM support_entitlement_list WHERE id = :id")
                .param("id", listId)
                .query((rs, n) -> new Row(
                        rs.getLong("unit_id"),
                        rs.getLong("content_id"),
                        rs.getDate("period_from").toLocalDate(),
                        rs.getString("source"),
                        rs.getString("decision"),
                        rs.getDate("decision_date").toLocalDate(),
                        (Long) rs.getObject("amount_poor"),
                        (Long) rs.getObject("amount_near_poor")))
                .optional()
                .orElseThrow(() -> new NotFound(EntitlementLists.ENTITY, listId));
        CatalogueReads reads = CatalogueReads.of(catalogue, store);
        ContentRule rule = reads.rule(r.contentId()).orElseThrow(() -> new NotFound("SupportContent", r.contentId()));
        return new Def(
                listId,
                units.get(r.unitId()),
                reads.content(r.contentId()),
                rule,
                r.from(),
                rule.periodKind().endAfter(r.from()),
                r.source(),
                r.decision(),
                r.decisionDate(),
                r.ap(),
                r.anp());
    }

    private Summary summary(Def def, List<HeldBy> heldBy) {
        record Counts(int households, int persons, int live, int cancelled, long amount) {}
        Counts c = jdbc.sql("""
                        SELECT count(DISTINCT g.household_id) FILTER (WHERE g.state IN ('APPROVED', 'PAID', 'SETTLED')),
                               CASE WHEN bool_or(g.per_person) THEN
                                   count(*) FILTER (WHERE g.state IN ('APPROVED', 'PAID', 'SETTLED'))
                               ELSE coalesce((SELECT count(*) FROM household_register_member m WHERE m.household_id IN
                                   (SELECT x.household_id FROM support_grant x WHERE x.list_id = :l
                                      AND x.state IN ('APPROVED', 'PAID', 'SETTLED'))), 0) END,
                               count(*) FILTER (WHERE g.state IN ('APPROVED', 'PAID', 'SETTLED')),
                               count(*) FILTER (WHERE g.state IN ('CANCELLED', 'REFUSED')),
                               coalesce(sum(g.amount) FILTER (WHERE g.state IN ('APPROVED', 'PAID', 'SETTLED')), 0)
                        FROM support_grant g WHERE g.list_id = :l
                        """)
                .param("l", def.id())
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)))
                .single();
        int[] runs = jdbc.sql("""
                        SELECT count(*), coalesce((SELECT r.held FROM support_entitlement_run r WHERE r.list_id = :l
                                                   ORDER BY r.run_no DESC LIMIT 1), 0)
                        FROM support_entitlement_run WHERE list_id = :l
                        """)
                .param("l", def.id())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
        LocalDate today = LocalDate.now(clock);
        ListState state = today.isBefore(def.from())
                ? ListState.UPCOMING
                : def.endExclusive() != null && !today.isBefore(def.endExclusive())
                        ? ListState.ENDED
                        : ListState.CURRENT;
        int held = heldBy.isEmpty()
                ? runs[1]
                : heldBy.stream().mapToInt(HeldBy::count).sum();
        return new Summary(
                def.id(),
                def.unit().id(),
                def.unit().fullName(),
                def.content().id(),
                def.content().name(),
                def.rule().periodKind(),
                def.from(),
                def.endExclusive() == null ? null : def.endExclusive().minusDays(1),
                def.source(),
                def.decision(),
                def.decisionDate(),
                def.amountPoor(),
                def.amountNearPoor(),
                c.households(),
                c.persons(),
                c.live(),
                c.cancelled(),
                c.amount(),
                runs[0],
                held,
                state,
                heldBy);
    }

    /** The communes under a list's unit: the review's lists are per commune. */
    Long[] communes(AdminUnit unit) {
        return jdbc.sql("SELECT id FROM admin_unit WHERE path LIKE :p AND level = 'COMMUNE'")
                .param("p", unit.path() + "%")
                .query(Long.class)
                .list()
                .toArray(Long[]::new);
    }

    private List<LeftOut> leftOut(Jurisdiction scope, Def def) {
        boolean perPerson = def.rule().perPerson();
        Map<Long, String> programs = new HashMap<>();
        catalogue.programs().forEach(p -> programs.put(p.id(), p.name()));
        return ScopedSql.of(jdbc, scope, """
                        SELECT f.household_id, h.code, %s AS who_name, f.household_class, g.id AS grant_id, g.program_id,
                               g.decision, g.decision_date, g.list_id, g.amount
                        FROM review_households_in_force(:communes, :years) f
                        JOIN household_register h ON h.id = f.household_id AND NOT h.voided
                        JOIN admin_unit u ON u.id = h.unit_id
                        %s
                        JOIN support_grant g ON g.household_id = f.household_id AND g.who = %s AND g.group_id = :grp
                             AND g.period && daterange(:from, :to, '[)') AND g.state IN ('APPROVED', 'PAID', 'SETTLED')
                             AND g.list_id IS DISTINCT FROM :list
                        WHERE f.household_class = ANY (:classes) AND u.path LIKE ANY (:scope)
                        ORDER BY h.code, g.id
                        """.formatted(
                                perPerson ? "m.name" : "h.head_name",
                                perPerson ? "JOIN household_register_member m ON m.household_id = f.household_id" : "",
                                perPerson ? "m.ord" : "-1"))
                .param("communes", communes(def.unit()))
                .param("years", new Integer[] {def.from().getYear()})
                .param("grp", def.content().groupId())
                .param("from", Date.valueOf(def.from()))
                .param("to", def.endExclusive() == null ? null : Date.valueOf(def.endExclusive()))
                .param("list", def.id())
                .param("classes", def.classes().toArray(String[]::new))
                .query((rs, n) -> new LeftOut(
                        rs.getLong("household_id"),
                        rs.getString("code"),
                        rs.getString("who_name"),
                        rs.getString("household_class"),
                        rs.getLong("grant_id"),
                        programs.get(rs.getLong("program_id")),
                        rs.getString("decision"),
                        rs.getDate("decision_date") == null
                                ? null
                                : rs.getDate("decision_date").toLocalDate(),
                        (Long) rs.getObject("list_id"),
                        rs.getLong("amount")))
                .list();
    }
}
