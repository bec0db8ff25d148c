-- The bodies that plans assign work to (chủ trì / phối hợp), attached to a unit.
CREATE TABLE agency (
    id          bigserial PRIMARY KEY,
    unit_id     bigint      NOT NULL REFERENCES admin_unit (id),
    kind        text        NOT NULL CHECK (kind IN ('PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'PARTY', 'OFFICE',
                                 'DEPARTMENT', 'BANK', 'INSURER', 'FRONT', 'MASS_ORGANISATION', 'COMMUNE_POSITION',
                                 'HEALTH', 'EDUCATION', 'STEERING_COMMITTEE', 'JUDICIAL', 'SECURITY', 'CENTRE',
                                 'VILLAGE', 'OTHER')),
    name        text        NOT NULL,
    short_name  text,
    search_name text        NOT NULL,
    retired_at  date,
    version     int         NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text        NOT NULL
);
CREATE INDEX agency_unit ON agency (unit_id);
CREATE UNIQUE INDEX agency_unit_name ON agency (unit_id, search_name) WHERE retired_at IS NULL;

-- Other ways the same body is written in documents ("Phòng LĐ-TB&XH", "NHCSXH"), folded for matching.
CREATE TABLE agency_alias (
    id        bigserial PRIMARY KEY,
    agency_id bigint NOT NULL REFERENCES agency (id),
    alias     text   NOT NULL,
    alias_key text   NOT NULL
);
CREATE INDEX agency_alias_key ON agency_alias (alias_key);
CREATE UNIQUE INDEX agency_alias_unique ON agency_alias (agency_id, alias_key);
