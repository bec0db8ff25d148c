-- Issue 7 item 6: the tables that grow with the households and the years are partitioned by
-- province (the root of the administrative tree), so one PostgreSQL server holds the country and
-- a province's rows, indexes and maintenance (VACUUM, REINDEX, backup of a province, archiving)
-- stay the size of a province. Decision 0701 gives the reasons and the measured sizes.
--
-- Partitioned, each by LIST (province_id): household, household_member, household_version,
-- review_household, review_outcome. A partition per province is created when the province is
-- created (trigger below); rows of a unit with no province partition land in the DEFAULT one.
--
-- PostgreSQL requires a unique key of a partitioned table to contain the partition column, so:
--  * the co-partitioned tables refer to one another by (province_id, id) with ON UPDATE CASCADE —
--    when a household moves to another province (it moves, or its commune or province is merged
--    into another), its members, history and review rows move with it, in the same statement;
--  * the household code stays unique in the whole country and the small tables (requests,
--    complaints, helpers) keep a foreign key through household_identity: one narrow row per
--    household, kept by a trigger on household.

-- The province of a unit: the first id of its materialized path ('/1/7/42/' -> 1).
CREATE FUNCTION admin_unit_province(unit bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT split_part(path, '/', 2)::bigint FROM admin_unit WHERE id = unit
$$;

-- Creates the partitions of a province if they are missing (idempotent). Called for every root
-- unit: on creation, when a unit becomes a root, and below for the provinces that exist now.
CREATE FUNCTION province_partitions_ensure(province bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['household', 'household_member', 'household_version', 'review_household', 'review_outcome'] LOOP
        IF to_regclass(format('%I', t || '_p' || province)) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%s)', t || '_p' || province, t, province);
        END IF;
    END LOOP;
END
$$;

ALTER TABLE household RENAME TO household_unpartitioned;
ALTER TABLE household_member RENAME TO household_member_unpartitioned;
ALTER TABLE household_version RENAME TO household_version_unpartitioned;
ALTER TABLE review_household RENAME TO review_household_unpartitioned;
ALTER TABLE review_outcome RENAME TO review_outcome_unpartitioned;
ALTER INDEX household_code RENAME TO household_unpartitioned_code;
ALTER INDEX household_pkey RENAME TO household_unpartitioned_pkey;
ALTER INDEX household_member_pkey RENAME TO household_member_unpartitioned_pkey;
ALTER INDEX household_version_pkey RENAME TO household_version_unpartitioned_pkey;
ALTER INDEX review_household_pkey RENAME TO review_household_unpartitioned_pkey;
ALTER INDEX review_outcome_pkey RENAME TO review_outcome_unpartitioned_pkey;
ALTER INDEX review_household_once RENAME TO review_household_unpartitioned_once;
ALTER INDEX household_unit RENAME TO household_unpartitioned_unit;
ALTER INDEX household_search RENAME TO household_unpartitioned_search;
ALTER INDEX household_class RENAME TO household_unpartitioned_class;
ALTER INDEX household_member_household RENAME TO household_member_unpartitioned_household;
ALTER INDEX household_member_citizen RENAME TO household_member_unpartitioned_citizen;
ALTER INDEX household_member_search RENAME TO household_member_unpartitioned_search;
ALTER INDEX household_version_at RENAME TO household_version_unpartitioned_at;
ALTER INDEX review_household_household RENAME TO review_household_unpartitioned_household;
ALTER INDEX review_household_village RENAME TO review_household_unpartitioned_village;
ALTER INDEX review_outcome_household RENAME TO review_outcome_unpartitioned_household;

CREATE TABLE household (
    id                 bigint      NOT NULL DEFAULT nextval('household_id_seq'),
    province_id        bigint      NOT NULL,
    code               text        NOT NULL,
    unit_id            bigint      NOT NULL REFERENCES admin_unit (id),
    head_name          text        NOT NULL,
    search_name        text        NOT NULL,
    address            text,
    area               text        NOT NULL CHECK (area IN ('RURAL', 'URBAN')),
    labour_capacity    boolean,
    ethnic_minority    boolean     NOT NULL DEFAULT false,
    person_of_merit    boolean     NOT NULL DEFAULT false,
    social_protection  boolean     NOT NULL DEFAULT false,
    female_head        boolean     NOT NULL DEFAULT false,
    dwelling           jsonb       NOT NULL DEFAULT '{}',
    current_class      text        CHECK (current_class IN ('POOR', 'NEAR_POOR', 'MIDDLE', 'NOT_POOR', 'UNDETERMINED')),
    class_standard     text,
    class_year         int,
    voided_at          timestamptz,
    voided_by          text,
    void_reason        text,
    version            int         NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL,
    changed_at         timestamptz NOT NULL,
    changed_by         text        NOT NULL,
    CONSTRAINT household_void_reason CHECK (voided_at IS NULL OR void_reason IS NOT NULL),
    PRIMARY KEY (province_id, id)
) PARTITION BY LIST (province_id);
CREATE INDEX household_code ON household (code);
CREATE INDEX household_id ON household (id);
CREATE INDEX household_unit ON household (unit_id);
CREATE INDEX household_search ON household (search_name text_pattern_ops);
CREATE INDEX household_class ON household (current_class) WHERE voided_at IS NULL;

CREATE TABLE household_member (
    id               bigint NOT NULL DEFAULT nextval('household_member_id_seq'),
    province_id      bigint NOT NULL,
    household_id     bigint NOT NULL,
    ord              int    NOT NULL,
    name             text   NOT NULL,
    search_name      text   NOT NULL,
    citizen_id       text   CHECK (citizen_id ~ '^[0-9]{12}$'),
    birth_year       int    CHECK (birth_year BETWEEN 1880 AND 2200),
    sex              text   CHECK (sex IN ('M', 'F')),
    relation         text   CHECK (relation IN ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'OTHER')),
    ethnicity        text,
    facts            jsonb  NOT NULL DEFAULT '{}',
    PRIMARY KEY (province_id, id),
    FOREIGN KEY (province_id, household_id) REFERENCES household (province_id, id) ON UPDATE CASCADE
) PARTITION BY LIST (province_id);
CREATE INDEX household_member_household ON household_member (household_id);
CREATE INDEX household_member_citizen ON household_member (citizen_id) WHERE citizen_id IS NOT NULL;
CREATE INDEX household_member_search ON household_member (search_name text_pattern_ops);

CREATE TABLE household_version (
    id            bigint      NOT NULL DEFAULT nextval('household_version_id_seq'),
    province_id   bigint      NOT NULL,
    household_id  bigint      NOT NULL,
    valid_from    timestamptz NOT NULL,
    change_kind   text        NOT NULL,
    changed_by    text        NOT NULL,
    snapshot      jsonb       NOT NULL,
    PRIMARY KEY (province_id, id),
    FOREIGN KEY (province_id, household_id) REFERENCES household (province_id, id) ON UPDATE CASCADE
) PARTITION BY LIST (province_id);
CREATE INDEX household_version_at ON household_version (household_id, valid_from DESC, id DESC);

CREATE TABLE review_household (
    id               bigint      NOT NULL DEFAULT nextval('review_household_id_seq'),
    province_id      bigint      NOT NULL,
    campaign_id      bigint      NOT NULL REFERENCES review_campaign (id),
    household_id     bigint      NOT NULL,
    household_code   text        NOT NULL,
    village_id       bigint      REFERENCES admin_unit (id),
    source           text        NOT NULL CHECK (source IN ('LIST', 'REQUEST', 'IMPORT')),
    input            jsonb,
    household_class  text        CHECK (household_class IN ('POOR', 'NEAR_POOR', 'MIDDLE', 'NOT_POOR', 'UNDETERMINED')),
    deprivations     text[]      NOT NULL DEFAULT '{}',
    reasons          jsonb       NOT NULL DEFAULT '[]',
    warnings         jsonb       NOT NULL DEFAULT '[]',
    standard_id      text,
    standard_version int,
    persons          int         NOT NULL DEFAULT 0,
    previous_class   text,
    transition       text,
    certificate_no   int,
    version          int         NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    changed_at       timestamptz NOT NULL,
    changed_by       text        NOT NULL,
    PRIMARY KEY (province_id, id),
    CONSTRAINT review_household_once UNIQUE (province_id, campaign_id, household_id),
    FOREIGN KEY (province_id, household_id) REFERENCES household (province_id, id) ON UPDATE CASCADE
) PARTITION BY LIST (province_id);
CREATE INDEX review_household_id ON review_household (id);
CREATE INDEX review_household_household ON review_household (household_id);
CREATE INDEX review_household_village ON review_household (campaign_id, village_id);

CREATE TABLE review_outcome (
    province_id      bigint NOT NULL,
    campaign_id      bigint NOT NULL REFERENCES review_campaign (id),
    household_id     bigint NOT NULL,
    review_row_id    bigint,
    previous_class   text   CHECK (previous_class IN ('POOR', 'NEAR_POOR')),
    household_class  text   CHECK (household_class IN ('POOR', 'NEAR_POOR')),
    transition       text,
    persons          int    NOT NULL,
    PRIMARY KEY (province_id, campaign_id, household_id),
    FOREIGN KEY (province_id, household_id) REFERENCES household (province_id, id) ON UPDATE CASCADE,
    -- checked at commit: when a household changes province, this row and its review row are both
    -- moved by cascades from household, in an order PostgreSQL chooses
    FOREIGN KEY (province_id, review_row_id) REFERENCES review_household (province_id, id) ON UPDATE CASCADE
        DEFERRABLE INITIALLY DEFERRED
) PARTITION BY LIST (province_id);
CREATE INDEX review_outcome_campaign ON review_outcome (campaign_id);
CREATE INDEX review_outcome_household ON review_outcome (household_id) WHERE household_class IS NOT NULL;

CREATE TABLE household_pdefault PARTITION OF household DEFAULT;
CREATE TABLE household_member_pdefault PARTITION OF household_member DEFAULT;
CREATE TABLE household_version_pdefault PARTITION OF household_version DEFAULT;
CREATE TABLE review_household_pdefault PARTITION OF review_household DEFAULT;
CREATE TABLE review_outcome_pdefault PARTITION OF review_outcome DEFAULT;
SELECT province_partitions_ensure(id) FROM admin_unit WHERE parent_id IS NULL;

-- Every household once, whatever its province: the code unique in the country, and the target of
-- the foreign keys of tables that are not partitioned.
CREATE TABLE household_identity (
    id           bigint PRIMARY KEY,
    code         text   NOT NULL UNIQUE,
    province_id  bigint NOT NULL
);

-- Keeps household_identity and checks that a household is filed under the province of its unit.
-- (A BEFORE trigger cannot set the partition column: the row is routed before it runs, so the
-- writer names the province — admin_unit_province(unit) — and this check makes a mistake fail.)
-- A household moving to another partition arrives here as an INSERT (PostgreSQL turns a
-- cross-partition UPDATE into a DELETE and an INSERT), hence the upsert.
CREATE FUNCTION household_filed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.province_id IS DISTINCT FROM admin_unit_province(NEW.unit_id) THEN
        RAISE EXCEPTION 'household % is filed under province % but its unit % lies in province %',
            NEW.code, NEW.province_id, NEW.unit_id, admin_unit_province(NEW.unit_id)
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO household_identity (id, code, province_id) VALUES (NEW.id, NEW.code, NEW.province_id)
        ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, province_id = EXCLUDED.province_id;
    ELSIF NEW.code IS DISTINCT FROM OLD.code OR NEW.province_id IS DISTINCT FROM OLD.province_id THEN
        UPDATE household_identity SET code = NEW.code, province_id = NEW.province_id WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

INSERT INTO household (id, province_id, code, unit_id, head_name, search_name, address, area, labour_capacity,
                       ethnic_minority, person_of_merit, social_protection, female_head, dwelling, current_class,
                       class_standard, class_year, voided_at, voided_by, void_reason, version, created_at, created_by,
                       changed_at, changed_by)
SELECT h.id, admin_unit_province(h.unit_id), h.code, h.unit_id, h.head_name, h.search_name, h.address, h.area,
       h.labour_capacity, h.ethnic_minority, h.person_of_merit, h.social_protection, h.female_head, h.dwelling,
       h.current_class, h.class_standard, h.class_year, h.voided_at, h.voided_by, h.void_reason, h.version,
       h.created_at, h.created_by, h.changed_at, h.changed_by
FROM household_unpartitioned h;
INSERT INTO household_identity (id, code, province_id) SELECT id, code, province_id FROM household;

CREATE TRIGGER household_filed AFTER INSERT OR UPDATE OF code, unit_id, province_id ON household
    FOR EACH ROW EXECUTE FUNCTION household_filed();

INSERT INTO household_member (id, province_id, household_id, ord, name, search_name, citizen_id, birth_year, sex,
                              relation, ethnicity, facts)
SELECT m.id, h.province_id, m.household_id, m.ord, m.name, m.search_name, m.citizen_id, m.birth_year, m.sex,
       m.relation, m.ethnicity, m.facts
FROM household_member_unpartitioned m JOIN household h ON h.id = m.household_id;

INSERT INTO household_version (id, province_id, household_id, valid_from, change_kind, changed_by, snapshot)
SELECT v.id, h.province_id, v.household_id, v.valid_from, v.change_kind, v.changed_by, v.snapshot
FROM household_version_unpartitioned v JOIN household h ON h.id = v.household_id;

INSERT INTO review_household (id, province_id, campaign_id, household_id, household_code, village_id, source, input,
                              household_class, deprivations, reasons, warnings, standard_id, standard_version, persons,
                              previous_class, transition, certificate_no, version, created_at, created_by, changed_at,
                              changed_by)
SELECT r.id, h.province_id, r.campaign_id, r.household_id, r.household_code, r.village_id, r.source, r.input,
       r.household_class, r.deprivations, r.reasons, r.warnings, r.standard_id, r.standard_version, r.persons,
       r.previous_class, r.transition, r.certificate_no, r.version, r.created_at, r.created_by, r.changed_at,
       r.changed_by
FROM review_household_unpartitioned r JOIN household h ON h.id = r.household_id;

INSERT INTO review_outcome (province_id, campaign_id, household_id, review_row_id, previous_class, household_class,
                            transition, persons)
SELECT h.province_id, o.campaign_id, o.household_id, o.review_row_id, o.previous_class, o.household_class,
       o.transition, o.persons
FROM review_outcome_unpartitioned o JOIN household h ON h.id = o.household_id;

-- the small tables now refer to a household through its identity
ALTER TABLE review_request DROP CONSTRAINT review_request_household_id_fkey,
    ADD FOREIGN KEY (household_id) REFERENCES household_identity (id);
ALTER TABLE review_complaint DROP CONSTRAINT review_complaint_household_id_fkey,
    ADD FOREIGN KEY (household_id) REFERENCES household_identity (id);
ALTER TABLE helper_assignment DROP CONSTRAINT helper_assignment_household_id_fkey,
    ADD FOREIGN KEY (household_id) REFERENCES household_identity (id);

ALTER SEQUENCE household_id_seq OWNED BY household.id;
ALTER SEQUENCE household_member_id_seq OWNED BY household_member.id;
ALTER SEQUENCE household_version_id_seq OWNED BY household_version.id;
ALTER SEQUENCE review_household_id_seq OWNED BY review_household.id;
DROP TABLE review_outcome_unpartitioned;
DROP TABLE review_household_unpartitioned;
DROP TABLE household_version_unpartitioned;
DROP TABLE household_member_unpartitioned;
DROP TABLE household_unpartitioned;

-- Provinces get their partitions when they appear; a unit moved under another province (or a
-- province merged into another) takes its households along: the cascades move their rows.
CREATE FUNCTION admin_unit_refile() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    new_root bigint := split_part(NEW.path, '/', 2)::bigint;
BEGIN
    IF NEW.parent_id IS NULL THEN
        PERFORM province_partitions_ensure(NEW.id);
    END IF;
    IF TG_OP = 'UPDATE' AND split_part(OLD.path, '/', 2) <> split_part(NEW.path, '/', 2) THEN
        UPDATE household SET province_id = new_root WHERE unit_id = NEW.id AND province_id <> new_root;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER admin_unit_refile AFTER INSERT OR UPDATE OF parent_id, path ON admin_unit
    FOR EACH ROW EXECUTE FUNCTION admin_unit_refile();
