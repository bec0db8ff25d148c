-- The lists in force follow reorganisations (decision 1905; review-and-reporting.md §5: a new commune
-- takes over its predecessors' records). For each list year, every recognised list is held by exactly
-- one unit (or, for a split, by each part for the households filed under it), so that sums over the
-- hierarchy count each household once:
--   - a commune holds its own lists in force for the year, unless it went WHOLE into another unit by
--     a succession in effect on 1 January of that year (then its successor holds them);
--   - a successor with no recognised lists of its own in force for the year holds its predecessors'
--     lists (following successions through any number of steps, e.g. a commune merged in 2025 whose
--     successor is merged again later);
--   - a predecessor that went to its successors in parts (SPLIT, TRANSFER) keeps the households still
--     filed under it, and each part holds those now filed under it (whole = false).
-- A list year belongs to the structure in force on its 1 January: for the reform of 1 July 2025, the
-- lists of 2025 stay with the old communes, those of 2026 on go to the new ones until they recognise
-- their own. With as_of, every year is read in the structure in force on that day instead (a report of
-- past years in today's units: the predecessors' lists summed by succession).
CREATE FUNCTION review_lists_held(communes bigint[], years int[], as_of date)
RETURNS TABLE (list_year int, unit_id bigint, campaign_id bigint, recognition_seq bigint, standard_id text,
               source_unit_id bigint, whole boolean)
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE lineage AS (
        SELECT u AS id FROM unnest(communes) AS u
        UNION
        SELECT s.predecessor_id FROM lineage l JOIN admin_unit_successions s ON s.successor_id = l.id),
    own AS (
        SELECT y.y, f.unit_id, f.campaign_id, f.recognition_seq, f.standard_id
        FROM unnest(years) AS y(y)
        JOIN review_lists_in_force f ON f.list_year <= y.y AND (f.until_year IS NULL OR y.y < f.until_year)
        WHERE communes IS NULL OR f.unit_id IN (SELECT id FROM lineage)),
    passed AS (
        SELECT o.y, o.unit_id, o.campaign_id, o.recognition_seq, o.standard_id, o.unit_id AS source_unit_id,
               true AS whole, 0 AS depth
        FROM own o
        UNION ALL
        SELECT p.y, s.successor_id, p.campaign_id, p.recognition_seq, p.standard_id, p.source_unit_id,
               p.whole AND s.whole, p.depth + 1
        FROM passed p JOIN admin_unit_successions s ON s.predecessor_id = p.unit_id
        WHERE s.effective_date <= coalesce(as_of, make_date(p.y, 1, 1)) AND p.depth < 32
          AND NOT EXISTS (SELECT 1 FROM own o WHERE o.y = p.y AND o.unit_id = s.successor_id))
    SELECT p.y, p.unit_id, p.campaign_id, p.recognition_seq, p.standard_id, p.source_unit_id,
           p.whole AND NOT EXISTS (SELECT 1 FROM admin_unit_successions s WHERE s.predecessor_id = p.unit_id
                                   AND NOT s.whole AND s.effective_date <= coalesce(as_of, make_date(p.y, 1, 1)))
    FROM passed p
    WHERE (communes IS NULL OR p.unit_id = ANY (communes))
      AND NOT EXISTS (SELECT 1 FROM admin_unit_successions s WHERE s.predecessor_id = p.unit_id
                      AND s.whole AND s.effective_date <= coalesce(as_of, make_date(p.y, 1, 1)))
$$;

CREATE FUNCTION review_lists_held(communes bigint[], years int[])
RETURNS TABLE (list_year int, unit_id bigint, campaign_id bigint, recognition_seq bigint, standard_id text,
               source_unit_id bigint, whole boolean)
LANGUAGE sql STABLE AS $$
    SELECT * FROM review_lists_held(communes, years, NULL)
$$;

-- The campaigns in force per commune and year, as held (above): several rows for a successor that
-- holds several predecessors' lists.
CREATE OR REPLACE FUNCTION review_in_force(years int[])
RETURNS TABLE (list_year int, unit_id bigint, campaign_id bigint, recognition_seq bigint, standard_id text)
LANGUAGE sql STABLE AS $$
    SELECT h.list_year, h.unit_id, h.campaign_id, h.recognition_seq, h.standard_id
    FROM review_lists_held(NULL, years) h
$$;

-- The households of the lists held by the communes for the given years (as V23_1, over the lists as
-- held): each with the data of its latest review in the campaign's own commune up to the campaign in
-- force; for a part (whole = false) only the households now filed under the holder.
CREATE FUNCTION review_households_in_force(communes bigint[], years int[], as_of date)
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
    WHERE k.whole OR EXISTS (SELECT 1 FROM household_register h JOIN admin_unit hu ON hu.id = h.unit_id
                             WHERE h.id = o.household_id AND hu.path LIKE k.path || '%')
    UNION ALL
    SELECT f.y, f.unit_id, f.id, f.household_id, f.household_class, f.persons, f.deprivations, f.row_id
    FROM filed f
    WHERE f.household_class NOT IN ('POOR', 'NEAR_POOR')
      AND NOT EXISTS (SELECT 1 FROM review_outcome o WHERE o.campaign_id = f.id
                      AND o.household_id = f.household_id AND o.household_class IS NOT NULL)
      AND (f.whole OR EXISTS (SELECT 1 FROM household_register h JOIN admin_unit hu ON hu.id = h.unit_id
                              WHERE h.id = f.household_id AND hu.path LIKE f.path || '%'))
$$;

CREATE OR REPLACE FUNCTION review_households_in_force(communes bigint[], years int[])
RETURNS TABLE (list_year int, unit_id bigint, campaign_id bigint, household_id bigint, household_class text,
               persons int, deprivations text[], row_id bigint)
LANGUAGE sql STABLE AS $$
    SELECT * FROM review_households_in_force(communes, years, NULL)
$$;

-- A commune's current lists (V29_2), now through any number of reorganisation steps: its own latest
-- recognised lists, else those its predecessors hold or inherited in turn — all of a predecessor's
-- when the whole of it went to the commune, from a part only the households now filed under it.
CREATE OR REPLACE FUNCTION review_current_lists(commune bigint)
RETURNS TABLE (campaign_id bigint, household_id bigint, household_class text, persons int)
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up AS (
        SELECT commune AS unit_id, true AS whole, 0 AS depth
        UNION ALL
        SELECT s.predecessor_id, up.whole AND s.whole, up.depth + 1
        FROM up JOIN admin_unit_successions s ON s.successor_id = up.unit_id
        WHERE up.depth < 32
          AND NOT EXISTS (SELECT 1 FROM review_lists_in_force own WHERE own.unit_id = up.unit_id)),
    holders AS (
        SELECT DISTINCT ON (up.unit_id) up.unit_id, up.whole FROM up
        ORDER BY up.unit_id, up.whole)
    SELECT o.campaign_id, o.household_id, o.household_class, o.persons
    FROM holders x
    JOIN review_lists_in_force f ON f.unit_id = x.unit_id AND f.until_year IS NULL
    JOIN review_outcome o ON o.campaign_id = f.campaign_id AND o.household_class IS NOT NULL
    WHERE x.whole OR EXISTS (
            SELECT 1 FROM household_register h
            JOIN admin_unit hu ON hu.id = h.unit_id
            JOIN admin_unit cu ON cu.id = commune
            WHERE h.id = o.household_id AND hu.path LIKE cu.path || '%')
$$;
