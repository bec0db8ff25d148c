package vn.giamngheo.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.ScopedSql;
import vn.giamngheo.shared.TextFolding;

/**
 * SQL for households. Every query joins the household's unit and carries the jurisdiction
 * condition on the unit's path: a household outside it is simply not found.
 */
@Repository
class HouseholdStore {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    HouseholdStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The household now, read from its snapshot (household_snapshot, V26_4): the history's own shape. */
    Optional<Household> find(long id, Jurisdiction jurisdiction) {
        return ScopedSql.of(jdbc, jurisdiction, """
                        SELECT s.snapshot::text FROM household_snapshot s
                        JOIN household h ON h.id = s.id AND h.province_id = s.province_id JOIN admin_unit u ON u.id = h.unit_id
                        WHERE s.id = :id AND u.path LIKE ANY (:scope)
                        """)
                .param("id", id)
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, Household.class));
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM household WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    Optional<Long> idByCode(String code) {
        return jdbc.sql("SELECT id FROM household WHERE code = :c")
                .param("c", code)
                .query(Long.class)
                .optional();
    }

    HouseholdPage page(HouseholdQuery q, String unitPath, Jurisdiction jurisdiction) {
        StringBuilder where = new StringBuilder("u.path LIKE ANY (:scope)");
        Map<String, Object> params = new HashMap<>();
        if (unitPath != null) {
            where.append(" AND u.path LIKE :unitPath");
            params.put("unitPath", unitPath + "%");
        }
        if (!q.includeVoided()) {
            where.append(" AND h.voided_at IS NULL");
        }
        if (q.householdClass() != null && !q.householdClass().isBlank()) {
            where.append(" AND h.current_class = :klass");
            params.put("klass", q.householdClass());
        }
        if (q.group() != null && !q.group().isBlank()) {
            where.append(
                    switch (q.group()) {
                        case "ETHNIC_MINORITY" -> " AND h.ethnic_minority";
                        case "PERSON_OF_MERIT" -> " AND h.person_of_merit";
                        case "SOCIAL_PROTECTION" -> " AND h.social_protection";
                        case "FEMALE_HEAD" -> " AND h.female_head";
                        case "NO_LABOUR_CAPACITY" -> " AND h.labour_capacity = false";
                        default ->
                            throw vn.giamngheo.shared.InvalidInput.of(
                                    "group", Message.of("household.unknownGroup", q.group()));
                    });
        }
        if (q.q() != null && !q.q().isBlank()) {
            // as one id list, so that each part is served by its trigram or B-tree index (V13_1)
            where.append(" AND h.id IN (SELECT x.id FROM household x WHERE x.search_name LIKE :q ESCAPE '\\'"
                    + " OR lower(x.code) LIKE :q ESCAPE '\\' UNION ALL SELECT m.household_id FROM household_member m"
                    + " WHERE m.search_name LIKE :q ESCAPE '\\' OR m.citizen_id = :code)");
            params.put("q", TextFolding.likeContains(q.q()));
            params.put("code", q.q().trim());
        }
        // counted up to a cap: a province-wide list of a common name has hundreds of thousands of
        // households, and counting them all would cost more than showing the first page
        long total = ScopedSql.of(
                        jdbc,
                        jurisdiction,
                        "SELECT count(*) FROM (SELECT 1 FROM household h JOIN admin_unit u ON u.id = h.unit_id"
                                + " WHERE " + where + " LIMIT " + (HouseholdPage.COUNT_CAP + 1) + ") x")
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", q.size());
        params.put("offset", (long) q.page() * q.size());
        List<HouseholdSummary> items = ScopedSql.of(
                        jdbc,
                        jurisdiction,
                        "SELECT h.id, h.code, h.head_name, h.unit_id, coalesce(u.kind || ' ', '') || u.name AS unit_name, h.area,"
                                + " (SELECT count(*) FROM household_member m WHERE m.household_id = h.id) AS members,"
                                + " h.current_class, h.ethnic_minority, h.voided_at IS NOT NULL AS voided"
                                + " FROM household h JOIN admin_unit u ON u.id = h.unit_id WHERE " + where
                                + " ORDER BY h.search_name, h.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new HouseholdSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getBoolean(9),
                        rs.getBoolean(10)))
                .list();
        return HouseholdPage.counted(items, total, q.page(), q.size());
    }

    long insert(HouseholdData d, Instant at, String by) {
        long id = jdbc.sql("""
                        INSERT INTO household (province_id, code, unit_id, head_name, search_name, address, phone, area, labour_capacity,
                               ethnic_minority, person_of_merit, social_protection, female_head, dwelling, created_at, created_by,
                               changed_at, changed_by)
                        VALUES (admin_unit_province(:unit), :code, :unit, :head, :search, :address, :phone, :area, :labour, :minority,
                               :merit, :protection, :female, CAST(:dwelling AS jsonb), :at, :by, :at, :by) RETURNING id
                        """)
                .params(values(d))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
        insertMembers(id, d.members());
        return id;
    }

    boolean update(long id, HouseholdData d, int expectedVersion, Instant at, String by) {
        int n = jdbc.sql("""
                        UPDATE household SET code = :code, unit_id = :unit, province_id = admin_unit_province(:unit), head_name = :head, search_name = :search, address = :address, phone = :phone,
                               area = :area, labour_capacity = :labour, ethnic_minority = :minority, person_of_merit = :merit,
                               social_protection = :protection, female_head = :female, dwelling = CAST(:dwelling AS jsonb),
                               version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :version AND voided_at IS NULL
                        """)
                .params(values(d))
                .param("id", id)
                .param("version", expectedVersion)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        if (n == 1) {
            jdbc.sql("DELETE FROM household_member WHERE household_id = :id")
                    .param("id", id)
                    .update();
            insertMembers(id, d.members());
        }
        return n == 1;
    }

    boolean voidHousehold(long id, String reason, int expectedVersion, Instant at, String by) {
        return jdbc.sql(
                                "UPDATE household SET voided_at = :at, voided_by = :by, void_reason = :reason, version = version + 1,"
                                        + " changed_at = :at, changed_by = :by WHERE id = :id AND version = :version AND voided_at IS NULL")
                        .param("id", id)
                        .param("reason", reason)
                        .param("version", expectedVersion)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    void setClass(long id, String klass, String standard, int year, Instant at, String by) {
        jdbc.sql("UPDATE household SET current_class = :c, class_standard = :s, class_year = :y, version = version + 1,"
                        + " changed_at = :at, changed_by = :by WHERE id = :id")
                .param("id", id)
                .param("c", klass)
                .param("s", standard)
                .param("y", year)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** Keeps the household's present state in its history (household_snapshot, V23_2, writes it). */
    void insertVersion(long id, String kind, Instant at, String by) {
        jdbc.sql(
                        "INSERT INTO household_version (province_id, household_id, valid_from, change_kind, changed_by, snapshot)"
                                + " SELECT s.province_id, s.id, :at, :kind, :by, s.snapshot FROM household_snapshot s"
                                + " WHERE s.id = :id AND s.province_id = (SELECT province_id FROM household_identity WHERE id = :id)")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("kind", kind)
                .param("by", by)
                .update();
    }

    /** The household as it was at {@code at}: the latest snapshot taken at or before it, if it is readable now. */
    Optional<Household> asOf(long id, Instant at, Jurisdiction jurisdiction) {
        return ScopedSql.of(jdbc, jurisdiction, """
                        SELECT v.snapshot::text FROM household_version v
                        JOIN household h ON h.id = v.household_id JOIN admin_unit u ON u.id = h.unit_id
                        WHERE v.household_id = :id AND v.valid_from <= :at AND u.path LIKE ANY (:scope)
                        ORDER BY v.valid_from DESC, v.id DESC LIMIT 1
                        """)
                .param("id", id)
                .param("at", Timestamp.from(at))
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, Household.class));
    }

    /** The changes of a household readable now, newest first: when, what kind, by whom. */
    List<HouseholdChange> history(long id, Jurisdiction jurisdiction) {
        return ScopedSql.of(jdbc, jurisdiction, """
                        SELECT v.valid_from, v.change_kind, v.changed_by FROM household_version v
                        JOIN household h ON h.id = v.household_id JOIN admin_unit u ON u.id = h.unit_id
                        WHERE v.household_id = :id AND u.path LIKE ANY (:scope) ORDER BY v.valid_from DESC, v.id DESC
                        """)
                .param("id", id)
                .query((rs, n) -> new HouseholdChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * Citizen IDs of this household that also appear in another current household. That an ID is
     * held elsewhere may be known; which household holds it only inside the jurisdiction, so the
     * list of codes names only those (and is empty when all others lie outside).
     */
    Map<String, List<String>> sharedCitizenIds(long householdId, Jurisdiction jurisdiction) {
        Map<String, List<String>> shared = new HashMap<>();
        ScopedSql.of(jdbc, jurisdiction, """
                        SELECT m.citizen_id, CASE WHEN ou.path LIKE ANY (:scope) THEN o.code END FROM household_member m
                        JOIN household_member om ON om.citizen_id = m.citizen_id AND om.household_id <> m.household_id
                        JOIN household o ON o.id = om.household_id AND o.voided_at IS NULL
                        JOIN admin_unit ou ON ou.id = o.unit_id
                        JOIN household h ON h.id = m.household_id JOIN admin_unit u ON u.id = h.unit_id
                        WHERE m.household_id = :id AND m.citizen_id IS NOT NULL AND u.path LIKE ANY (:scope) ORDER BY 2
                        """)
                .param("id", householdId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .forEach(e -> {
                    List<String> codes = shared.computeIfAbsent(e[0], k -> new ArrayList<>());
                    if (e[1] != null) {
                        codes.add(e[1]);
                    }
                });
        return shared;
    }

    /**
     * Citizen IDs held by members of more than one current household, where one of them is inside
     * the jurisdiction: the codes of the households inside it, and how many others hold it elsewhere.
     */
    List<DuplicateCitizenId> duplicates(String unitPath, Jurisdiction jurisdiction, int limit) {
        return ScopedSql.of(jdbc, jurisdiction, """
                        SELECT m.citizen_id, array_agg(DISTINCT h.code ORDER BY h.code) FILTER (WHERE hu.path LIKE ANY (:scope)) AS codes,
                               count(DISTINCT h.id) FILTER (WHERE NOT hu.path LIKE ANY (:scope)) AS elsewhere
                        FROM household_member m JOIN household h ON h.id = m.household_id AND h.voided_at IS NULL
                        JOIN admin_unit hu ON hu.id = h.unit_id
                        WHERE m.citizen_id IN (
                            SELECT m2.citizen_id FROM household_member m2
                            JOIN household h2 ON h2.id = m2.household_id AND h2.voided_at IS NULL
                            JOIN admin_unit u ON u.id = h2.unit_id
                            WHERE m2.citizen_id IS NOT NULL AND u.path LIKE :unitPath AND u.path LIKE ANY (:scope))
                        GROUP BY m.citizen_id HAVING count(DISTINCT h.id) > 1 ORDER BY m.citizen_id LIMIT :limit
                        """)
                .param("unitPath", unitPath + "%")
                .param("limit", limit)
                .query((rs, n) -> new DuplicateCitizenId(
                        rs.getString(1), List.of((String[]) rs.getArray(2).getArray()), rs.getInt(3)))
                .list();
    }

    private void insertMembers(long householdId, List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            // the facts are what the member is beyond its columns (the registry's member as JSON)
            ObjectNode facts = json.valueToTree(m);
            facts.remove(MEMBER_COLUMNS);
            jdbc.sql("""
                            INSERT INTO household_member (province_id, household_id, ord, name, search_name, citizen_id, birth_year,
                                   sex, relation, ethnicity, facts)
                            SELECT province_id, id, :ord, :name, :search, :cid, :birth, :sex, :rel, :eth, CAST(:facts AS jsonb)
                            FROM household_identity WHERE id = :h
                            """)
                    .param("h", householdId)
                    .param("ord", i)
                    .param("name", m.name().trim())
                    .param("search", TextFolding.fold(m.name()))
                    .param("cid", m.citizenId() == null || m.citizenId().isBlank() ? null : m.citizenId())
                    .param("birth", m.birthYear())
                    .param("sex", m.sex())
                    .param("rel", m.relation())
                    .param("eth", m.ethnicity())
                    .param("facts", facts.toString())
                    .update();
        }
    }

    /** The members' fields kept in columns of household_member; the others are its facts (jsonb). */
    private static final List<String> MEMBER_COLUMNS =
            List.of("name", "citizenId", "birthYear", "sex", "relation", "ethnicity");

    private Map<String, Object> values(HouseholdData d) {
        Map<String, Object> v = new HashMap<>();
        v.put("code", d.code().trim());
        v.put("unit", d.unitId());
        v.put("head", d.headName().trim());
        v.put("search", TextFolding.fold(d.headName()));
        v.put("address", d.address());
        v.put(
                "phone",
                d.phone() == null || d.phone().isBlank() ? null : d.phone().trim());
        v.put("area", d.area());
        v.put("labour", d.labourCapacity());
        v.put("minority", Boolean.TRUE.equals(d.ethnicMinority()));
        v.put("merit", Boolean.TRUE.equals(d.personOfMerit()));
        v.put("protection", Boolean.TRUE.equals(d.socialProtection()));
        v.put("female", Boolean.TRUE.equals(d.femaleHead()));
        v.put("dwelling", json.writeValueAsString(d.dwelling()));
        return v;
    }

    java.util.Map<Long, int[]> countsByCommune(java.util.Collection<Long> communeIds) {
        java.util.Map<Long, int[]> counts = new java.util.HashMap<>();
        if (communeIds.isEmpty()) {
            return counts;
        }
        java.util.StringJoiner ids = new java.util.StringJoiner(",", "{", "}");
        communeIds.forEach(id -> ids.add(Long.toString(id)));
        jdbc.sql("""
                        SELECT coalesce(CASE WHEN hu.level = 'VILLAGE' THEN hu.parent_id END, hu.id) AS commune,
                               count(*), count(*) FILTER (WHERE h.ethnic_minority)
                        FROM household h JOIN admin_unit hu ON hu.id = h.unit_id
                        WHERE h.voided_at IS NULL AND (hu.id = ANY (CAST(:ids AS bigint[]))
                              OR hu.parent_id = ANY (CAST(:ids AS bigint[])))
                        GROUP BY 1
                        """).param("ids", ids.toString()).query(rs -> {
            counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
        });
        return counts;
    }
}
