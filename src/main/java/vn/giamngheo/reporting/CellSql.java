package vn.giamngheo.reporting;

/**
 * The SQL that computes the report cells of communes from their recognised lists
 * (review-and-reporting.md §5). Parameters {@code :communes} (bigint array literal) and {@code
 * :years} (int array literal); columns {@code unit_id, list_year, form, row_key, col, value}.
 *
 * <p>For commune C and year Y the lists in force are those of C's latest recognised campaign with a
 * list year up to Y ({@code k}). Each household's data (deprivations, the survey input) is its row
 * in the latest recognised campaign of C that reviewed it ({@code latest}, which carries the row's id,
 * not its input, through the sort: the input is fetched for the listed households only): a household that stayed
 * on the lists without being reviewed again keeps the data of its last review. Middle-living and
 * not-poor households are those whose latest review found them so and that are on no list.
 *
 * <p>Flows of year Y are the transitions of C's recognised campaigns with list year Y, counted the way
 * the review counts them (one category per household and side); END is the list in force, START =
 * END + decreases − increases, so the identity holds exactly at every level by construction and, in
 * the calendar order of campaigns, START is the list in force before the year's first campaign. In
 * persons, what leaves counts at its size on the previous list and a household that stayed on a list
 * with another size adds the difference to the other increases or decreases (decision 1601): the
 * opening in persons is the list in force, whatever the survey found.
 */
final class CellSql {
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

    /** Rows with in force: campaign per commune and year, the households on the lists and reviewed. */
    static final String IN_FORCE = """
            yrs AS (SELECT unnest(CAST(:years AS int[])) AS y),
            k AS (
                SELECT DISTINCT ON (c.unit_id, yrs.y) yrs.y, c.unit_id, c.id, c.recognition_seq AS seq
                FROM review_campaign c JOIN yrs ON c.list_year <= yrs.y
                WHERE c.recognition_seq IS NOT NULL AND c.unit_id = ANY (CAST(:communes AS bigint[]))
                ORDER BY c.unit_id, yrs.y, c.recognition_seq DESC),
            latest AS (
                SELECT DISTINCT ON (k.y, k.unit_id, rh.household_id) k.y, k.unit_id, rh.household_id, rh.id AS row_id,
                       rh.household_class, rh.deprivations, rh.persons
                FROM k JOIN review_campaign c ON c.unit_id = k.unit_id AND c.recognition_seq <= k.seq
                                              AND c.list_year <= k.y
                JOIN review_household rh ON rh.campaign_id = c.id
                WHERE rh.household_class IS NOT NULL
                ORDER BY k.y, k.unit_id, rh.household_id, c.recognition_seq DESC),
            hh AS (
                SELECT k.y, k.unit_id, o.household_id, o.household_class AS cls, o.persons, l.deprivations, l.row_id
                FROM k JOIN review_outcome o ON o.campaign_id = k.id AND o.household_class IS NOT NULL
                LEFT JOIN latest l ON l.y = k.y AND l.unit_id = k.unit_id AND l.household_id = o.household_id
                UNION ALL
                SELECT l.y, l.unit_id, l.household_id, l.household_class, l.persons, l.deprivations, l.row_id
                FROM latest l JOIN k ON k.y = l.y AND k.unit_id = l.unit_id
                WHERE l.household_class NOT IN ('POOR', 'NEAR_POOR')
                  AND NOT EXISTS (SELECT 1 FROM review_outcome o WHERE o.campaign_id = k.id
                                  AND o.household_id = l.household_id AND o.household_class IS NOT NULL))""";

    /** The cells of the communes and years: summary, flows, deprivations, groups, children. */
    static final String CELLS = "WITH " + IN_FORCE + ("""
            ,
            listed AS (SELECT hh.*, rr.input FROM hh LEFT JOIN review_household rr ON rr.id = hh.row_id
                       WHERE hh.cls IN ('POOR', 'NEAR_POOR')),
            summary AS (
                SELECT hh.y, hh.unit_id, hh.cls AS row_key, v.col, sum(v.val) AS value
                FROM hh CROSS JOIN LATERAL (VALUES ('HH', 1), ('PERSONS', hh.persons)) v(col, val)
                GROUP BY 1, 2, 3, 4),
            registered AS (
                SELECT yrs.y, r.commune AS unit_id, 'REGISTERED' AS row_key, 'HH' AS col, r.n AS value
                FROM (SELECT coalesce(CASE WHEN hu.level = 'VILLAGE' THEN hu.parent_id END, hu.id) AS commune, count(*) AS n
                      FROM household h JOIN admin_unit hu ON hu.id = h.unit_id
                      WHERE h.voided_at IS NULL
                        AND (hu.id = ANY (CAST(:communes AS bigint[])) OR hu.parent_id = ANY (CAST(:communes AS bigint[])))
                      GROUP BY 1) r
                JOIN yrs ON EXISTS (SELECT 1 FROM k WHERE k.unit_id = r.commune AND k.y = yrs.y)),
            moves AS (
                SELECT yrs.y, c.unit_id, s.side, rtrim(s.category, '+') AS category,
                       count(*) FILTER (WHERE s.category NOT LIKE '%%+') AS hh,
                       sum(CASE WHEN s.category LIKE '%%+' THEN abs(o.persons - coalesce(o.previous_persons, o.persons))
                                WHEN s.category IN ('ESCAPED', 'TO_OTHER', 'MOVED_OUT', 'UNMATCHED_OUT')
                                THEN coalesce(o.previous_persons, o.persons) ELSE o.persons END) AS persons
                FROM review_campaign c JOIN yrs ON c.list_year = yrs.y
                JOIN review_outcome o ON o.campaign_id = c.id
                CROSS JOIN LATERAL (VALUES
                    ('POOR', CASE
                        WHEN o.previous_class = 'POOR' AND o.household_class IS DISTINCT FROM 'POOR' THEN
                            CASE o.transition WHEN 'ESCAPED_POVERTY' THEN 'ESCAPED' WHEN 'POOR_TO_NEAR_POOR' THEN 'TO_OTHER'
                                 WHEN 'MOVED_OUT' THEN 'MOVED_OUT' ELSE 'UNMATCHED_OUT' END
                        WHEN o.household_class = 'POOR' AND o.previous_class IS DISTINCT FROM 'POOR' THEN
                            CASE o.transition WHEN 'NEAR_POOR_TO_POOR' THEN 'FROM_OTHER' WHEN 'FELL_BACK_POOR' THEN 'FELL_BACK'
                                 WHEN 'NEWLY_POOR' THEN 'NEWLY' WHEN 'MOVED_IN' THEN 'MOVED_IN' ELSE 'UNMATCHED_IN' END
                        WHEN o.household_class = 'POOR' AND o.previous_class = 'POOR'
                             AND o.persons <> coalesce(o.previous_persons, o.persons) THEN
                            CASE WHEN o.persons > o.previous_persons THEN 'MOVED_IN+' ELSE 'MOVED_OUT+' END
                        END),
                    ('NEAR_POOR', CASE
                        WHEN o.previous_class = 'NEAR_POOR' AND o.household_class IS DISTINCT FROM 'NEAR_POOR' THEN
                            CASE o.transition WHEN 'ESCAPED_NEAR_POVERTY' THEN 'ESCAPED' WHEN 'NEAR_POOR_TO_POOR' THEN 'TO_OTHER'
                                 WHEN 'MOVED_OUT' THEN 'MOVED_OUT' ELSE 'UNMATCHED_OUT' END
                        WHEN o.household_class = 'NEAR_POOR' AND o.previous_class IS DISTINCT FROM 'NEAR_POOR' THEN
                            CASE o.transition WHEN 'POOR_TO_NEAR_POOR' THEN 'FROM_OTHER' WHEN 'FELL_BACK_NEAR_POOR' THEN 'FELL_BACK'
                                 WHEN 'NEWLY_NEAR_POOR' THEN 'NEWLY' WHEN 'MOVED_IN' THEN 'MOVED_IN' ELSE 'UNMATCHED_IN' END
                        WHEN o.household_class = 'NEAR_POOR' AND o.previous_class = 'NEAR_POOR'
                             AND o.persons <> coalesce(o.previous_persons, o.persons) THEN
                            CASE WHEN o.persons > o.previous_persons THEN 'MOVED_IN+' ELSE 'MOVED_OUT+' END
                        END)) s(side, category)
                WHERE c.recognition_seq IS NOT NULL AND c.unit_id = ANY (CAST(:communes AS bigint[]))
                  AND s.category IS NOT NULL
                  AND EXISTS (SELECT 1 FROM k WHERE k.unit_id = c.unit_id AND k.y = yrs.y AND c.recognition_seq <= k.seq)
                GROUP BY 1, 2, 3, 4),
            sides AS (
                SELECT k.y, k.unit_id, s.side FROM k CROSS JOIN (VALUES ('POOR'), ('NEAR_POOR')) s(side)),
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
                       coalesce(nullif(btrim(coalesce(
                           (SELECT m->>'ethnicity' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(l.input->'members') = 'array'
                                                                                   THEN l.input->'members' END) m
                            WHERE m->>'relation' = 'HEAD' LIMIT 1),
                           (SELECT hm.ethnicity FROM household_member hm WHERE hm.household_id = l.household_id
                            AND hm.relation = 'HEAD' ORDER BY hm.ord LIMIT 1))), ''), '?') AS head_ethnicity
                FROM listed l JOIN household h ON h.id = l.household_id),
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
            """).formatted(ALL_CODES);

    /** The campaign in force per commune and year. Columns {@code unit_id, list_year, campaign_id}. */
    static final String BASIS =
            "WITH " + IN_FORCE.substring(0, IN_FORCE.indexOf(",\nlatest AS")) + "\nSELECT unit_id, y, id FROM k";
}
