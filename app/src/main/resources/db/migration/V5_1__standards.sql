-- Poverty standards as versioned data (issue 3): QĐ 59/2015, NĐ 07/2021, NĐ 351/2025 (seeded from
-- standards/national.json at startup) and local standards derived from them for a province.
-- A version holds the whole definition as the API shows it (jsonb): lines, bands, indicators,
-- confidence marks. A PUBLISHED version never changes (trigger below): a correction is a new version.
CREATE TABLE poverty_standard (
    id               text        PRIMARY KEY CHECK (id ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    kind             text        NOT NULL CHECK (kind IN ('NATIONAL', 'LOCAL')),
    parent_id        text        REFERENCES poverty_standard (id),
    province_unit_id bigint      REFERENCES admin_unit (id),
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    changed_at       timestamptz NOT NULL,
    changed_by       text        NOT NULL,
    CONSTRAINT poverty_standard_kind_shape CHECK (
        (kind = 'NATIONAL' AND parent_id IS NULL AND province_unit_id IS NULL)
        OR (kind = 'LOCAL' AND parent_id IS NOT NULL AND province_unit_id IS NOT NULL))
);
CREATE INDEX poverty_standard_province ON poverty_standard (province_unit_id) WHERE province_unit_id IS NOT NULL;

CREATE TABLE poverty_standard_version (
    standard_id  text        NOT NULL REFERENCES poverty_standard (id),
    version      int         NOT NULL CHECK (version >= 1),
    status       text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    definition   jsonb       NOT NULL,
    published_at timestamptz,
    published_by text,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    changed_at   timestamptz NOT NULL,
    changed_by   text        NOT NULL,
    PRIMARY KEY (standard_id, version),
    CONSTRAINT poverty_standard_version_published_stamp CHECK (
        (status = 'PUBLISHED') = (published_at IS NOT NULL AND published_by IS NOT NULL)),
    CONSTRAINT poverty_standard_version_definition_matches CHECK (
        definition ->> 'id' = standard_id
        AND (definition ->> 'version')::int = version
        AND definition ->> 'status' = status)
);
-- At most one draft per standard: corrections collect in it until it is published.
CREATE UNIQUE INDEX poverty_standard_version_one_draft ON poverty_standard_version (standard_id)
    WHERE status = 'DRAFT';

CREATE FUNCTION poverty_standard_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION 'poverty standard % version % is published: % refused, correct it in a new version',
            OLD.standard_id, OLD.version, TG_OP;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NEW.standard_id <> OLD.standard_id OR NEW.version <> OLD.version THEN
        RAISE EXCEPTION 'a standard version keeps its id and number';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER poverty_standard_version_immutable BEFORE UPDATE OR DELETE ON poverty_standard_version
    FOR EACH ROW EXECUTE FUNCTION poverty_standard_version_is_immutable();
