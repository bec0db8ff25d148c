package vn.giamngheo.householdplan;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/**
 * The plans' tables. Every read of a plan joins the household's place now (the registry's published
 * {@code household_register} and {@code admin_unit}) and keeps it in the reader's jurisdiction.
 */
@Repository
class HouseholdPlanStore {
    private static final String PLAN_COLUMNS = """
            p.id, p.household_id, h.code, h.head_name, h.address, h.unit_id, hu.path, p.commune_id, p.year,
            p.listed_class, h.labour_capacity, p.survey_causes, p.causes, p.deprivations, p.target_year, p.agreed,
            p.helper_kind, p.helper_name, p.helper_agency_id, p.helper_phone, p.consent, p.consent_on,
            p.next_visit_on, p.note, p.version, p.changed_at, p.changed_by""";

    private final JdbcClient jdbc;

    HouseholdPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A household in reach, with its commune now (a household filed under a village belongs to its commune). */
    record HouseholdRef(
            long id, String code, String headName, long unitId, String unitPath, long communeId, boolean voided) {}

    Optional<HouseholdRef> household(long householdId, Jurisdiction reader) {
        return ScopedSql.of(jdbc, reader, """
                        SELECT h.id, h.code, h.head_name, h.unit_id, hu.path,
                               coalesce(CASE WHEN hu.level = 'VILLAGE' THEN hu.parent_id END, hu.id), h.voided
                        FROM household_register h JOIN admin_unit hu ON hu.id = h.unit_id
                        WHERE h.id = :h AND hu.path LIKE ANY (:scope)
                        """)
                .param("h", householdId)
                .query((rs, n) -> new HouseholdRef(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getBoolean(7)))
                .optional();
    }

    /** Where a household stands on the lists in force for a year: its class, the commune and campaign. */
    record Listing(String householdClass, long communeId, long campaignId) {}

    /**
     * The household's class on the lists in force for {@code year} of the communes whose recognised
     * reviews hold it; for the current year, also the current lists of its commune now (a commune
     * formed by the 2025 reform holds its predecessors' lists).
     */
    Optional<Listing> listing(long householdId, long communeNow, int year, boolean current) {
        Optional<Listing> own = jdbc.sql("""
                        WITH c AS (
                            SELECT array_agg(DISTINCT f.unit_id) AS ids
                            FROM review_rows r JOIN review_lists_in_force f ON f.campaign_id = r.campaign_id
                            WHERE r.household_id = :h)
                        SELECT l.household_class, l.unit_id, l.campaign_id
                        FROM c, review_households_in_force(c.ids, ARRAY[CAST(:y AS int)]) l
                        WHERE l.household_id = :h
                        ORDER BY (l.household_class IN ('POOR', 'NEAR_POOR')) DESC, l.campaign_id DESC
                        LIMIT 1
                        """)
                .param("h", householdId)
                .param("y", year)
                .query((rs, n) -> new Listing(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .optional();
        if ((own.isPresent() && isListed(own.get().householdClass())) || !current) {
            return own;
        }
        Optional<Listing> inherited = jdbc.sql("""
                        SELECT l.household_class, CAST(:c AS bigint), l.campaign_id
                        FROM review_current_lists(:c) l WHERE l.household_id = :h
                        ORDER BY l.campaign_id DESC LIMIT 1
                        """)
                .param("c", communeNow)
                .param("h", householdId)
                .query((rs, n) -> new Listing(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .optional();
        return inherited.isPresent() ? inherited : own;
    }

    /** The households of a class on a commune's lists in force for a year (ids only). */
    List<Long> listedOn(long communeId, int year, String householdClass) {
        return jdbc.sql("""
                        SELECT l.household_id FROM review_households_in_force(ARRAY[CAST(:c AS bigint)], ARRAY[CAST(:y AS int)]) l
                        WHERE l.household_class = :cls ORDER BY l.household_id
                        """)
                .param("c", communeId)
                .param("y", year)
                .param("cls", householdClass)
                .query(Long.class)
                .list();
    }

    static boolean isListed(String householdClass) {
        return "POOR".equals(householdClass) || "NEAR_POOR".equals(householdClass);
    }

    /** What the household's latest recognised survey found: its deprivations and the causes given. */
    record Survey(List<String> deprivations, List<String> causes) {}

    Survey latestSurvey(long householdId) {
        return jdbc.sql("""
                        SELECT r.deprivations,
                               ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(r.input->'causes') = 'array'
                                                                       THEN r.input->'causes' ELSE '[]'::jsonb END))
                        FROM review_rows r JOIN review_lists_in_force f ON f.campaign_id = r.campaign_id
                        WHERE r.household_id = :h
                        ORDER BY f.recognition_seq DESC LIMIT 1
                        """)
                .param("h", householdId)
                .query((rs, n) -> new Survey(texts(rs.getArray(1)), texts(rs.getArray(2))))
                .optional()
                .orElse(new Survey(List.of(), List.of()));
    }

    long insert(
            long householdId,
            int year,
            long communeId,
            String listedClass,
            long campaignId,
            Survey survey,
            Instant at,
            String by) {
        return jdbc.sql("""
                        INSERT INTO household_plan (household_id, year, commune_id, listed_class, campaign_id, survey_causes,
                                                    causes, deprivations, created_at, created_by, changed_at, changed_by)
                        VALUES (:h, :y, :c, :cls, :camp, CAST(:causes AS text[]), CAST(:causes AS text[]),
                                CAST(:deps AS text[]), :at, :by, :at, :by)
                        RETURNING id
                        """)
                .param("h", householdId)
                .param("y", year)
                .param("c", communeId)
                .param("cls", listedClass)
                .param("camp", campaignId)
                .param("causes", survey.causes().toArray(String[]::new))
                .param("deps", survey.deprivations().toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    Optional<Long> existing(long householdId, int year) {
        return jdbc.sql("SELECT id FROM household_plan WHERE household_id = :h AND year = :y AND voided_at IS NULL")
                .param("h", householdId)
                .param("y", year)
                .query(Long.class)
                .optional();
    }

    Optional<HouseholdPlan> find(long id, Jurisdiction reader) {
        Optional<HouseholdPlan> header = ScopedSql.of(jdbc, reader, """
                        SELECT %s
                        FROM household_plan p
                        JOIN household_register h ON h.id = p.household_id
                        JOIN admin_unit hu ON hu.id = h.unit_id
                        WHERE p.id = :id AND p.voided_at IS NULL AND hu.path LIKE ANY (:scope)
                        """.formatted(PLAN_COLUMNS))
                .param("id", id)
                .query((rs, n) -> header(rs))
                .optional();
        return header.map(p -> new HouseholdPlan(
                p.id(),
                p.householdId(),
                p.householdCode(),
                p.headName(),
                p.address(),
                p.unitId(),
                p.unitPath(),
                p.communeId(),
                p.year(),
                p.listedClass(),
                p.labourCapacity(),
                p.surveyCauses(),
                p.causes(),
                p.deprivations(),
                p.targetYear(),
                p.agreed(),
                p.helper(),
                p.nextVisitOn(),
                p.note(),
                p.version(),
                p.changedAt(),
                p.changedBy(),
                solutions(id),
                visits(id)));
    }

    /** The plans of a household in reach, newest year first (id and year). */
    List<long[]> ofHousehold(long householdId, Jurisdiction reader) {
        return ScopedSql.of(jdbc, reader, """
                        SELECT p.id, p.year FROM household_plan p
                        JOIN household_register h ON h.id = p.household_id
                        JOIN admin_unit hu ON hu.id = h.unit_id
                        WHERE p.household_id = :h AND p.voided_at IS NULL AND hu.path LIKE ANY (:scope)
                        ORDER BY p.year DESC
                        """)
                .param("h", householdId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .list();
    }

    private List<Solution> solutions(long planId) {
        return jdbc.sql("""
                        SELECT kind, content_code, description, addresses, done FROM household_plan_solution
                        WHERE plan_id = :p ORDER BY ord
                        """)
                .param("p", planId)
                .query((rs, n) -> new Solution(
                        SolutionKind.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        texts(rs.getArray(4)),
                        rs.getBoolean(5)))
                .list();
    }

    private List<Visit> visits(long planId) {
        return jdbc.sql("""
                        SELECT id, visited_on, progress, note, visited_by, created_at, created_by FROM household_plan_visit
                        WHERE plan_id = :p ORDER BY visited_on DESC, id DESC
                        """)
                .param("p", planId)
                .query((rs, n) -> new Visit(
                        rs.getLong(1),
                        rs.getDate(2).toLocalDate(),
                        Progress.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .list();
    }

    /** Saves an edit if the plan is still at {@code version}; false when it changed meanwhile. */
    boolean update(long id, int version, PlanEdit e, Helper helper, Instant at, String by) {
        int n = jdbc.sql("""
                        UPDATE household_plan SET causes = CAST(:causes AS text[]), target_year = :target, agreed = :agreed,
                               helper_kind = :hk, helper_name = :hn, helper_agency_id = :ha, helper_phone = :hp,
                               consent = :consent, consent_on = :consentOn, next_visit_on = :next, note = :note,
                               version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :v AND voided_at IS NULL
                        """)
                .param("causes", e.causes().stream().distinct().toArray(String[]::new))
                .param("target", e.targetYear())
                .param("agreed", e.agreed())
                .param("hk", helper == null ? null : helper.kind().name())
                .param("hn", helper == null ? null : helper.name())
                .param("ha", helper == null ? null : helper.agencyId())
                .param("hp", helper == null ? null : helper.phone())
                .param("consent", helper != null && helper.consent())
                .param(
                        "consentOn",
                        helper == null || helper.consentOn() == null ? null : Date.valueOf(helper.consentOn()))
                .param("next", e.nextVisitOn() == null ? null : Date.valueOf(e.nextVisitOn()))
                .param("note", PlanRules.blank(e.note()) ? null : e.note().strip())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", id)
                .param("v", version)
                .update();
        return n == 1;
    }

    void replaceSolutions(long planId, List<Solution> solutions) {
        jdbc.sql("DELETE FROM household_plan_solution WHERE plan_id = :p")
                .param("p", planId)
                .update();
        int ord = 0;
        for (Solution s : solutions) {
            jdbc.sql("""
                            INSERT INTO household_plan_solution (plan_id, ord, kind, content_code, description, addresses, done)
                            VALUES (:p, :o, :k, :c, :d, CAST(:a AS text[]), :done)
                            """)
                    .param("p", planId)
                    .param("o", ++ord)
                    .param("k", s.kind().name())
                    .param("c", s.contentCode())
                    .param("d", s.description())
                    .param("a", s.addresses().toArray(String[]::new))
                    .param("done", s.done())
                    .update();
        }
    }

    /** Records a visit and moves the plan's next visit; false when the plan changed since {@code version}. */
    boolean addVisit(
            long planId,
            int version,
            LocalDate on,
            Progress progress,
            String note,
            String visitedBy,
            LocalDate next,
            Instant at,
            String by) {
        int n = jdbc.sql("""
                        UPDATE household_plan SET next_visit_on = :next, version = version + 1, changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :v AND voided_at IS NULL
                        """)
                .param("next", next == null ? null : Date.valueOf(next))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", planId)
                .param("v", version)
                .update();
        if (n != 1) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO household_plan_visit (plan_id, visited_on, progress, note, visited_by, created_at, created_by)
                        VALUES (:p, :on, :pr, :note, :vb, :at, :by)
                        """)
                .param("p", planId)
                .param("on", Date.valueOf(on))
                .param("pr", progress.name())
                .param("note", PlanRules.blank(note) ? null : note.strip())
                .param("vb", PlanRules.blank(visitedBy) ? by : visitedBy.strip())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        return true;
    }

    boolean voidPlan(long id, int version, String reason, Instant at, String by) {
        return jdbc.sql("""
                                UPDATE household_plan SET voided_at = :at, voided_by = :by, void_reason = :r,
                                       version = version + 1, changed_at = :at, changed_by = :by
                                WHERE id = :id AND version = :v AND voided_at IS NULL
                                """)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("r", reason)
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    /** Filters of the board: a helper's name (part of it), a target year, only overdue follow-ups. */
    record BoardFilter(String helper, Integer targetYear, boolean overdueOnly) {}

    List<PlanRow> board(String unitPath, int year, BoardFilter f, LocalDate today, Jurisdiction reader) {
        return ScopedSql.of(jdbc, reader, """
                        SELECT p.id, p.household_id, h.code, h.head_name, hu.name, p.year, p.listed_class, h.labour_capacity,
                               p.target_year, p.agreed, p.helper_kind, p.helper_name, p.consent, p.next_visit_on,
                               v.visited_on, v.progress,
                               (SELECT count(*) FROM household_plan_solution s WHERE s.plan_id = p.id),
                               (SELECT count(*) FROM household_plan_solution s WHERE s.plan_id = p.id AND s.done)
                        FROM household_plan p
                        JOIN household_register h ON h.id = p.household_id
                        JOIN admin_unit hu ON hu.id = h.unit_id
                        LEFT JOIN LATERAL (SELECT visited_on, progress FROM household_plan_visit x WHERE x.plan_id = p.id
                                           ORDER BY visited_on DESC, id DESC LIMIT 1) v ON true
                        WHERE p.year = :y AND p.voided_at IS NULL AND hu.path LIKE :p AND hu.path LIKE ANY (:scope)
                          AND (CAST(:helper AS text) IS NULL OR p.helper_name ILIKE '%' || CAST(:helper AS text) || '%')
                          AND (CAST(:target AS int) IS NULL OR p.target_year = CAST(:target AS int))
                          AND (NOT :overdue OR p.next_visit_on < :today)
                        ORDER BY p.helper_name NULLS LAST, hu.path, h.head_name, p.id
                        """)
                .param("y", year)
                .param("p", unitPath + "%")
                .param("helper", PlanRules.blank(f.helper()) ? null : f.helper().strip())
                .param("target", f.targetYear())
                .param("overdue", f.overdueOnly())
                .param("today", Date.valueOf(today))
                .query((rs, n) -> {
                    LocalDate next = date(rs, 14);
                    return new PlanRow(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6),
                            rs.getString(7),
                            (Boolean) rs.getObject(8),
                            (Integer) rs.getObject(9),
                            rs.getBoolean(10),
                            rs.getString(11),
                            rs.getString(12),
                            rs.getBoolean(13),
                            next,
                            date(rs, 15),
                            rs.getString(16),
                            rs.getInt(17),
                            rs.getInt(18),
                            PlanRules.overdue(next, today));
                })
                .list();
    }

    List<Suggestion> suggestions(LocalDate day) {
        return jdbc.sql("""
                        SELECT id, trigger_kind, trigger_code, solution_kind, content_code, description, ord, provisional
                        FROM household_plan_suggestion WHERE retired_on IS NULL OR retired_on > :d
                        ORDER BY trigger_kind DESC, trigger_code, ord, id
                        """)
                .param("d", Date.valueOf(day))
                .query((rs, n) -> new Suggestion(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        SolutionKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getBoolean(8)))
                .list();
    }

    private static HouseholdPlan header(ResultSet rs) throws SQLException {
        String helperKind = rs.getString(17);
        Helper helper = helperKind == null
                ? null
                : new Helper(
                        HelperKind.valueOf(helperKind),
                        rs.getString(18),
                        (Long) rs.getObject(19),
                        rs.getString(20),
                        rs.getBoolean(21),
                        date(rs, 22));
        return new HouseholdPlan(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getString(7),
                rs.getLong(8),
                rs.getInt(9),
                rs.getString(10),
                (Boolean) rs.getObject(11),
                texts(rs.getArray(12)),
                texts(rs.getArray(13)),
                texts(rs.getArray(14)),
                (Integer) rs.getObject(15),
                rs.getBoolean(16),
                helper,
                date(rs, 23),
                rs.getString(24),
                rs.getInt(25),
                rs.getTimestamp(26).toInstant(),
                rs.getString(27),
                List.of(),
                List.of());
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static List<String> texts(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
