-- The administrative hierarchy: a tree of any depth with named levels. Before 1 July 2025:
-- province -> district -> commune -> village; since: province -> commune -> village.
CREATE TABLE admin_level (
    code    text PRIMARY KEY,
    rank    int  NOT NULL UNIQUE,
    name_vi text NOT NULL,
    name_en text NOT NULL
);
INSERT INTO admin_level (code, rank, name_vi, name_en) VALUES
    ('PROVINCE', 1, 'Tỉnh/Thành phố', 'Province'),
    ('DISTRICT', 2, 'Huyện/Quận/Thị xã', 'District'),
    ('COMMUNE', 3, 'Xã/Phường/Thị trấn', 'Commune'),
    ('VILLAGE', 4, 'Thôn/Bản/Tổ dân phố', 'Village');

CREATE TABLE admin_unit (
    id             bigserial PRIMARY KEY,
    code           text,
    name           text        NOT NULL,
    kind           text,
    level          text        NOT NULL REFERENCES admin_level (code),
    parent_id      bigint      REFERENCES admin_unit (id),
    -- materialized path of ids, '/1/7/42/': a subtree is "path LIKE '/1/7/%'"
    path           text        NOT NULL,
    -- lower-case, accents and đ folded: what accent-insensitive search compares with
    search_name    text        NOT NULL,
    valid_from     date,
    valid_to       date,
    retired_reason text,
    version        int         NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    changed_at     timestamptz NOT NULL,
    changed_by     text        NOT NULL,
    CONSTRAINT admin_unit_period CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CONSTRAINT admin_unit_name_not_blank CHECK (btrim(name) <> '')
);
CREATE UNIQUE INDEX admin_unit_code ON admin_unit (code) WHERE code IS NOT NULL;
CREATE UNIQUE INDEX admin_unit_path ON admin_unit (path text_pattern_ops);
CREATE INDEX admin_unit_parent ON admin_unit (parent_id);
CREATE INDEX admin_unit_search ON admin_unit (search_name text_pattern_ops);

-- Every name a unit has had, so that a record dated before a renaming shows the name it had then.
CREATE TABLE admin_unit_name (
    id         bigserial PRIMARY KEY,
    unit_id    bigint NOT NULL REFERENCES admin_unit (id),
    name       text   NOT NULL,
    kind       text,
    valid_from date,
    valid_to   date,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
);
CREATE INDEX admin_unit_name_unit ON admin_unit_name (unit_id);

-- Reorganisations: which unit took over from which (merge, split, transfer to another parent).
CREATE TABLE admin_unit_succession (
    id             bigserial PRIMARY KEY,
    predecessor_id bigint NOT NULL REFERENCES admin_unit (id),
    successor_id   bigint NOT NULL REFERENCES admin_unit (id),
    kind           text   NOT NULL CHECK (kind IN ('MERGE', 'SPLIT', 'TRANSFER')),
    effective_date date   NOT NULL,
    legal_basis    text,
    created_at     timestamptz NOT NULL,
    created_by     text NOT NULL,
    CONSTRAINT admin_unit_succession_distinct CHECK (predecessor_id <> successor_id)
);
CREATE INDEX admin_unit_succession_pred ON admin_unit_succession (predecessor_id);
CREATE INDEX admin_unit_succession_succ ON admin_unit_succession (successor_id);
