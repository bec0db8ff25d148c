-- The official unit lists before and after the 1 July 2025 reform (docs/admin-units-2025-reform.md).
-- Codes are reused across the reform (3,316 new communes and all 34 new provinces carry a
-- predecessor's code), so a code is unique only among the units in force; the official identity of
-- a unit is its (list, code), kept in admin_unit_listing.
DROP INDEX admin_unit_code;
CREATE UNIQUE INDEX admin_unit_code ON admin_unit (code) WHERE code IS NOT NULL AND valid_to IS NULL;
CREATE INDEX admin_unit_code_any ON admin_unit (code);

-- A unit as an official list names it: list '2024' is the register in force until 30 June 2025,
-- list '2025' the one from 1 July 2025. A province that continues (Thanh Hóa) is one unit listed
-- in both; a new commune is a unit of its own even when it carries a predecessor's code.
CREATE TABLE admin_unit_listing (
    list          text   NOT NULL,
    code          text   NOT NULL,
    unit_id       bigint NOT NULL REFERENCES admin_unit (id),
    level         text   NOT NULL REFERENCES admin_level (code),
    official_name text   NOT NULL,
    official_type text,
    created_at    timestamptz NOT NULL,
    created_by    text   NOT NULL,
    PRIMARY KEY (list, code)
);
CREATE INDEX admin_unit_listing_unit ON admin_unit_listing (unit_id);

-- The official note of a succession ("Nhập toàn bộ", "Nhập một phần diện tích", …) and a link
-- recorded once whatever how often the lists are imported.
ALTER TABLE admin_unit_succession ADD COLUMN note text;
CREATE UNIQUE INDEX admin_unit_succession_once
    ON admin_unit_succession (predecessor_id, successor_id, effective_date);

-- A move of many units at once (the reform, a merge) re-files their households in one set-based
-- step afterwards (household module, HouseholdRefiling) instead of one cascade per household here:
-- the writer sets giamngheo.bulk_refile for its transaction. Without it the trigger acts as before.
CREATE OR REPLACE FUNCTION admin_unit_refile() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    new_root bigint := split_part(NEW.path, '/', 2)::bigint;
BEGIN
    IF NEW.parent_id IS NULL THEN
        PERFORM province_partitions_ensure(NEW.id);
    END IF;
    IF TG_OP = 'UPDATE' AND split_part(OLD.path, '/', 2) <> split_part(NEW.path, '/', 2)
            AND coalesce(current_setting('giamngheo.bulk_refile', true), '') <> 'on' THEN
        UPDATE household SET province_id = new_root WHERE unit_id = NEW.id AND province_id <> new_root;
    END IF;
    RETURN NULL;
END
$$;
