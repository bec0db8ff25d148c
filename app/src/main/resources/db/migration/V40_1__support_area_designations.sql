-- Areas a support content may depend on (docs/domain/support.md, "Area"): a unit designated a poor
-- commune, an extremely difficult commune, or part of the ethnic-minority and mountainous area, by a
-- decision of the competent authority, for a validity period. The official lists are not in our
-- notes: an administrator enters or imports them, each row naming the decision that designates it.
-- A designation covers the unit and every unit under it. Never deleted: a wrong row is voided with
-- a reason; two live designations of one kind for one unit may not overlap in time.
CREATE TABLE support_area_designation (
    id            bigserial   PRIMARY KEY,
    unit_id       bigint      NOT NULL REFERENCES admin_unit (id),
    kind          text        NOT NULL CHECK (kind IN ('POOR_COMMUNE', 'EXTREMELY_DIFFICULT_COMMUNE', 'ETHNIC_MOUNTAIN_AREA')),
    decision      text        NOT NULL CHECK (btrim(decision) <> ''),
    decision_date date,
    valid_from    date        NOT NULL,
    valid_to      date,
    note          text,
    voided_at     timestamptz,
    voided_by     text,
    void_reason   text,
    version       int         NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    changed_at    timestamptz NOT NULL,
    changed_by    text        NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL)),
    EXCLUDE USING gist (unit_id WITH =, kind WITH =,
                        daterange(valid_from, valid_to, '[]') WITH &&) WHERE (voided_at IS NULL)
);
CREATE INDEX support_area_designation_unit ON support_area_designation (unit_id) WHERE voided_at IS NULL;

-- A content whose eligibility depends on the area: the household's unit (or a unit above it) must
-- hold a live designation of one of these kinds on the period's first day. NULL: no area condition.
-- No shipped content sets it: which contents are area-bound, and the lists, come with the official
-- texts (entered as data).
ALTER TABLE support_content_rule ADD COLUMN areas text[]
    CHECK (areas IS NULL OR (cardinality(areas) > 0
           AND areas <@ ARRAY['POOR_COMMUNE', 'EXTREMELY_DIFFICULT_COMMUNE', 'ETHNIC_MOUNTAIN_AREA']::text[]));
