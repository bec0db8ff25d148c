-- The parts of a split commune read their predecessor's campaigns by village (decision 1931): a
-- household of such a campaign belongs to the part its village went to — the village of its review
-- row, which the split's village assignment placed under the part — and, when the row has no village
-- (a commune without villages, an outcome without a row), to where the household is filed today.
-- Before, a part counted the households filed under it today and kept no flows of the predecessor's
-- year (its opening equal to its closing); now the list, the entries, the exits and the moves of each
-- household go to the same part, so that each part's flows are exact and the parts sum to the whole.

-- The path of the unit a household of a campaign is attributed to: its review row's village, else its
-- current unit. Read only for the campaigns held in parts (whole = false).
CREATE FUNCTION review_attributed_path(household bigint, review_row bigint)
RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        (SELECT v.path FROM review_household rh JOIN admin_unit v ON v.id = rh.village_id
         WHERE review_row IS NOT NULL AND rh.id = review_row LIMIT 1),
        (SELECT hu.path FROM household_register h JOIN admin_unit hu ON hu.id = h.unit_id WHERE h.id = household))
$$;

-- Each outcome's review row, appended to the published flows (same columns first).
CREATE OR REPLACE VIEW review_flows AS
SELECT c.campaign_id, c.unit_id, c.list_year, c.recognition_seq, o.household_id, o.persons, s.side, s.category,
       coalesce(o.previous_persons, o.persons) AS previous_persons, o.review_row_id AS row_id
FROM review_lists_in_force c
JOIN review_outcome o ON o.campaign_id = c.campaign_id
CROSS JOIN LATERAL (VALUES
    ('POOR', review_flow_category('POOR', o.previous_class, o.household_class, o.transition)),
    ('NEAR_POOR', review_flow_category('NEAR_POOR', o.previous_class, o.household_class, o.transition))) s(side, category)
WHERE s.category IS NOT NULL;

CREATE OR REPLACE VIEW review_flow_persons AS
SELECT f.campaign_id, f.unit_id, f.list_year, f.recognition_seq, f.household_id, f.side, f.category,
       1 AS households,
       CASE WHEN f.category IN ('ESCAPED', 'TO_OTHER', 'MOVED_OUT', 'UNMATCHED_OUT') THEN f.previous_persons
            ELSE f.persons END AS persons,
       f.row_id
FROM review_flows f
UNION ALL
SELECT c.campaign_id, c.unit_id, c.list_year, c.recognition_seq, o.household_id, o.household_class,
       CASE WHEN o.persons > o.previous_persons THEN 'MOVED_IN' ELSE 'MOVED_OUT' END, 0,
       abs(o.persons - o.previous_persons), o.review_row_id
FROM review_lists_in_force c
JOIN review_outcome o ON o.campaign_id = c.campaign_id
WHERE o.household_class IN ('POOR', 'NEAR_POOR') AND o.previous_class = o.household_class
  AND o.previous_persons IS NOT NULL AND o.persons <> o.previous_persons;

-- As V37_1, a part's households attributed by the village of their review row.
CREATE OR REPLACE FUNCTION review_households_in_force(communes bigint[], years int[], as_of date)
RETURNS TABLE (list_year int, unit_id bigint, campaign_id bigint, household_id bigint, household_class text,
               persons int, deprivations text[], row_id bigint)
LANGUAGE sql STABLE AS $$
    WITH k AS (
        SELECT h.list_year AS y, h.unit_id, h.campaign_id AS id, h.recognition_seq AS seq,
               h.source_unit_id AS src, h.whole, u.path
        FROM review_lists_held(communes, years, as_of) h JOIN admin_unit u ON u.id = h.unit_id),
    latest AS (
        SELECT DISTINCT ON (k.y, k.unit_id, k.id, rh.household_id) k.y, k.unit_id, k.id AS kid, rh.household_id,
               rh.id AS row_id, rh.household_class, rh.deprivations, rh.persons
        FROM k JOIN review_campaign c ON c.unit_id = k.src AND c.recognition_seq <= k.seq AND c.list_year <= k.y
        JOIN review_household rh ON rh.campaign_id = c.id
        WHERE rh.household_class IS NOT NULL
        ORDER BY k.y, k.unit_id, k.id, rh.household_id, c.recognition_seq DESC),
    filed AS (
        SELECT k.*, l.household_id, l.row_id, l.household_class, l.deprivations, l.persons
        FROM k JOIN latest l ON l.y = k.y AND l.unit_id = k.unit_id AND l.kid = k.id)
    SELECT k.y, k.unit_id, k.id, o.household_id, o.household_class, o.persons, l.deprivations, l.row_id
    FROM k JOIN review_outcome o ON o.campaign_id = k.id AND o.household_class IS NOT NULL
    LEFT JOIN latest l ON l.y = k.y AND l.unit_id = k.unit_id AND l.kid = k.id AND l.household_id = o.household_id
    WHERE k.whole OR review_attributed_path(o.household_id, coalesce(l.row_id, o.review_row_id)) LIKE k.path || '%'
    UNION ALL
    SELECT f.y, f.unit_id, f.id, f.household_id, f.household_class, f.persons, f.deprivations, f.row_id
    FROM filed f
    WHERE f.household_class NOT IN ('POOR', 'NEAR_POOR')
      AND NOT EXISTS (SELECT 1 FROM review_outcome o WHERE o.campaign_id = f.id
                      AND o.household_id = f.household_id AND o.household_class IS NOT NULL)
      AND (f.whole OR review_attributed_path(f.household_id, f.row_id) LIKE f.path || '%')
$$;
