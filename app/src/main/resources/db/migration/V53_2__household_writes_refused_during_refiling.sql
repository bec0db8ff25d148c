-- Writes to a household's tables refused, not queued, while a reorganisation rebuilds the province
-- partitions (decision 1930). The rebuild holds this advisory lock exclusively from its first copy to
-- its commit; every statement writing to the five partitioned tables first takes it shared, without
-- waiting: when the rebuild holds it, the statement fails at once with serialization_failure (40001:
-- the transaction may be tried again; the application answers 409, "try again in a few minutes") and its transaction releases what it read,
-- so the rebuild's exclusive lock for the swap is never part of a cycle with a waiting writer. The
-- rebuild's own statements pass (a session never conflicts with its own locks).
CREATE FUNCTION household_refiling_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_try_advisory_xact_lock_shared(125779835448421) THEN
        RAISE EXCEPTION 'households are being re-filed by a reorganisation of units; try again later'
            USING ERRCODE = 'serialization_failure';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER household_refiling_guard BEFORE INSERT OR UPDATE OR DELETE ON household
    FOR EACH STATEMENT EXECUTE FUNCTION household_refiling_guard();
CREATE TRIGGER household_refiling_guard BEFORE INSERT OR UPDATE OR DELETE ON household_member
    FOR EACH STATEMENT EXECUTE FUNCTION household_refiling_guard();
CREATE TRIGGER household_refiling_guard BEFORE INSERT OR UPDATE OR DELETE ON household_version
    FOR EACH STATEMENT EXECUTE FUNCTION household_refiling_guard();
CREATE TRIGGER household_refiling_guard BEFORE INSERT OR UPDATE OR DELETE ON review_household
    FOR EACH STATEMENT EXECUTE FUNCTION household_refiling_guard();
CREATE TRIGGER household_refiling_guard BEFORE INSERT OR UPDATE OR DELETE ON review_outcome
    FOR EACH STATEMENT EXECUTE FUNCTION household_refiling_guard();
