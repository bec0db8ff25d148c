-- The flows in persons (decision 1601): what leaves a list counts at its size on the previous list,
-- what enters at its size now, and a household that stays on a list with another size adds the
-- difference to the other increases (MOVED_IN) or decreases (MOVED_OUT), so that the opening balance
-- in persons is the list in force whatever the survey found. Outcomes frozen before previous_persons
-- existed read as the persons after.
CREATE OR REPLACE VIEW review_flows AS
SELECT c.campaign_id, c.unit_id, c.list_year, c.recognition_seq, o.household_id, o.persons, s.side, s.category,
       coalesce(o.previous_persons, o.persons) AS previous_persons
FROM review_lists_in_force c
JOIN review_outcome o ON o.campaign_id = c.campaign_id
CROSS JOIN LATERAL (VALUES
    ('POOR', review_flow_category('POOR', o.previous_class, o.household_class, o.transition)),
    ('NEAR_POOR', review_flow_category('NEAR_POOR', o.previous_class, o.household_class, o.transition))) s(side, category)
WHERE s.category IS NOT NULL;

-- Per side and category of recognised campaigns: households (0 for a change of size) and persons.
CREATE VIEW review_flow_persons AS
SELECT f.campaign_id, f.unit_id, f.list_year, f.recognition_seq, f.household_id, f.side, f.category,
       1 AS households,
       CASE WHEN f.category IN ('ESCAPED', 'TO_OTHER', 'MOVED_OUT', 'UNMATCHED_OUT') THEN f.previous_persons
            ELSE f.persons END AS persons
FROM review_flows f
UNION ALL
SELECT c.campaign_id, c.unit_id, c.list_year, c.recognition_seq, o.household_id, o.household_class,
       CASE WHEN o.persons > o.previous_persons THEN 'MOVED_IN' ELSE 'MOVED_OUT' END, 0,
       abs(o.persons - o.previous_persons)
FROM review_lists_in_force c
JOIN review_outcome o ON o.campaign_id = c.campaign_id
WHERE o.household_class IN ('POOR', 'NEAR_POOR') AND o.previous_class = o.household_class
  AND o.previous_persons IS NOT NULL AND o.persons <> o.previous_persons;
