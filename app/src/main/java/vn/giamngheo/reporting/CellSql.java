package vn.giamngheo.reporting;

/**
 * The SQL that computes the report cells of communes from their recognised lists
 * (docs/domain/review-and-reporting.md §5). Parameters {@code :communes} (bigint array literal) and {@code
 * :years} (int array literal); columns {@code unit_id, list_year, form, row_key, col, value}.
 *
 * <p>What the lists in force are, and which data of each household counts, is the review's rule: it
 * publishes them (V23_1, decision 1111; V37_1, decision 1905) as {@code review_lists_held} ({@code k}: the
 * campaigns in force per commune and year, a successor holding its predecessors' until it has its own)
 * and {@code review_households_in_force} ({@code hh}: its households, each
 * with the data of its latest review up to that campaign and the id of that survey row, so that the
 * survey input is fetched for the listed households only). The registry's facts come from its
 * published {@code household_register}.
 *
 * <p>Flows of year Y are the moves of C's recognised campaigns with list year Y ({@code
 * review_flow_persons}, the review's flow rule); END is the list in force, START = END + decreases −
 * increases, so the identity holds exactly at every level by construction and, in the calendar order
 * of campaigns, START is the list in force before the year's first campaign. In persons, what leaves
 * counts at its size on the previous list and a household that stayed on a list with another size
 * adds the difference to the other increases or decreases (decision 1601): the opening in persons is
 * the list in force, whatever the survey found. A unit holding a campaign in part (a split commune
 * and its parts) takes the moves of the households attributed to it by the village of their review
 * row ({@code review_attributed_path}, decision 1931), as its list in force does.
 */
public final class CellSql {
    private CellSql() {}

    /**
     * Every indicator code in the exchange format's order: bit i of a PROFILE row's mask is code i. The
     * PROFILE cells ("m:MASK:CLASS", households and persons) count the households by deprivation
     * profile and class, for the Alkire–Foster measures without reading the households again.
     */
    static final String ALL_CODES = "{"
            + String.join(
                    ",",
                    java.util.Arrays.stream(vn.giamngheo.standard.Indicator.values())
                            .map(Enum::name)
                            .toList())
            + "}";

    /**
     * The lists in force, as the review publishes them (its {@code review_in_force} and {@code
     * review_households_in_force}, V23_1): the campaign in force per commune and year ({@code k}) and
     * its households with their data ({@code hh}).
     */
    static final String IN_FORCE = inForce("NULL");

    /**
     * The lists in force as held in the structure of {@code asOf} (an SQL date expression; "NULL": the
     * structure of each list year's 1 January, what the kept cells hold).
     */
    static String inForce(String asOf) {
        return """
            yrs AS (SELECT unnest(CAST(:years AS int[])) AS y),
            k AS (
                SELECT f.list_year AS y, f.unit_id, f.campaign_id AS id, f.recognition_seq AS seq,
                       f.source_unit_id AS src, f.whole, u.path
                FROM review_lists_held(CAST(:communes AS bigint[]), CAST(:years AS int[]), %1$s) f
                JOIN admin_unit u ON u.id = f.unit_id),
            hh AS (
                SELECT f.list_year AS y, f.unit_id, f.household_id, f.household_class AS cls, f.persons, f.deprivations,
                       f.row_id
                FROM review_households_in_force(CAST(:communes AS bigint[]), CAST(:years AS int[]), %1$s) f)""".formatted(asOf);
    }

    /** The cells of the communes and years: summary, flows, deprivations, groups, children. */
    static final String CELLS = cells("NULL");

    /** The cells of the communes held in the structure of {@code :asOf} (today's units for past years). */
    static final String CELLS_AS_OF = cells("CAST(:asOf AS date)");

    private static String cells(String asOf) {
        return "WITH " + inForce(asOf) + ("""
            ,
            listed AS (SELECT hh.*, rr.input FROM hh LEFT JOIN review_rows rr ON rr.row_id = hh.row_id
                       WHERE hh.cls IN ('POOR', 'NEAR_POOR')),
            summary AS (
                SELECT hh.y, hh.unit_id, hh.cls AS row_key, v.col, sum(v.val) AS value
                FROM hh CROSS JOIN LATERAL (VALUES ('HH', 1), ('PERSONS', hh.persons)) v(col, val)
                GROUP BY 1, 2, 3, 4),
            registered AS (
                SELECT yrs.y, r.commune AS unit_id, 'REGISTERED' AS row_key, 'HH' AS col, r.n AS value
                FROM (SELECT coalesce(CASE WHEN hu.level = 'VILLAGE' THEN hu.parent_id END, hu.id) AS commune, count(*) AS n
                      FROM household_register h JOIN admin_unit hu ON hu.id = h.unit_id
                      WHERE NOT h.voided
                        AND (hu.id = ANY (CAST(:communes AS bigint[])) OR hu.parent_id = ANY (CAST(:communes AS bigint[])))
                      GROUP BY 1) r
                JOIN yrs ON EXISTS (SELECT 1 FROM k WHERE k.unit_id = r.commune AND k.y = yrs.y)),
            moves AS (
                SELECT k.y, k.unit_id, f.side, f.category, sum(f.households) AS hh, sum(f.persons) AS persons
                FROM k JOIN review_flow_persons f
                  ON f.unit_id = k.src AND f.list_year = k.y AND f.recognition_seq <= k.seq
                WHERE k.whole OR review_attributed_path(f.household_id, f.row_id) LIKE k.path || '%%'
                GROUP BY 1, 2, 3, 4),
            sides AS (
                SELECT DISTINCT k.y, k.unit_id, s.side FROM k CROSS JOIN (VALUES ('POOR'), ('NEAR_POOR')) s(side)),
            flow_ends AS (
                SELECT s.y, s.unit_id, s.side, coalesce(e.hh, 0) AS end_hh, coalesce(e.persons, 0) AS end_persons,
                       coalesce(m.net_hh, 0) AS net_hh, coalesce(m.net_persons, 0) AS net_persons
                FROM sides s
                LEFT JOIN (SELECT y, unit_id, cls, count(*) AS hh, sum(persons) AS persons FROM listed GROUP BY 1, 2, 3) e
                       ON e.y = s.y AND e.unit_id = s.unit_id AND e.cls = s.side
                LEFT JOIN (SELECT y, unit_id, side,
                                  sum(CASE WHEN category IN ('FROM_OTHER', 'FELL_BACK', 'NEWLY', 'MOVED_IN', 'UNMATCHED_IN')
                                           THEN -hh ELSE hh END) AS net_hh,
                                  sum(CASE WHEN category IN ('FROM_OTHER', 'FELL_BACK', 'NEWLY', 'MOVED_IN', 'UNMATCHED_IN')
                                           THEN -persons ELSE persons END) AS net_persons
                           FROM moves GROUP BY 1, 2, 3) m
                       ON m.y = s.y AND m.unit_id = s.unit_id AND m.side = s.side),
            flows AS (
                SELECT y, unit_id, side || '.' || category AS row_key, 'HH' AS col, hh AS value FROM moves
                UNION ALL SELECT y, unit_id, side || '.' || category, 'PERSONS', persons FROM moves
                UNION ALL SELECT y, unit_id, side || '.END', 'HH', end_hh FROM flow_ends
                UNION ALL SELECT y, unit_id, side || '.END', 'PERSONS', end_persons FROM flow_ends
                UNION ALL SELECT y, unit_id, side || '.START', 'HH', end_hh + net_hh FROM flow_ends
                UNION ALL SELECT y, unit_id, side || '.START', 'PERSONS', end_persons + net_persons FROM flow_ends),
            deprivations AS (
                SELECT l.y, l.unit_id, d AS row_key, l.cls AS col, count(*) AS value
                FROM listed l CROSS JOIN LATERAL unnest(l.deprivations) d
                GROUP BY 1, 2, 3, 4),
            heads AS (
                SELECT l.*, h.ethnic_minority, h.labour_capacity, h.person_of_merit, h.female_head, h.social_protection,
                       %s AS head_ethnicity
                FROM listed l JOIN household_register h ON h.id = l.household_id),
            groups AS (
                SELECT y, unit_id, g.key AS row_key, cls AS col, count(*) AS value
                FROM heads CROSS JOIN LATERAL (VALUES
                    ('GROUP:ETHNIC_MINORITY', ethnic_minority), ('GROUP:NO_LABOUR', labour_capacity = false),
                    ('GROUP:PERSON_OF_MERIT', person_of_merit), ('GROUP:FEMALE_HEAD', female_head),
                    ('GROUP:SOCIAL_PROTECTION', social_protection)) g(key, yes)
                WHERE g.yes GROUP BY 1, 2, 3, 4
                UNION ALL
                SELECT y, unit_id, 'ETHNICITY:' || head_ethnicity, cls, count(*) FROM heads GROUP BY 1, 2, 3, 4
                UNION ALL
                SELECT l.y, l.unit_id, 'CAUSE:' || cause, l.cls, count(*)
                FROM listed l CROSS JOIN LATERAL jsonb_array_elements_text(
                    CASE WHEN jsonb_typeof(l.input->'causes') = 'array' THEN l.input->'causes' ELSE '[]'::jsonb END) cause
                GROUP BY 1, 2, 3, 4),
            profiles AS (
                SELECT h.y, h.unit_id, 'm:' || m.mask || ':' || h.cls AS row_key, v.col, sum(v.val) AS value
                FROM hh h
                CROSS JOIN LATERAL (SELECT coalesce(sum(1 << (array_position(CAST('%s' AS text[]), d) - 1)), 0) AS mask
                                    FROM unnest(h.deprivations) d) m
                CROSS JOIN LATERAL (VALUES ('HH', 1), ('PERSONS', h.persons)) v(col, val)
                WHERE h.deprivations IS NOT NULL AND h.cls <> 'UNDETERMINED'
                GROUP BY 1, 2, 3, 4),
            children AS (
                SELECT l.y, l.unit_id, c.key AS row_key, l.cls AS col, count(*) AS value
                FROM listed l
                CROSS JOIN LATERAL jsonb_array_elements(
                    CASE WHEN jsonb_typeof(l.input->'members') = 'array' THEN l.input->'members' ELSE '[]'::jsonb END) m
                CROSS JOIN LATERAL (VALUES
                    ('CHILDREN', true),
                    ('NO_INSURANCE', m->>'healthInsured' = 'false'),
                    ('STUNTED_UNDERWEIGHT', m->>'stunted' = 'true' OR m->>'underweight' = 'true'),
                    ('NOT_IN_SCHOOL', (m->>'age')::int >= 3 AND m->>'inSchool' = 'false')) c(key, yes)
                WHERE jsonb_typeof(m->'age') = 'number' AND (m->>'age')::int < 16 AND c.yes
                GROUP BY 1, 2, 3, 4)
            SELECT unit_id, y AS list_year, 'SUMMARY' AS form, row_key, col, value FROM summary
            UNION ALL SELECT unit_id, y, 'SUMMARY', row_key, col, value FROM registered
            UNION ALL SELECT unit_id, y, 'FLOWS', row_key, col, value FROM flows
            UNION ALL SELECT unit_id, y, 'DEPRIVATIONS', row_key, col, value FROM deprivations
            UNION ALL SELECT unit_id, y, 'GROUPS', row_key, col, value FROM groups
            UNION ALL SELECT unit_id, y, 'CHILDREN', row_key, col, value FROM children
            UNION ALL SELECT unit_id, y, 'PROFILE', row_key, col, value FROM profiles
            """).formatted(headEthnicity("l"), ALL_CODES);
    }

    /** The campaign in force per commune and year. Columns {@code unit_id, list_year, campaign_id}. */
    static final String BASIS = "SELECT DISTINCT f.unit_id, f.list_year, f.campaign_id"
            + " FROM review_lists_held(CAST(:communes AS bigint[]), CAST(:years AS int[])) f";

    /**
     * The head's ethnicity of a listed household: from the survey's members (the relation {@code
     * rows}'s {@code input}), else the registry's head ({@code h}, the household register), else "?".
     */
    public static String headEthnicity(String rows) {
        return """
                coalesce(nullif(btrim(coalesce(
                    (SELECT m->>'ethnicity' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(%1$s.input->'members') = 'array'
                                                                           THEN %1$s.input->'members' END) m
                     WHERE m->>'relation' = 'HEAD' LIMIT 1),
                    h.head_ethnicity)), ''), '?')""".formatted(rows);
    }
}
