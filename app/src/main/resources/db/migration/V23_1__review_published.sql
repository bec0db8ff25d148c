-- What the review publishes to other modules for set-based reads (decision 1111): the recognised
-- lists in force and the flows. Other modules read these, never review_campaign, review_household
-- or review_outcome. Each rule is written here once; the review's own Java reads them too.

-- The lists in force (review-and-reporting.md §5). For a commune and a list year Y, the lists in
-- force are the outcome of the commune's latest recognised campaign (in the order of recognition)
-- whose list year is at most Y. So a recognised campaign is in force from its list year until,
-- excluded, the smallest list year of a campaign of the commune recognised after it (never, when
-- that year is not later than its own); the commune's current lists are the campaign recognised last
-- (until_year NULL).
CREATE VIEW review_lists_in_force AS
SELECT c.id AS campaign_id, c.unit_id, c.kind, c.year, c.month, c.list_year, c.standard_id, c.standard_version,
       c.recognition_seq, c.decision_number, c.decision_date,
       (SELECT min(n.list_year) FROM review_campaign n
        WHERE n.unit_id = c.unit_id AND n.recognition_seq > c.recognition_seq) AS until_year
FROM review_campaign c
WHERE c.recognition_seq IS NOT NULL;

-- The campaign in force per commune for each of the given list years (the rule above).
CREATE FUNCTION review_in_force(years int[])
RETURNS TABLE (list_year int, unit_id bigint, campaign_id bigint, recognition_seq bigint, standard_id text)
LANGUAGE sql STABLE AS $$
    SELECT y.y, f.unit_id, f.campaign_id, f.recognition_seq, f.standard_id
    FROM unnest(years) AS y(y)
    JOIN review_lists_in_force f ON f.list_year <= y.y AND (f.until_year IS NULL OR y.y < f.until_year)
$$;

-- The households of the communes' lists in force for the given list years, with what the review knows
-- of each: its class and persons on the lists, and its deprivations and survey row (row_id, for
-- review_rows.input) from the latest recognised campaign of the commune, up to the one in force, that
-- reviewed it (a household kept on the lists without a new review keeps its last review's data).
-- Middle-living and not-poor households are those whose latest such review found them so and that
-- are on no list. Inlined into the caller's query (SQL, STABLE, not STRICT), so the communes and
-- years reach the indexes as in a query written out.
CREATE FUNCTION review_households_in_force(communes bigint[], years int[])
RETURNS TABLE (list_year int, unit_id bigint, campaign_id bigint, household_id bigint, household_class text,
               persons int, deprivations text[], row_id bigint)
LANGUAGE sql STABLE AS $$
    WITH k AS (
        SELECT f.list_year AS y, f.unit_id, f.campaign_id AS id, f.recognition_seq AS seq
        FROM review_in_force(years) f WHERE f.unit_id = ANY (communes)),
    latest AS (
        SELECT DISTINCT ON (k.y, k.unit_id, rh.household_id) k.y, k.unit_id, rh.household_id, rh.id AS row_id,
               rh.household_class, rh.deprivations, rh.persons
        FROM k JOIN review_campaign c ON c.unit_id = k.unit_id AND c.recognition_seq <= k.seq AND c.list_year <= k.y
        JOIN review_household rh ON rh.campaign_id = c.id
        WHERE rh.household_class IS NOT NULL
        ORDER BY k.y, k.unit_id, rh.household_id, c.recognition_seq DESC)
    SELECT k.y, k.unit_id, k.id, o.household_id, o.household_class, o.persons, l.deprivations, l.row_id
    FROM k JOIN review_outcome o ON o.campaign_id = k.id AND o.household_class IS NOT NULL
    LEFT JOIN latest l ON l.y = k.y AND l.unit_id = k.unit_id AND l.household_id = o.household_id
    UNION ALL
    SELECT l.y, l.unit_id, k.id, l.household_id, l.household_class, l.persons, l.deprivations, l.row_id
    FROM latest l JOIN k ON k.y = l.y AND k.unit_id = l.unit_id
    WHERE l.household_class NOT IN ('POOR', 'NEAR_POOR')
      AND NOT EXISTS (SELECT 1 FROM review_outcome o WHERE o.campaign_id = k.id
                      AND o.household_id = l.household_id AND o.household_class IS NOT NULL)
$$;

-- The flow rule (review-and-reporting.md §4; seed 003's thoát / tái / phát sinh): the category of
-- a household's move on one side ('POOR' or 'NEAR_POOR' list), from its class before and after (NULL =
-- on no list) and its transition. NULL when the household is on that side both before and after,
-- or on neither; UNMATCHED_OUT / UNMATCHED_IN when a move fits no category (the review's own count
-- refuses those; a report shows them).
CREATE FUNCTION review_flow_category(side text, before text, after text, transition text)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN before IS NOT DISTINCT FROM side AND after IS NOT DISTINCT FROM side THEN NULL
        WHEN before IS NOT DISTINCT FROM side THEN
            CASE
                WHEN transition = 'MOVED_OUT' THEN 'MOVED_OUT'
                WHEN side = 'POOR' AND transition = 'ESCAPED_POVERTY' THEN 'ESCAPED'
                WHEN side = 'NEAR_POOR' AND transition = 'ESCAPED_NEAR_POVERTY' THEN 'ESCAPED'
                WHEN side = 'POOR' AND transition = 'POOR_TO_NEAR_POOR' THEN 'TO_OTHER'
                WHEN side = 'NEAR_POOR' AND transition = 'NEAR_POOR_TO_POOR' THEN 'TO_OTHER'
                ELSE 'UNMATCHED_OUT' END
        WHEN after IS NOT DISTINCT FROM side THEN
            CASE
                WHEN transition = 'MOVED_IN' THEN 'MOVED_IN'
                WHEN side = 'POOR' AND transition = 'NEAR_POOR_TO_POOR' THEN 'FROM_OTHER'
                WHEN side = 'NEAR_POOR' AND transition = 'POOR_TO_NEAR_POOR' THEN 'FROM_OTHER'
                WHEN side = 'POOR' AND transition = 'FELL_BACK_POOR' THEN 'FELL_BACK'
                WHEN side = 'NEAR_POOR' AND transition = 'FELL_BACK_NEAR_POOR' THEN 'FELL_BACK'
                WHEN side = 'POOR' AND transition = 'NEWLY_POOR' THEN 'NEWLY'
                WHEN side = 'NEAR_POOR' AND transition = 'NEWLY_NEAR_POOR' THEN 'NEWLY'
                ELSE 'UNMATCHED_IN' END
    END
$$;

-- The flows of recognised campaigns: one row per household and side it moved on.
CREATE VIEW review_flows AS
SELECT c.campaign_id, c.unit_id, c.list_year, c.recognition_seq, o.household_id, o.persons, s.side, s.category
FROM review_lists_in_force c
JOIN review_outcome o ON o.campaign_id = c.campaign_id
CROSS JOIN LATERAL (VALUES
    ('POOR', review_flow_category('POOR', o.previous_class, o.household_class, o.transition)),
    ('NEAR_POOR', review_flow_category('NEAR_POOR', o.previous_class, o.household_class, o.transition))) s(side, category)
WHERE s.category IS NOT NULL;

-- A review's survey rows: the household, what the reviewer recorded (the exchange format's input)
-- and what the classifier found.
CREATE VIEW review_rows AS
SELECT rh.id AS row_id, rh.campaign_id, rh.household_id, rh.household_code, rh.household_class, rh.persons,
       rh.deprivations, rh.input
FROM review_household rh;
