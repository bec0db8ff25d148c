-- The household registry (sổ theo dõi hộ): current state in household/household_member, every
-- earlier state as a snapshot in household_version, so a household can be shown as on any date.
CREATE TABLE household (
    id                 bigserial PRIMARY KEY,
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
    CONSTRAINT household_void_reason CHECK (voided_at IS NULL OR void_reason IS NOT NULL)
);
CREATE UNIQUE INDEX household_code ON household (code);
CREATE INDEX household_unit ON household (unit_id) WHERE voided_at IS NULL;
CREATE INDEX household_search ON household (search_name text_pattern_ops);
CREATE INDEX household_class ON household (current_class) WHERE voided_at IS NULL;

CREATE TABLE household_member (
    id               bigserial PRIMARY KEY,
    household_id     bigint NOT NULL REFERENCES household (id),
    ord              int    NOT NULL,
    name             text   NOT NULL,
    search_name      text   NOT NULL,
    citizen_id       text   CHECK (citizen_id ~ '^[0-9]{12}$'),
    birth_year       int    CHECK (birth_year BETWEEN 1880 AND 2200),
    sex              text   CHECK (sex IN ('M', 'F')),
    relation         text   CHECK (relation IN ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'OTHER')),
    ethnicity        text,
    facts            jsonb  NOT NULL DEFAULT '{}'
);
CREATE INDEX household_member_household ON household_member (household_id);
CREATE INDEX household_member_citizen ON household_member (citizen_id) WHERE citizen_id IS NOT NULL;
CREATE INDEX household_member_search ON household_member (search_name text_pattern_ops);

CREATE TABLE household_version (
    id            bigserial PRIMARY KEY,
    household_id  bigint      NOT NULL REFERENCES household (id),
    valid_from    timestamptz NOT NULL,
    change_kind   text        NOT NULL,
    changed_by    text        NOT NULL,
    snapshot      jsonb       NOT NULL
);
CREATE INDEX household_version_at ON household_version (household_id, valid_from DESC, id DESC);
