-- Correctness of the timed list build (bench/support.sh), computed from the tables directly, not
-- through the review's published function the build reads: the persons of the province's
-- households on the lists of 2026, those of them who hold a live health-insurance grant for 2026
-- outside this list, and what the list holds. Prints one row; the script fails unless
-- added = eligible - held_elsewhere, the run's counts agree, and no one holds two live cards.
-- Variables: list (the list's id), province (the province's id).
SET client_min_messages = warning;
WITH grp AS (SELECT group_id FROM funding_content WHERE code = 'BHYT_HO_TRO'),
eligible AS (
    SELECT m.household_id, m.ord
    FROM review_outcome o JOIN review_campaign c ON c.id = o.campaign_id AND c.list_year = 2026 AND c.step = 'RECOGNISED'
    JOIN household h ON h.id = o.household_id AND h.voided_at IS NULL
    JOIN admin_unit u ON u.id = h.unit_id AND u.path LIKE '/' || :province || '/%'
    JOIN household_member m ON m.household_id = o.household_id
    WHERE o.household_class IN ('POOR', 'NEAR_POOR')),
live AS (
    SELECT g.* FROM support_grant g, grp
    WHERE g.group_id = grp.group_id AND g.state IN ('APPROVED', 'PAID', 'SETTLED')
      AND g.period && daterange('2026-01-01', '2027-01-01')
      -- implied by the overlap; lets PostgreSQL skip the grants of past years by an index when there is one
      AND coalesce(upper(g.period), 'infinity'::date) > date '2026-01-01'),
held AS (
    SELECT DISTINCT e.household_id, e.ord FROM eligible e JOIN live g ON g.household_id = e.household_id AND g.who = e.ord
    WHERE g.list_id IS DISTINCT FROM :list),
listed AS (SELECT * FROM support_grant WHERE list_id = :list),
twice AS (
    SELECT count(*) AS n FROM live a JOIN live b ON a.household_id = b.household_id AND a.who = b.who AND a.id < b.id
    AND a.period && b.period),
runs AS (SELECT sum(added) AS added, sum(amount) AS amount FROM support_entitlement_run WHERE list_id = :list)
SELECT (SELECT count(*) FROM eligible) AS eligible,
       (SELECT count(*) FROM held) AS held_elsewhere,
       (SELECT count(*) FROM listed) AS added,
       (SELECT count(*) FROM listed l WHERE NOT EXISTS (SELECT 1 FROM eligible e WHERE e.household_id = l.household_id
                                                          AND e.ord = l.member_ord)) AS added_not_eligible,
       (SELECT n FROM twice) AS two_live_cards,
       (SELECT added FROM runs) AS run_added,
       (SELECT amount FROM runs) = (SELECT sum(amount) FROM listed) AS amounts_agree,
       (SELECT count(*) FROM eligible) - (SELECT count(*) FROM held) = (SELECT count(*) FROM listed)
         AND (SELECT count(*) FROM listed) = (SELECT added FROM runs)
         AND (SELECT n FROM twice) = 0
         AND NOT EXISTS (SELECT 1 FROM listed l WHERE NOT EXISTS (SELECT 1 FROM eligible e
                         WHERE e.household_id = l.household_id AND e.ord = l.member_ord)) AS ok;
