-- Append-only record of every change of data: who, when, what, values before and after.
-- The trigger makes "append-only" a property of the database, not a convention of the code.
CREATE TABLE audit_entry (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    username    text        NOT NULL,
    action      text        NOT NULL,
    entity_type text        NOT NULL,
    entity_id   text,
    unit_id     bigint,
    unit_path   text,
    before      jsonb,
    after       jsonb,
    detail      text
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC);
CREATE INDEX audit_entry_user_at ON audit_entry (username, at DESC);
CREATE INDEX audit_entry_unit_path ON audit_entry (unit_path text_pattern_ops);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
