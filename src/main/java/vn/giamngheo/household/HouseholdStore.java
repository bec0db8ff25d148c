package vn.giamngheo.household;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.TextFolding;

/**
 * SQL for households. Every query joins the household's unit and carries the jurisdiction
 * condition on the unit's path: a household outside it is simply not found.
 */
@Repository
class HouseholdStore {
    private static final String COLUMNS = """
            h.id, h.code, h.unit_id, h.head_name, h.address, h.phone, h.area, h.labour_capacity, h.ethnic_minority, h.person_of_merit,
            h.social_protection, h.female_head, h.dwelling::text AS dwelling, h.current_class, h.class_standard, h.class_year,
            h.voided_at, h.void_reason, h.version
            """;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    HouseholdStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Household> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM household h JOIN admin_unit u ON u.id = h.unit_id WHERE h.id = :id AND "
                        + jurisdiction.sqlCondition("u.path"))
                .param("id", id)
                .params(jurisdiction.sqlParameters())
                .query((rs, n) -> map(rs, List.of()))
                .optional()
                .map(h -> withMembers(h, members(h.id())));
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
        StringBuilder where = new StringBuilder(jurisdiction.sqlCondition("u.path"));
        Map<String, Object> params = new HashMap<>(jurisdiction.sqlParameters());
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
                        default -> throw vn.giamngheo.shared.InvalidInput.of("group", "unknown group " + q.group());
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
        long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM household h JOIN admin_unit u ON u.id = h.unit_id"
                        + " WHERE " + where + " LIMIT " + (HouseholdPage.COUNT_CAP + 1) + ") x")
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", q.size());
        params.put("offset", (long) q.page() * q.size());
        List<HouseholdSummary> items = jdbc.sql(
                        """
                        SELECT h.id, h.code, h.head_name, h.unit_id, coalesce(u.kind || ' ', '') || u.name AS unit_name, h.area,
                               (SELECT count(*) FROM household_member m WHERE m.household_id = h.id) AS members,
                               h.current_class, h.ethnic_minority, h.voided_at IS NOT NULL AS voided
                        FROM household h JOIN admin_unit u ON u.id = h.unit_id WHERE """ + " " + where + " ORDER BY h.search_name, h.id LIMIT :limit OFFSET :offset")
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

    void insertVersion(Household h, String kind, Instant at, String by) {
        jdbc.sql(
                        "INSERT INTO household_version (province_id, household_id, valid_from, change_kind, changed_by, snapshot)"
                                + " SELECT province_id, id, :at, :kind, :by, CAST(:snapshot AS jsonb) FROM household_identity"
                                + " WHERE id = :id")
                .param("id", h.id())
                .param("at", Timestamp.from(at))
                .param("kind", kind)
                .param("by", by)
                .param("snapshot", json.writeValueAsString(h))
                .update();
    }

    /** The household as it was at {@code at}: the latest snapshot taken at or before it. */
    Optional<Household> asOf(long id, Instant at) {
        return jdbc.sql("SELECT snapshot::text FROM household_version WHERE household_id = :id AND valid_from <= :at"
                        + " ORDER BY valid_from DESC, id DESC LIMIT 1")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, Household.class));
    }

    /** The changes of a household, newest first: when, what kind, by whom. */
    List<HouseholdChange> history(long id) {
        return jdbc.sql("SELECT valid_from, change_kind, changed_by FROM household_version WHERE household_id = :id"
                        + " ORDER BY valid_from DESC, id DESC")
                .param("id", id)
                .query((rs, n) -> new HouseholdChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Citizen IDs of this household that also appear in another current household, with those households' codes. */
    Map<String, List<String>> sharedCitizenIds(long householdId) {
        Map<String, List<String>> shared = new HashMap<>();
        jdbc.sql("""
                        SELECT m.citizen_id, o.code FROM household_member m
                        JOIN household_member om ON om.citizen_id = m.citizen_id AND om.household_id <> m.household_id
                        JOIN household o ON o.id = om.household_id AND o.voided_at IS NULL
                        WHERE m.household_id = :id AND m.citizen_id IS NOT NULL ORDER BY o.code
                        """)
                .param("id", householdId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> shared.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return shared;
    }

    /** Citizen IDs held by members of more than one current household, where one of them is inside the jurisdiction. */
    List<DuplicateCitizenId> duplicates(String unitPath, Jurisdiction jurisdiction, int limit) {
        Map<String, Object> params = new HashMap<>(jurisdiction.sqlParameters());
        params.put("unitPath", unitPath + "%");
        params.put("limit", limit);
        return jdbc.sql("""
                        SELECT m.citizen_id, array_agg(DISTINCT h.code ORDER BY h.code) AS codes
                        FROM household_member m JOIN household h ON h.id = m.household_id AND h.voided_at IS NULL
                        WHERE m.citizen_id IN (
                            SELECT m2.citizen_id FROM household_member m2
                            JOIN household h2 ON h2.id = m2.household_id AND h2.voided_at IS NULL
                            JOIN admin_unit u ON u.id = h2.unit_id
                            WHERE m2.citizen_id IS NOT NULL AND u.path LIKE :unitPath AND """ + " " + jurisdiction.sqlCondition("u.path") + ")"
                        + " GROUP BY m.citizen_id HAVING count(DISTINCT h.id) > 1 ORDER BY m.citizen_id LIMIT :limit")
                .params(params)
                .query((rs, n) -> new DuplicateCitizenId(
                        rs.getString(1), List.of((String[]) rs.getArray(2).getArray())))
                .list();
    }

    private List<Member> members(long householdId) {
        return jdbc.sql(
                        "SELECT name, citizen_id, birth_year, sex, relation, ethnicity, facts::text FROM household_member"
                                + " WHERE household_id = :id ORDER BY ord")
                .param("id", householdId)
                .query((rs, n) -> {
                    MemberFacts f = json.readValue(rs.getString(7), MemberFacts.class);
                    return new Member(
                            rs.getString(1),
                            rs.getString(2),
                            (Integer) rs.getObject(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            f.healthInsured(),
                            f.stunted(),
                            f.underweight(),
                            f.education(),
                            f.inSchool(),
                            f.employment(),
                            f.disabled(),
                            f.socialAllowance(),
                            f.personOfMerit());
                })
                .list();
    }

    private void insertMembers(long householdId, List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            MemberFacts f = new MemberFacts(
                    m.healthInsured(),
                    m.stunted(),
                    m.underweight(),
                    m.education(),
                    m.inSchool(),
                    m.employment(),
                    m.disabled(),
                    m.socialAllowance(),
                    m.personOfMerit());
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
                    .param("facts", json.writeValueAsString(f))
                    .update();
        }
    }

    /** The member facts kept as jsonb (the exchange format's fields, unknown ones null). */
    record MemberFacts(
            Boolean healthInsured,
            Boolean stunted,
            Boolean underweight,
            String education,
            Boolean inSchool,
            String employment,
            Boolean disabled,
            Boolean socialAllowance,
            Boolean personOfMerit) {}

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

    private Household map(ResultSet rs, List<Member> members) throws SQLException {
        Timestamp voided = rs.getTimestamp("voided_at");
        return new Household(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getLong("unit_id"),
                rs.getString("head_name"),
                rs.getString("address"),
                rs.getString("phone"),
                rs.getString("area"),
                (Boolean) rs.getObject("labour_capacity"),
                rs.getBoolean("ethnic_minority"),
                rs.getBoolean("person_of_merit"),
                rs.getBoolean("social_protection"),
                rs.getBoolean("female_head"),
                json.readValue(rs.getString("dwelling"), Dwelling.class),
                members,
                rs.getString("current_class"),
                rs.getString("class_standard"),
                (Integer) rs.getObject("class_year"),
                voided == null ? null : voided.toInstant(),
                rs.getString("void_reason"),
                rs.getInt("version"));
    }

    private static Household withMembers(Household h, List<Member> members) {
        return new Household(
                h.id(),
                h.code(),
                h.unitId(),
                h.headName(),
                h.address(),
                h.phone(),
                h.area(),
                h.labourCapacity(),
                h.ethnicMinority(),
                h.personOfMerit(),
                h.socialProtection(),
                h.femaleHead(),
                h.dwelling(),
                members,
                h.currentClass(),
                h.classStandard(),
                h.classYear(),
                h.voidedAt(),
                h.voidReason(),
                h.version());
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
