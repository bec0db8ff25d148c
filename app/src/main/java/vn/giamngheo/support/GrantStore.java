package vn.giamngheo.support;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/**
 * The support module's SQL: its own tables, the registry's and the review's published views. Every
 * read of a grant or a household is scoped on the household's current unit path.
 */
@Repository
class GrantStore {
    static final String LIVE = "('APPROVED', 'PAID', 'SETTLED')";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcClient jdbc;

    GrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Names of the catalogue, looked up by the facade (the store never reads funding's tables). */
    interface Names {
        String content(long id);

        String component(long id);

        String program(long id);
    }

    // ---- rules

    List<ContentRule> rules() {
        return jdbc.sql("SELECT * FROM support_content_rule ORDER BY content_id")
                .query((rs, n) -> rule(rs))
                .list();
    }

    Optional<ContentRule> rule(long contentId) {
        return jdbc.sql("SELECT * FROM support_content_rule WHERE content_id = :c")
                .param("c", contentId)
                .query((rs, n) -> rule(rs))
                .optional();
    }

    private static ContentRule rule(ResultSet rs) throws SQLException {
        return new ContentRule(
                rs.getLong("content_id"),
                rs.getBoolean("per_person"),
                List.of((String[]) rs.getArray("classes").getArray()),
                (Integer) rs.getObject("escaped_months"),
                rs.getBoolean("ethnic_minority"),
                (Integer) rs.getObject("age_min"),
                (Integer) rs.getObject("age_max"),
                rs.getBoolean("disabled"),
                PeriodKind.valueOf(rs.getString("period_kind")),
                rs.getBoolean("by_list"),
                rs.getString("legal_source"),
                rs.getString("confidence"),
                rs.getString("note"),
                rs.getInt("version"),
                rs.getArray("areas") == null
                        ? List.of()
                        : List.of((String[]) rs.getArray("areas").getArray()));
    }

    // ---- beneficiaries (the registry's published views)

    /** Households by id inside the reader's jurisdiction, with their members. */
    Map<Long, Beneficiary> beneficiaries(Jurisdiction scope, List<Long> ids) {
        return households(scope, "h.id = ANY (:ids)", "ids", ids.toArray(Long[]::new));
    }

    /** Households by code inside the reader's jurisdiction. */
    Map<String, Beneficiary> beneficiariesByCode(Jurisdiction scope, List<String> codes) {
        Map<String, Beneficiary> out = new HashMap<>();
        households(scope, "h.code = ANY (:codes)", "codes", codes.toArray(String[]::new))
                .values()
                .forEach(b -> out.put(b.code(), b));
        return out;
    }

    private Map<Long, Beneficiary> households(Jurisdiction scope, String where, String param, Object[] values) {
        Map<Long, Beneficiary> out = new HashMap<>();
        record Row(
                long id,
                String code,
                long unitId,
                long communeId,
                String path,
                String head,
                String headId,
                String address,
                boolean ethnic,
                boolean voided,
                String members) {}
        List<Row> rows = ScopedSql.of(jdbc, scope, """
                        SELECT h.id, h.code, h.unit_id, CASE WHEN u.level = 'VILLAGE' THEN u.parent_id ELSE u.id END AS commune,
                               u.path, h.head_name, h.head_citizen_id, h.address, coalesce(h.ethnic_minority, false) AS ethnic,
                               h.voided,
                               (SELECT v.snapshot -> 'members' FROM household_register_version v WHERE v.household_id = h.id
                                ORDER BY v.valid_from DESC, v.id DESC LIMIT 1)::text AS members
                        FROM household_register h JOIN admin_unit u ON u.id = h.unit_id
                        WHERE %s AND u.path LIKE ANY (:scope)
                        """.formatted(where))
                .param(param, values)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getBoolean(9),
                        rs.getBoolean(10),
                        rs.getString(11)))
                .list();
        if (rows.isEmpty()) {
            return out;
        }
        Map<Long, List<Object[]>> listed = new HashMap<>();
        jdbc.sql("""
                        SELECT household_id, ord, name, relation, birth_year FROM household_register_member
                        WHERE household_id = ANY (:ids) ORDER BY household_id, ord
                        """)
                .param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getObject(5)})
                .list()
                .forEach(r -> listed.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(r));
        for (Row r : rows) {
            JsonNode snapshot = r.members() == null ? null : JSON.readTree(r.members());
            List<Beneficiary.Person> persons = new ArrayList<>();
            List<Object[]> ms = listed.getOrDefault(r.id(), List.of());
            for (int i = 0; i < ms.size(); i++) {
                Object[] m = ms.get(i);
                JsonNode s = snapshot != null && snapshot.size() > i ? snapshot.get(i) : null;
                persons.add(new Beneficiary.Person(
                        (Integer) m[1],
                        (String) m[2],
                        (String) m[3],
                        (Integer) m[4],
                        text(s, "citizenId"),
                        s == null || !s.hasNonNull("disabled")
                                ? null
                                : s.get("disabled").asBoolean()));
            }
            out.put(
                    r.id(),
                    new Beneficiary(
                            r.id(),
                            r.code(),
                            r.unitId(),
                            r.communeId(),
                            r.path(),
                            r.head(),
                            r.headId(),
                            r.address(),
                            r.ethnic(),
                            r.voided(),
                            persons));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.hasNonNull(field) ? null : node.get(field).asString();
    }

    /**
     * Each household's class on the recognised lists in force of its commune for the given list
     * years (the review's published function): household → year → class.
     */
    Map<Long, Map<Integer, String>> classes(List<Long> communes, List<Integer> years, List<Long> households) {
        Map<Long, Map<Integer, String>> out = new HashMap<>();
        jdbc.sql("""
                        SELECT f.household_id, f.list_year, f.household_class
                        FROM review_households_in_force(:communes, :years) f
                        WHERE f.household_id = ANY (:ids)
                        """)
                .param("communes", communes.toArray(Long[]::new))
                .param("years", years.toArray(Integer[]::new))
                .param("ids", households.toArray(Long[]::new))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)})
                .list()
                .forEach(r ->
                        out.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Integer) r[1], (String) r[2]));
        return out;
    }

    /** The households on the commune's current recognised lists (the review's published function), in its scope. */
    List<ListedHousehold> listed(Jurisdiction scope, long communeId) {
        return ScopedSql.of(jdbc, scope, """
                        SELECT h.id, h.code, h.head_name, l.household_class, coalesce(l.persons, 0)
                        FROM review_current_lists(:commune) l
                        JOIN household_register h ON h.id = l.household_id
                        JOIN admin_unit u ON u.id = h.unit_id
                        WHERE l.household_class IN ('POOR', 'NEAR_POOR') AND NOT h.voided AND u.path LIKE ANY (:scope)
                        ORDER BY l.household_class DESC, h.code
                        """)
                .param("commune", communeId)
                .query((rs, n) -> new ListedHousehold(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /** A row of a payment list: the grant, its household's representative (the head), ID number and address. */
    record PaymentRow(SupportGrant grant, String representative, String citizenId, String address) {}

    /** The live grants of a unit's subtree for one content and decision, ordered by household code. */
    List<PaymentRow> paymentRows(Jurisdiction scope, String unitPath, long contentId, String decision, Names names) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        SELECT.replace(
                                        "h.head_name AS h_head",
                                        "h.head_name AS h_head, h.head_citizen_id AS h_cid, h.address AS h_address")
                                + """
                         WHERE u.path LIKE :path AND u.path LIKE ANY (:scope) AND g.content_id = :content
                           AND g.state IN ('APPROVED', 'PAID', 'SETTLED')
                           AND (CAST(:decision AS text) IS NULL OR g.decision = :decision)
                         ORDER BY h.code, g.member_ord NULLS FIRST, g.id
                        """)
                .param("path", unitPath + "%")
                .param("content", contentId)
                .param("decision", decision == null || decision.isBlank() ? null : decision.strip())
                .query((rs, n) -> new PaymentRow(
                        grant(rs, names), rs.getString("h_head"), rs.getString("h_cid"), rs.getString("h_address")))
                .list();
    }

    // ---- grants

    record Insert(
            long householdId,
            Integer memberOrd,
            String memberName,
            boolean perPerson,
            long contentId,
            long groupId,
            long componentId,
            long programId,
            Long projectId,
            String source,
            long unitId,
            LocalDate from,
            LocalDate endExclusive,
            PeriodKind kind,
            long amount,
            List<SupportGrant.Item> items,
            Long normId,
            Long normAmount,
            String householdClass,
            Long listId) {}

    long insert(Insert g, GrantState state, String decision, LocalDate decisionDate, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO support_grant (household_id, member_ord, member_name, per_person, content_id, group_id,
                            component_id, program_id, project_id, source, unit_id, period, period_kind, amount, items,
                            norm_id, norm_amount, household_class, decision, decision_date, state, list_id,
                            created_at, created_by, changed_at, changed_by)
                        VALUES (:h, :ord, :mname, :pp, :content, :grp, :comp, :prog, :proj, :source, :unit,
                            daterange(:from, :to, '[)'), :kind, :amount, CAST(:items AS jsonb), :norm, :normAmount, :cls,
                            :decision, :decisionDate, :state, :list, :at, :by, :at, :by)
                        RETURNING id
                        """)
                .param("h", g.householdId())
                .param("ord", g.memberOrd())
                .param("mname", g.memberName())
                .param("pp", g.perPerson())
                .param("content", g.contentId())
                .param("grp", g.groupId())
                .param("comp", g.componentId())
                .param("prog", g.programId())
                .param("proj", g.projectId())
                .param("source", g.source())
                .param("unit", g.unitId())
                .param("from", Date.valueOf(g.from()))
                .param("to", g.endExclusive() == null ? null : Date.valueOf(g.endExclusive()))
                .param("kind", g.kind().name())
                .param("amount", g.amount())
                .param("items", JSON.writeValueAsString(g.items() == null ? List.of() : g.items()))
                .param("norm", g.normId())
                .param("normAmount", g.normAmount())
                .param("cls", g.householdClass())
                .param("decision", decision)
                .param("decisionDate", decisionDate == null ? null : Date.valueOf(decisionDate))
                .param("state", state.name())
                .param("list", g.listId())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    private static final String SELECT = """
            SELECT g.*, lower(g.period) AS p_from, upper(g.period) AS p_to, h.code AS h_code, h.head_name AS h_head
            FROM support_grant g JOIN household_register h ON h.id = g.household_id JOIN admin_unit u ON u.id = h.unit_id
            """;

    Optional<SupportGrant> get(Jurisdiction scope, long id, Names names, boolean lock) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        SELECT + " WHERE g.id = :id AND u.path LIKE ANY (:scope)" + (lock ? " FOR UPDATE OF g" : ""))
                .param("id", id)
                .query((rs, n) -> grant(rs, names))
                .optional();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM support_grant WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    List<SupportGrant> ofHousehold(Jurisdiction scope, long householdId, Names names) {
        return grants(
                scope,
                " WHERE g.household_id = :h AND u.path LIKE ANY (:scope) ORDER BY lower(g.period) DESC, g.id DESC",
                params("h", householdId),
                names);
    }

    /** The grants a condition selects in the reader's reach (the condition names {@code :scope}), mapped alike. */
    private List<SupportGrant> grants(Jurisdiction scope, String where, Map<String, Object> params, Names names) {
        return ScopedSql.of(jdbc, scope, SELECT + where)
                .params(params)
                .query((rs, n) -> grant(rs, names))
                .list();
    }

    /** Named parameters, nulls allowed: name, value, name, value … */
    private static Map<String, Object> params(Object... nameValue) {
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            out.put((String) nameValue[i], nameValue[i + 1]);
        }
        return out;
    }

    /** Grants of a unit's subtree (by the household's unit), optionally of one content and state, newest first. */
    List<SupportGrant> inUnit(
            Jurisdiction scope,
            String unitPath,
            Long contentId,
            GrantState state,
            Long listId,
            int limit,
            Names names) {
        return grants(
                scope,
                """
                 WHERE u.path LIKE :path AND u.path LIKE ANY (:scope)
                   AND (CAST(:content AS bigint) IS NULL OR g.content_id = :content)
                   AND (CAST(:state AS text) IS NULL OR g.state = :state)
                   AND (CAST(:list AS bigint) IS NULL OR g.list_id = :list)
                 ORDER BY g.changed_at DESC, g.id DESC LIMIT :limit
                """,
                params(
                        "path",
                        unitPath + "%",
                        "content",
                        contentId,
                        "state",
                        state == null ? null : state.name(),
                        "list",
                        listId,
                        "limit",
                        limit),
                names);
    }

    /** Grants by id inside the reader's jurisdiction, in household order. */
    List<SupportGrant> byIds(Jurisdiction scope, List<Long> ids, Names names) {
        return grants(
                scope,
                " WHERE g.id = ANY (:ids) AND u.path LIKE ANY (:scope) ORDER BY h.code, g.member_ord NULLS FIRST, g.id",
                params("ids", ids.toArray(Long[]::new)),
                names);
    }

    /** The live grants that overlap a grant's beneficiary, content group and period (other than itself). */
    List<Long> conflicts(long householdId, int who, long groupId, LocalDate from, LocalDate endExclusive, long except) {
        return jdbc.sql(
                        "SELECT g.id FROM support_grant g WHERE g.household_id = :h AND g.who = :who AND g.group_id = :grp"
                                + " AND g.period && daterange(:from, :to, '[)') AND g.state IN " + LIVE
                                + " AND g.id <> :except ORDER BY g.id")
                .param("h", householdId)
                .param("who", who)
                .param("grp", groupId)
                .param("from", Date.valueOf(from))
                .param("to", endExclusive == null ? null : Date.valueOf(endExclusive))
                .param("except", except)
                .query(Long.class)
                .list();
    }

    /** Moves a grant to a state if it still has the expected version; false: someone changed it first. */
    boolean setState(
            long id,
            int expectedVersion,
            GrantState state,
            String decision,
            LocalDate decisionDate,
            String reason,
            Instant at,
            String by) {
        return jdbc.sql("""
                        UPDATE support_grant SET state = :state, decision = coalesce(:decision, decision),
                            decision_date = coalesce(:decisionDate, decision_date), reason = coalesce(:reason, reason),
                            version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :v
                        """)
                        .param("state", state.name())
                        .param("decision", decision)
                        .param("decisionDate", decisionDate == null ? null : Date.valueOf(decisionDate))
                        .param("reason", reason)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("id", id)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    /**
     * First keys of the module's two-key advisory locks, apart from each other and from the other
     * modules' spaces: approvals of one beneficiary's content group, and runs of one entitlement
     * list. A list id and a household id are both small numbers; in one space a list run would
     * queue behind an unrelated household's approval that happened to share its number.
     */
    static final int GRANT_LOCKS = 0x73757067;

    static final int LIST_LOCKS = 0x7375706c;

    /**
     * Queues approvals of one household's content group behind each other until commit: without it
     * two approvals that insert at once may each wait for the other inside the exclusion check (a
     * deadlock PostgreSQL breaks by failing one); with it the second sees the first committed and
     * the constraint refuses it plainly. The constraint stays the guarantee, so the rare household
     * and group that share a key with another only queue behind it.
     */
    void queue(long householdId, long groupId) {
        advisory(GRANT_LOCKS, grantKey(householdId, groupId));
    }

    /** Queues runs of one entitlement list behind each other: a second run sees what the first added. */
    void queueList(long listId) {
        advisory(LIST_LOCKS, (int) (listId ^ (listId >>> 32)));
    }

    /** The second key of a beneficiary's content group: both numbers mixed into 32 bits. */
    static int grantKey(long householdId, long groupId) {
        long h = householdId * 0x9E3779B97F4A7C15L + groupId * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 32));
    }

    private void advisory(int space, int key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:space, :key)")
                .param("space", space)
                .param("key", key)
                .query((rs, n) -> 1)
                .list();
    }

    void setCommitment(long id, Long entryId) {
        jdbc.sql("UPDATE support_grant SET commitment_entry_id = :e WHERE id = :id")
                .param("e", entryId)
                .param("id", id)
                .update();
    }

    /** An entitlement run's commitment: the entry it posted and the one that holds what is left of it. */
    record RunEntry(long runId, Long currentEntryId) {}

    /** The run that posted an entry, locked: cancels of one list's grants queue here (decision 1441). */
    Optional<RunEntry> lockRun(long entryId) {
        return jdbc.sql("SELECT id, current_entry_id FROM support_entitlement_run WHERE entry_id = :e FOR UPDATE")
                .param("e", entryId)
                .query((rs, n) -> new RunEntry(rs.getLong(1), (Long) rs.getObject(2)))
                .optional();
    }

    void setRunEntry(long runId, Long entryId) {
        jdbc.sql("UPDATE support_entitlement_run SET current_entry_id = :e WHERE id = :id")
                .param("e", entryId)
                .param("id", runId)
                .update();
    }

    void setReplacedBy(long id, long by) {
        jdbc.sql("UPDATE support_grant SET replaced_by = :by WHERE id = :id")
                .param("by", by)
                .param("id", id)
                .update();
    }

    void addPaid(long id, long amount) {
        jdbc.sql("UPDATE support_grant SET paid = paid + :a WHERE id = :id")
                .param("a", amount)
                .param("id", id)
                .update();
    }

    void insertPayment(
            long grantId,
            int tranche,
            long amount,
            LocalDate day,
            String voucher,
            Long entryId,
            Instant at,
            String by) {
        jdbc.sql("""
                        INSERT INTO support_payment (grant_id, tranche, amount, paid_on, voucher, entry_id, created_at, created_by)
                        VALUES (:g, :t, :a, :d, :v, :e, :at, :by)
                        """)
                .param("g", grantId)
                .param("t", tranche)
                .param("a", amount)
                .param("d", Date.valueOf(day))
                .param("v", voucher)
                .param("e", entryId)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    List<SupportGrant.Payment> payments(long grantId) {
        return jdbc.sql("SELECT * FROM support_payment WHERE grant_id = :g ORDER BY tranche")
                .param("g", grantId)
                .query((rs, n) -> new SupportGrant.Payment(
                        rs.getLong("id"),
                        rs.getInt("tranche"),
                        rs.getLong("amount"),
                        rs.getDate("paid_on").toLocalDate(),
                        rs.getString("voucher"),
                        (Long) rs.getObject("entry_id"),
                        rs.getBoolean("reversed")))
                .list();
    }

    void markPaymentsReversed(long grantId) {
        jdbc.sql("UPDATE support_payment SET reversed = true WHERE grant_id = :g")
                .param("g", grantId)
                .update();
    }

    private static SupportGrant grant(ResultSet rs, Names names) throws SQLException {
        long content = rs.getLong("content_id");
        long component = rs.getLong("component_id");
        long program = rs.getLong("program_id");
        Date to = rs.getDate("p_to");
        List<SupportGrant.Item> items = new ArrayList<>();
        JsonNode node = JSON.readTree(rs.getString("items"));
        for (JsonNode i : node) {
            items.add(new SupportGrant.Item(
                    text(i, "item"),
                    i.hasNonNull("quantity") ? i.get("quantity").decimalValue() : null,
                    text(i, "unit"),
                    text(i, "specification")));
        }
        Date decisionDate = rs.getDate("decision_date");
        return new SupportGrant(
                rs.getLong("id"),
                rs.getLong("household_id"),
                rs.getString("h_code"),
                rs.getString("h_head"),
                (Integer) rs.getObject("member_ord"),
                rs.getString("member_name"),
                rs.getBoolean("per_person"),
                content,
                names.content(content),
                rs.getLong("group_id"),
                component,
                names.component(component),
                program,
                names.program(program),
                (Long) rs.getObject("project_id"),
                rs.getString("source"),
                rs.getLong("unit_id"),
                rs.getDate("p_from").toLocalDate(),
                to == null ? null : to.toLocalDate().minusDays(1),
                PeriodKind.valueOf(rs.getString("period_kind")),
                rs.getLong("amount"),
                items,
                (Long) rs.getObject("norm_id"),
                (Long) rs.getObject("norm_amount"),
                rs.getString("household_class"),
                rs.getString("decision"),
                decisionDate == null ? null : decisionDate.toLocalDate(),
                GrantState.valueOf(rs.getString("state")),
                rs.getLong("paid"),
                (Long) rs.getObject("commitment_entry_id"),
                (Long) rs.getObject("list_id"),
                rs.getString("reason"),
                (Long) rs.getObject("replaced_by"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
