-- An import job is RUNNING only while the instance that took it renews its lease (decision 1812):
-- another instance starting, or sweeping, no longer takes a live import for an abandoned one.
ALTER TABLE review_import_job ADD COLUMN lease_until timestamptz;
CREATE INDEX review_import_job_running ON review_import_job (lease_until) WHERE status = 'RUNNING';
