package vn.giamngheo.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/**
 * The outcomes of support in SQL, set-based: one statement per breakdown over the live grants of a
 * unit's subtree in the reader's reach and the households' classes on the recognised lists (the
 * review's published {@code review_households_in_force}, read in today's units so a reorganised
 * commune's earlier lists count). The rules are decision 1430's; the tests recompute them in Java.
 */
@Repository
class SupportOutcomeStore {
    /** How the lines are cut. */
    enum Breakdown {
        ALL("'ALL'"),
        CONTENT("g.content_id::text"),
        COMPONENT("g.component_id::text"),
        /**
         * The unit in force today right below the chosen one that holds the household's unit now (a
         * household follows the reorganisations of its place), so a retired district's or commune's
         * grants are summed into today's unit; else, for a chosen unit that is itself retired or a
         * household now elsewhere, the unit below that held the grant's commune.
         */
        UNIT("coalesce((SELECT c.id::text FROM admin_unit c WHERE c.parent_id = :u AND c.valid_to IS NULL"
                + " AND g.hpath LIKE c.path || '%'),"
                + " (SELECT c.id::text FROM admin_unit c WHERE c.parent_id = :u AND g.path LIKE c.path || '%'))");

        final String key;

        Breakdown(String key) {
            this.key = key;
        }
    }

    /**
     * The cohort: per line key and household, the first year the household was supported under the
     * key while on the poor or near-poor list of that year (y0), its classes one and two list years
     * on, and what was disbursed to it. A class counts as observed only when the list of that year
     * was recognised for that year (made), not a former list still in force.
     */
    private static final String COHORT = """
            WITH RECURSIVE g AS (
                SELECT g.household_id, g.content_id, g.component_id, g.paid, g.unit_id, gu.path,
                       (SELECT hu.path FROM household_register hr JOIN admin_unit hu ON hu.id = hr.unit_id
                        WHERE hr.id = g.household_id) AS hpath,
                       extract(year FROM lower(g.period))::int AS y
                FROM support_grant g JOIN admin_unit gu ON gu.id = g.unit_id
                WHERE g.state IN ('APPROVED', 'PAID', 'SETTLED') AND gu.path LIKE :p AND gu.path LIKE ANY (:scope)
                  AND (CAST(:content AS bigint) IS NULL OR g.content_id = :content)
                  AND (CAST(:component AS bigint) IS NULL OR g.component_id = :component)),
            communes AS (
                SELECT DISTINCT unit_id AS id FROM g
                UNION
                SELECT s.successor_id FROM communes c JOIN admin_unit_successions s ON s.predecessor_id = c.id),
            cls AS (
                SELECT DISTINCT ON (f.household_id, f.list_year) f.household_id, f.list_year, f.household_class,
                       l.list_year AS made
                FROM review_households_in_force(ARRAY(SELECT id FROM communes),
                         ARRAY(SELECT generate_series((SELECT min(y) FROM g), greatest(:last, (SELECT max(y) + 2 FROM g)))), :today) f
                JOIN review_lists_in_force l ON l.campaign_id = f.campaign_id
                WHERE f.household_id IN (SELECT household_id FROM g)
                ORDER BY f.household_id, f.list_year,
                         array_position(ARRAY['POOR', 'NEAR_POOR', 'UNDETERMINED', 'MIDDLE', 'NOT_POOR'], f.household_class)),
            keyed AS (
                SELECT %s AS key, g.* FROM g),
            supported AS (
                SELECT k.key, count(DISTINCT k.household_id) AS n FROM keyed k WHERE k.key IS NOT NULL GROUP BY k.key),
            first AS (
                SELECT k.key, k.household_id, min(k.y) AS y0
                FROM keyed k JOIN cls c ON c.household_id = k.household_id AND c.list_year = k.y
                WHERE k.key IS NOT NULL AND c.household_class IN ('POOR', 'NEAR_POOR')
                GROUP BY k.key, k.household_id),
            cohort AS (
                SELECT f.key, f.household_id, f.y0, c0.household_class AS class0,
                       coalesce(c1.made = f.y0 + 1, false) AS obs1,
                       coalesce(c1.made = f.y0 + 1 AND c1.household_class IN ('MIDDLE', 'NOT_POOR'), false) AS esc1,
                       coalesce(c2.made = f.y0 + 2, false) AS obs2,
                       coalesce(c2.made = f.y0 + 2 AND (c2.household_class IN ('MIDDLE', 'NOT_POOR')
                                OR coalesce(c1.made = f.y0 + 1 AND c1.household_class IN ('MIDDLE', 'NOT_POOR'), false)),
                                false) AS esc2,
                       (SELECT coalesce(sum(k.paid), 0) FROM keyed k WHERE k.key = f.key
                        AND k.household_id = f.household_id AND k.y = f.y0) AS spend1,
                       (SELECT coalesce(sum(k.paid), 0) FROM keyed k WHERE k.key = f.key
                        AND k.household_id = f.household_id AND k.y BETWEEN f.y0 AND f.y0 + 1) AS spend2,
                       (SELECT coalesce(sum(k.paid), 0) FROM keyed k WHERE k.key = f.key
                        AND k.household_id = f.household_id) AS spent,
                       (SELECT min(b.list_year) FROM cls a JOIN cls b ON b.household_id = a.household_id
                          AND b.list_year > a.list_year
                        WHERE a.household_id = f.household_id AND a.list_year > f.y0 AND a.made > f.y0
                          AND a.household_class IN ('MIDDLE', 'NOT_POOR')
                          AND b.household_class IN ('POOR', 'NEAR_POOR')) AS fell_year
                FROM first f
                JOIN cls c0 ON c0.household_id = f.household_id AND c0.list_year = f.y0
                LEFT JOIN cls c1 ON c1.household_id = f.household_id AND c1.list_year = f.y0 + 1
                LEFT JOIN cls c2 ON c2.household_id = f.household_id AND c2.list_year = f.y0 + 2)
            %s""";

    private static final String LINES = """
            SELECT s.key, s.n,
                   count(c.household_id),
                   count(*) FILTER (WHERE c.obs1), count(*) FILTER (WHERE c.esc1),
                   coalesce(sum(c.spend1) FILTER (WHERE c.obs1), 0),
                   count(*) FILTER (WHERE c.obs2), count(*) FILTER (WHERE c.esc2),
                   coalesce(sum(c.spend2) FILTER (WHERE c.obs2), 0),
                   count(*) FILTER (WHERE c.fell_year IS NOT NULL), coalesce(sum(c.spent), 0)
            FROM supported s LEFT JOIN cohort c ON c.key = s.key
            GROUP BY s.key, s.n
            """;

    private static final String HOUSEHOLDS = """
            SELECT c.household_id, h.code, h.head_name, btrim(coalesce(gu.kind, '') || ' ' || gu.name) AS commune,
                   c.y0, c.class0, c.obs1, c.esc1, c.obs2, c.esc2, c.fell_year, c.spent,
                   (SELECT string_agg(x.list_year || ':' || x.household_class, ',' ORDER BY x.list_year)
                    FROM cls x WHERE x.household_id = c.household_id AND x.list_year >= c.y0
                      AND (x.made >= x.list_year OR x.list_year = c.y0)) AS classes
            FROM cohort c
            JOIN household_register h ON h.id = c.household_id
            JOIN admin_unit hu ON hu.id = h.unit_id
            JOIN LATERAL (SELECT u.kind, u.name FROM g JOIN admin_unit u ON u.id = g.unit_id
                          WHERE g.household_id = c.household_id ORDER BY g.y LIMIT 1) gu ON true
            WHERE hu.path LIKE ANY (:scope)
              AND (CAST(:only AS text) IS NULL
                   OR (:only = 'ESCAPED1' AND c.esc1) OR (:only = 'ESCAPED2' AND c.esc2)
                   OR (:only = 'FELL_BACK' AND c.fell_year IS NOT NULL)
                   OR (:only = 'STAYED' AND c.obs1 AND NOT c.esc1))
            ORDER BY c.fell_year NULLS LAST, h.code
            LIMIT :limit
            """;

    /** The filters of a reading: the unit's subtree, optionally one content or one sub-project. */
    record Filter(String path, long unitId, Long contentId, Long componentId, LocalDate today) {}

    private final JdbcClient jdbc;

    SupportOutcomeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OutcomeLine> lines(Jurisdiction scope, Filter f, Breakdown by) {
        return bind(ScopedSql.of(jdbc, scope, COHORT.formatted(by.key, LINES)), f)
                .query((rs, n) -> new OutcomeLine(
                        rs.getString(1),
                        null,
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getLong(11)))
                .list();
    }

    /** The cohort's households of the whole filter, personal data: in the reader's reach only. */
    List<OutcomeHousehold> households(Jurisdiction scope, Filter f, String only, int limit) {
        return bind(ScopedSql.of(jdbc, scope, COHORT.formatted(Breakdown.ALL.key, HOUSEHOLDS)), f)
                .param("only", only)
                .param("limit", limit)
                .query((rs, n) -> new OutcomeHousehold(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getBoolean(7) ? rs.getBoolean(8) : null,
                        rs.getBoolean(9) ? rs.getBoolean(10) : null,
                        (Integer) rs.getObject(11),
                        rs.getLong(12),
                        classes(rs.getString(13))))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, Filter f) {
        return s.param("p", f.path() + "%")
                .param("u", f.unitId())
                .param("content", f.contentId())
                .param("component", f.componentId())
                .param("today", f.today())
                .param("last", f.today().getYear() + 1);
    }

    static Map<Integer, String> classes(String text) {
        Map<Integer, String> out = new TreeMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] yc = pair.split(":");
                out.put(Integer.parseInt(yc[0]), yc[1]);
            }
        }
        return out;
    }

    /**
     * One household's class on each list year from {@code from} to next year, for its page: the
     * lists of the communes it was granted in and of the one it lives in, read in today's units;
     * whether that year's list was recognised for the year (not a former list still in force).
     * Personal data: only for a household in the reader's reach.
     */
    List<HouseholdYear.Listed> listed(
            Jurisdiction scope, long householdId, List<Long> grantUnits, int from, LocalDate today) {
        return ScopedSql.of(jdbc, scope, """
                        WITH RECURSIVE home AS (
                            SELECT CASE WHEN u.level = 'VILLAGE' THEN u.parent_id ELSE u.id END AS id
                            FROM household_register h JOIN admin_unit u ON u.id = h.unit_id
                            WHERE h.id = :h AND u.path LIKE ANY (:scope)),
                        communes AS (
                            SELECT id FROM home
                            UNION
                            SELECT unnest(CAST(:units AS bigint[])) WHERE EXISTS (SELECT 1 FROM home)
                            UNION
                            SELECT s.successor_id FROM communes c JOIN admin_unit_successions s ON s.predecessor_id = c.id)
                        SELECT DISTINCT ON (f.list_year) f.list_year, f.household_class, l.list_year = f.list_year
                        FROM review_households_in_force(ARRAY(SELECT id FROM communes),
                                 ARRAY(SELECT generate_series(:from, :last)), :today) f
                        JOIN review_lists_in_force l ON l.campaign_id = f.campaign_id
                        WHERE f.household_id = :h
                        ORDER BY f.list_year,
                                 array_position(ARRAY['POOR', 'NEAR_POOR', 'UNDETERMINED', 'MIDDLE', 'NOT_POOR'], f.household_class)
                        """)
                .param("units", grantUnits.toArray(Long[]::new))
                .param("from", from)
                .param("last", today.getYear() + 1)
                .param("today", today)
                .param("h", householdId)
                .query((rs, n) -> new HouseholdYear.Listed(rs.getInt(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }
}
