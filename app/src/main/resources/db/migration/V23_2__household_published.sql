-- What the household registry publishes to other modules for set-based reads (decision 1111): its
-- households (voided ones flagged) with the groups of poverty-standards.md §5, their number of members
-- and their head's ethnicity and citizen ID. Other modules read these views, never household or
-- household_member. Plain views: PostgreSQL folds them into the reader's query, so partitions and
-- indexes serve them as they serve the tables, and the members are looked up only where a query
-- uses a column that needs them.
CREATE VIEW household_register AS
SELECT h.id, h.province_id, h.code, h.unit_id, h.head_name, h.search_name, h.address, h.area, h.labour_capacity,
       h.ethnic_minority, h.person_of_merit, h.social_protection, h.female_head, h.voided_at IS NOT NULL AS voided,
       h.void_reason,
       (SELECT count(*) FROM household_member m WHERE m.household_id = h.id AND m.province_id = h.province_id)::int
           AS persons,
       (SELECT m.ethnicity FROM household_member m WHERE m.household_id = h.id AND m.province_id = h.province_id
        AND m.relation = 'HEAD' ORDER BY m.ord LIMIT 1) AS head_ethnicity,
       (SELECT m.citizen_id FROM household_member m WHERE m.household_id = h.id AND m.province_id = h.province_id
        AND m.relation = 'HEAD' ORDER BY m.ord LIMIT 1) AS head_citizen_id
FROM household h;

-- The members of the registry's households as other modules may read them (certificates, lists).
CREATE VIEW household_register_member AS
SELECT m.household_id, m.province_id, m.ord, m.name, m.relation, m.ethnicity, m.birth_year, m.sex
FROM household_member m;

-- The registry's own (not published): a household as its history keeps it, the one writer of the
-- snapshots in household_version (household.Household as JSON; decision 1110). A member is its
-- columns and its facts; the keys are the record components, which HouseholdFieldsTest checks.
CREATE VIEW household_member_record AS
SELECT m.province_id, m.household_id, m.ord,
       jsonb_build_object('name', m.name, 'citizenId', m.citizen_id, 'birthYear', m.birth_year, 'sex', m.sex,
                          'relation', m.relation, 'ethnicity', m.ethnicity) || m.facts AS member
FROM household_member m;

CREATE VIEW household_snapshot AS
SELECT h.province_id, h.id,
       jsonb_build_object('id', h.id, 'code', h.code, 'unitId', h.unit_id, 'headName', h.head_name, 'address', h.address,
           'area', h.area, 'labourCapacity', h.labour_capacity, 'ethnicMinority', h.ethnic_minority,
           'personOfMerit', h.person_of_merit, 'socialProtection', h.social_protection, 'femaleHead', h.female_head,
           'dwelling', h.dwelling,
           'members', coalesce((SELECT jsonb_agg(r.member ORDER BY r.ord) FROM household_member_record r
                                WHERE r.household_id = h.id AND r.province_id = h.province_id), '[]'::jsonb),
           'currentClass', h.current_class, 'classStandard', h.class_standard, 'classYear', h.class_year,
           'voidedAt', to_char(h.voided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'voidReason', h.void_reason, 'version', h.version) AS snapshot
FROM household h;
