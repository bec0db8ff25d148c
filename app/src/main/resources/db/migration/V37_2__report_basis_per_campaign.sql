-- A commune created by a reorganisation holds its predecessors' lists until it recognises its own
-- (V37_1, decision 1905): its basis for a year is then one campaign per predecessor.
ALTER TABLE report_basis DROP CONSTRAINT report_basis_pkey;
ALTER TABLE report_basis ADD PRIMARY KEY (unit_id, list_year, campaign_id);
