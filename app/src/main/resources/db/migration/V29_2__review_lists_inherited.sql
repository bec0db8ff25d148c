-- The current lists of a commune created by a reorganisation (decision 1904; review-and-reporting.md
-- §5: the lists in force; the new commune takes over its predecessors' records). A commune with no recognised campaign of its own has, as its
-- current lists, the current lists of its predecessors (admin_unit_successions): all of a predecessor's
-- listed households when the whole of it went to the commune, and, from a part, those now filed under
-- the commune. A commune's own recognised campaign replaces what it inherited.
CREATE FUNCTION review_current_lists(commune bigint)
RETURNS TABLE (campaign_id bigint, household_id bigint, household_class text, persons int)
LANGUAGE sql STABLE AS $$
    SELECT o.campaign_id, o.household_id, o.household_class, o.persons
    FROM review_lists_in_force f
    JOIN review_outcome o ON o.campaign_id = f.campaign_id AND o.household_class IS NOT NULL
    WHERE f.unit_id = commune AND f.until_year IS NULL
    UNION ALL
    SELECT o.campaign_id, o.household_id, o.household_class, o.persons
    FROM admin_unit_successions s
    JOIN review_lists_in_force f ON f.unit_id = s.predecessor_id AND f.until_year IS NULL
    JOIN review_outcome o ON o.campaign_id = f.campaign_id AND o.household_class IS NOT NULL
    WHERE s.successor_id = commune
      AND NOT EXISTS (SELECT 1 FROM review_lists_in_force own WHERE own.unit_id = commune)
      AND (s.whole OR EXISTS (
            SELECT 1 FROM household_register h
            JOIN admin_unit hu ON hu.id = h.unit_id
            JOIN admin_unit cu ON cu.id = commune
            WHERE h.id = o.household_id AND hu.path LIKE cu.path || '%'))
$$;
