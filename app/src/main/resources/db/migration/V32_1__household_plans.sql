-- Household plans (kế hoạch thoát nghèo của hộ): one per poor or near-poor household and year, with
-- its reviewed causes, the deprivations of its latest survey, the solutions chosen, the helper and
-- the household's consent, the target year and follow-up visits (docs/domain/household-plans.md).
-- Households are referred to through household_identity, the registry's published key.

-- What each deprivation or cause suggests (the draft's mapping, held as data and correctable here;
-- every row is the system's own suggestion, so provisional until a province confirms it).
-- content_code names a support content of the funding catalogue (funding_content.code).
CREATE TABLE household_plan_suggestion (
    id            bigserial   PRIMARY KEY,
    trigger_kind  text        NOT NULL CHECK (trigger_kind IN ('DEPRIVATION', 'CAUSE')),
    trigger_code  text        NOT NULL,
    solution_kind text        NOT NULL CHECK (solution_kind IN ('SUPPORT', 'LOAN', 'JOB', 'TRAINING', 'OTHER')),
    content_code  text,
    description   text        NOT NULL,
    ord           int         NOT NULL DEFAULT 0,
    provisional   boolean     NOT NULL DEFAULT true,
    retired_on    date,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text        NOT NULL DEFAULT 'flyway',
    UNIQUE (trigger_kind, trigger_code, solution_kind, content_code, description)
);

CREATE TABLE household_plan (
    id              bigserial   PRIMARY KEY,
    household_id    bigint      NOT NULL REFERENCES household_identity (id),
    year            int         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    commune_id      bigint      NOT NULL,
    listed_class    text        NOT NULL CHECK (listed_class IN ('POOR', 'NEAR_POOR')),
    campaign_id     bigint,
    survey_causes   text[]      NOT NULL DEFAULT '{}',
    causes          text[]      NOT NULL DEFAULT '{}',
    deprivations    text[]      NOT NULL DEFAULT '{}',
    target_year     int         CHECK (target_year BETWEEN 2000 AND 2100),
    agreed          boolean     NOT NULL DEFAULT false,
    helper_kind     text        CHECK (helper_kind IN ('CADRE', 'PARTY_MEMBER', 'AGENCY', 'MASS_ORGANISATION')),
    helper_name     text,
    helper_agency_id bigint,
    helper_phone    text,
    consent         boolean     NOT NULL DEFAULT false,
    consent_on      date,
    next_visit_on   date,
    note            text,
    version         int         NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    changed_at      timestamptz NOT NULL,
    changed_by      text        NOT NULL,
    voided_at       timestamptz,
    voided_by       text,
    void_reason     text,
    CONSTRAINT household_plan_target CHECK (target_year IS NULL OR target_year >= year),
    CONSTRAINT household_plan_helper CHECK ((helper_kind IS NULL) = (helper_name IS NULL)),
    CONSTRAINT household_plan_consent CHECK (NOT consent OR (helper_name IS NOT NULL AND consent_on IS NOT NULL)),
    CONSTRAINT household_plan_void CHECK ((voided_at IS NULL) = (void_reason IS NULL))
);
-- One plan per household and year: two officials drafting at once cannot both succeed.
CREATE UNIQUE INDEX household_plan_one_a_year ON household_plan (household_id, year) WHERE voided_at IS NULL;
CREATE INDEX household_plan_year ON household_plan (year, commune_id) WHERE voided_at IS NULL;

CREATE TABLE household_plan_solution (
    id            bigserial PRIMARY KEY,
    plan_id       bigint    NOT NULL REFERENCES household_plan (id),
    ord           int       NOT NULL,
    kind          text      NOT NULL CHECK (kind IN ('SUPPORT', 'LOAN', 'JOB', 'TRAINING', 'OTHER')),
    content_code  text,
    description   text      NOT NULL,
    addresses     text[]    NOT NULL DEFAULT '{}',
    done          boolean   NOT NULL DEFAULT false,
    UNIQUE (plan_id, ord)
);

CREATE TABLE household_plan_visit (
    id          bigserial   PRIMARY KEY,
    plan_id     bigint      NOT NULL REFERENCES household_plan (id),
    visited_on  date        NOT NULL,
    progress    text        NOT NULL CHECK (progress IN ('NO_CHANGE', 'SOME_PROGRESS', 'ON_TRACK', 'AT_RISK')),
    note        text,
    visited_by  text,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL
);
CREATE INDEX household_plan_visit_plan ON household_plan_visit (plan_id, visited_on);

-- A commune's "able to escape this year" list as submitted: the households on it at that moment
-- (the year-end hit rate compares the latest submission with the recognised escapes), and the
-- planning module's reporting obligation it answered, when one was chosen.
CREATE TABLE household_plan_escape_submission (
    id             bigserial   PRIMARY KEY,
    commune_id     bigint      NOT NULL,
    year           int         NOT NULL,
    obligation_id  bigint,
    submitted_on   date        NOT NULL,
    household_ids  bigint[]    NOT NULL,
    with_labour    int         NOT NULL,
    without_labour int         NOT NULL,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL
);
CREATE INDEX household_plan_escape_submission_commune ON household_plan_escape_submission (commune_id, year);
