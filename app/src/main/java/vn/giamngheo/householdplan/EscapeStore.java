package vn.giamngheo.householdplan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/**
 * SQL of the "able to escape this year" lists and their hit rate. A household belongs to the commune
 * where it lives now (a plan made before the 2025 reform follows its household to the new commune);
 * the recognised escapes come from the review's published flows.
 */
@Repository
class EscapeStore {
    /** The recognised escapes of a year: the household left the poor list upward, or the near-poor list. */
    static final String ESCAPED = """
            SELECT fl.household_id FROM review_flows fl JOIN review_lists_in_force f ON f.campaign_id = fl.campaign_id
            WHERE f.year = :y AND ((fl.side = 'POOR' AND fl.category IN ('ESCAPED', 'TO_OTHER'))
                                   OR (fl.side = 'NEAR_POOR' AND fl.category = 'ESCAPED'))""";

    private final JdbcClient jdbc;

    EscapeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EscapeRow> rows(String communePath, int year, Jurisdiction reader) {
        return ScopedSql.of(jdbc, reader, """
                        SELECT p.id, p.household_id, h.code, h.head_name, hu.name, p.listed_class, h.labour_capacity,
                               p.helper_kind, p.helper_name, p.consent,
                               (SELECT string_agg(s.description, '; ' ORDER BY s.ord) FROM household_plan_solution s
                                WHERE s.plan_id = p.id),
                               p.household_id IN (%s)
                        FROM household_plan p
                        JOIN household_register h ON h.id = p.household_id
                        JOIN admin_unit hu ON hu.id = h.unit_id
                        WHERE p.year = :y AND p.target_year = :y AND p.voided_at IS NULL AND NOT h.voided
                          AND (hu.path LIKE :p OR p.commune_id IN (SELECT c.id FROM admin_unit c WHERE c.path LIKE :p))
                          AND hu.path LIKE ANY (:scope)
                        ORDER BY h.labour_capacity IS NOT TRUE, hu.path, h.head_name, p.id
                        """.formatted(ESCAPED))
                .param("y", year)
                .param("p", communePath + "%")
                .query((rs, n) -> new EscapeRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        (Boolean) rs.getObject(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getBoolean(10),
                        rs.getString(11),
                        rs.getBoolean(12)))
                .list();
    }

    long insertSubmission(
            long communeId,
            int year,
            Long obligationId,
            LocalDate on,
            List<Long> households,
            int withLabour,
            int withoutLabour,
            Instant at,
            String by) {
        return jdbc.sql("""
                        INSERT INTO household_plan_escape_submission (commune_id, year, obligation_id, submitted_on, household_ids,
                                                                      with_labour, without_labour, created_at, created_by)
                        VALUES (:c, :y, :o, :on, CAST(:h AS bigint[]), :wl, :wo, :at, :by) RETURNING id
                        """)
                .param("c", communeId)
                .param("y", year)
                .param("o", obligationId)
                .param("on", Date.valueOf(on))
                .param("h", households.toArray(Long[]::new))
                .param("wl", withLabour)
                .param("wo", withoutLabour)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    Optional<EscapeList.Submission> lastSubmission(long communeId, int year) {
        return jdbc.sql("""
                        SELECT id, submitted_on, created_by, cardinality(household_ids), obligation_id
                        FROM household_plan_escape_submission WHERE commune_id = :c AND year = :y ORDER BY id DESC LIMIT 1
                        """)
                .param("c", communeId)
                .param("y", year)
                .query((rs, n) -> new EscapeList.Submission(
                        rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getInt(4), (Long)
                                rs.getObject(5)))
                .optional();
    }

    /**
     * The hit rate of each commune in the unit's subtree (by where the households live now), in reach:
     * expected from the commune's latest submission of the year, else from its plans targeting the year.
     */
    List<HitRate> hitRates(String unitPath, int year, Jurisdiction reader) {
        return ScopedSql.of(jdbc, reader, """
                        WITH hh AS (
                            SELECT h.id, coalesce(CASE WHEN hu.level = 'VILLAGE' THEN hu.parent_id END, hu.id) AS commune
                            FROM household_register h JOIN admin_unit hu ON hu.id = h.unit_id
                            WHERE hu.path LIKE :p AND hu.path LIKE ANY (:scope)),
                        submitted AS (
                            SELECT DISTINCT ON (s.commune_id) s.commune_id, s.household_ids
                            FROM household_plan_escape_submission s
                            WHERE s.year = :y AND s.commune_id IN (SELECT commune FROM hh)
                            ORDER BY s.commune_id, s.id DESC),
                        expected AS (
                            SELECT x.household_id FROM submitted s CROSS JOIN LATERAL unnest(s.household_ids) x(household_id)
                            UNION
                            SELECT p.household_id FROM household_plan p JOIN hh ON hh.id = p.household_id
                            WHERE p.year = :y AND p.target_year = :y AND p.voided_at IS NULL
                              AND NOT EXISTS (SELECT 1 FROM submitted s WHERE s.commune_id = hh.commune)),
                        escaped AS (%s),
                        t AS (
                            SELECT hh.commune, hh.id IN (SELECT household_id FROM expected) AS ex,
                                   hh.id IN (SELECT household_id FROM escaped) AS es
                            FROM hh)
                        SELECT t.commune, btrim(coalesce(cu.kind, '') || ' ' || cu.name), count(*) FILTER (WHERE ex), count(*) FILTER (WHERE ex AND es),
                               count(*) FILTER (WHERE es), EXISTS (SELECT 1 FROM submitted s WHERE s.commune_id = t.commune)
                        FROM t JOIN admin_unit cu ON cu.id = t.commune
                        WHERE ex OR es
                        GROUP BY t.commune, cu.kind, cu.name, cu.path
                        ORDER BY cu.path
                        """.formatted(ESCAPED))
                .param("y", year)
                .param("p", unitPath + "%")
                .query((rs, n) -> new HitRate(
                        rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(6)))
                .list();
    }
}
