-- The registry publishes its members' citizen IDs for set-based checks across provinces (the national
-- job that finds an ID held in households of two provinces, or a person in two households). Plain
-- view over the partitioned table: a read restricted to one province reads that partition only.
CREATE VIEW household_register_citizen AS
SELECT m.household_id, m.province_id, m.ord, m.citizen_id
FROM household_member m
WHERE m.citizen_id IS NOT NULL;
