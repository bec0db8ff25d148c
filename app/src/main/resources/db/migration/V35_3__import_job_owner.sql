-- The instance running an import job holds a PostgreSQL advisory lock named by the job's owner
-- number for as long as it lives (decision 1812): a RUNNING job whose owner's lock is free belongs
-- to an instance that stopped, and only such a job is marked ABANDONED — never one that another
-- instance behind the same balancer is still running.
ALTER TABLE review_import_job ADD COLUMN owner int;
CREATE INDEX review_import_job_running ON review_import_job (id) WHERE status = 'RUNNING';
