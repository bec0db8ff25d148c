-- What the household registry publishes to other modules for set-based reads (decision 1111): its
-- current households with the groups of poverty-standards.md §5 and the head's ethnicity. Other
-- modules read this view, never household or household_member. A plain view: PostgreSQL folds it into
-- the reader's query, so partitions and indexes serve it as they serve the tables, and the head's
-- ethnicity is looked up only where a query uses it.
CREATE VIEW household_register AS
SELECT h.id, h.province_id, h.code, h.unit_id, h.head_name, h.area, h.labour_capacity, h.ethnic_minority,
       h.person_of_merit, h.social_protection, h.female_head, h.voided_at IS NOT NULL AS voided,
       (SELECT m.ethnicity FROM household_member m WHERE m.household_id = h.id AND m.relation = 'HEAD'
        ORDER BY m.ord LIMIT 1) AS head_ethnicity
FROM household h;
