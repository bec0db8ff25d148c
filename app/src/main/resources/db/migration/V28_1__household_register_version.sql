-- The household module publishes the registry's history as snapshots (docs/decisions/1111): other
-- modules read the household as it was at a moment (a recognised list shows the household as
-- recognised) through this view, never through household_version itself.
CREATE VIEW household_register_version AS
SELECT v.household_id, v.id, v.valid_from, v.snapshot
FROM household_version v;
