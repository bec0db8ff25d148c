-- Per unit and year: resident households (the denominator of every rate, review-and-reporting.md
-- §5) and ethnic-minority households, as recorded by the unit.
CREATE TABLE unit_year_stat (
    unit_id             bigint      NOT NULL REFERENCES admin_unit (id),
    year                int         NOT NULL,
    total_households    int         NOT NULL CHECK (total_households >= 0),
    minority_households int         CHECK (minority_households >= 0),
    source              text,
    version             int         NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    created_by          text        NOT NULL,
    changed_at          timestamptz NOT NULL,
    changed_by          text        NOT NULL,
    PRIMARY KEY (unit_id, year),
    CONSTRAINT unit_year_stat_minority CHECK (minority_households IS NULL OR minority_households <= total_households)
);

-- Poverty-reduction targets (chỉ tiêu) per unit and year, as plans set them (seeds 003 and 004).
-- poor_start is "poor households at the end of the previous year" as the plan states it; the
-- figures printed in the source document are kept beside the computed ones, for comparison.
CREATE TABLE poverty_target (
    id                       bigserial PRIMARY KEY,
    unit_id                  bigint      NOT NULL REFERENCES admin_unit (id),
    year                     int         NOT NULL,
    poor_start               int         CHECK (poor_start >= 0),
    planned_reduction        int         CHECK (planned_reduction >= 0),
    reduction_without_labour int         CHECK (reduction_without_labour >= 0),
    reduction_with_labour    int         CHECK (reduction_with_labour >= 0),
    rate_change_points       numeric(6, 2),
    source_document          text,
    printed                  jsonb,
    note                     text,
    version                  int         NOT NULL DEFAULT 0,
    created_at               timestamptz NOT NULL,
    created_by               text        NOT NULL,
    changed_at               timestamptz NOT NULL,
    changed_by               text        NOT NULL,
    CONSTRAINT poverty_target_split CHECK (reduction_without_labour IS NULL OR reduction_with_labour IS NULL
        OR planned_reduction IS NULL OR reduction_without_labour + reduction_with_labour = planned_reduction)
);
CREATE UNIQUE INDEX poverty_target_unit_year ON poverty_target (unit_id, year);

-- Who helps whom (seed 004 Appendix 2; cadres and party members assigned to poor households).
CREATE TABLE helper_assignment (
    id            bigserial PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind IN ('AGENCY_FOR_COMMUNE', 'MEMBER_FOR_COMMUNE', 'CADRE_FOR_HOUSEHOLD')),
    unit_id       bigint      NOT NULL REFERENCES admin_unit (id),
    household_id  bigint      REFERENCES household (id),
    agency_id     bigint      REFERENCES agency (id),
    helper_name   text        NOT NULL,
    helper_title  text,
    valid_from    date        NOT NULL,
    valid_to      date,
    source_document text,
    voided_at     timestamptz,
    voided_by     text,
    void_reason   text,
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    CONSTRAINT helper_household CHECK ((kind = 'CADRE_FOR_HOUSEHOLD') = (household_id IS NOT NULL)),
    CONSTRAINT helper_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX helper_assignment_unit ON helper_assignment (unit_id);
CREATE INDEX helper_assignment_household ON helper_assignment (household_id) WHERE household_id IS NOT NULL;
