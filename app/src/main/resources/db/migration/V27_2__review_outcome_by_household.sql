-- The foreign key review_outcome (province_id, household_id) -> household is checked for every
-- household row deleted or moved; without an index leading with those columns (the one on
-- household_id is partial, the primary key starts with the campaign) each check read the whole
-- partition. Households moving to another province (decision 1902) delete their old rows.
CREATE INDEX review_outcome_province_household ON review_outcome (province_id, household_id);
