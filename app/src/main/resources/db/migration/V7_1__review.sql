-- The household review (rà soát hộ nghèo, hộ cận nghèo) per QĐ 24/2021/QĐ-TTg and TT 07/2021/TT-BLĐTBXH:
-- campaigns per commune, their steps, the households reviewed, requests, village meetings, posting
-- complaints and, from recognition on, the frozen outcome (the lists in force and the flows).

CREATE SEQUENCE review_recognition_seq;

CREATE TABLE review_campaign (
    id                     bigserial PRIMARY KEY,
    unit_id                bigint      NOT NULL REFERENCES admin_unit (id),
    kind                   text        NOT NULL CHECK (kind IN ('PERIODIC', 'REGULAR', 'BASELINE')),
    -- PERIODIC: the calendar year it is held in (1 Sep - 14 Dec); REGULAR: the year of its month;
    -- BASELINE: the year of the review that recognised the imported lists.
    year                   int         NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    month                  int         CHECK (month BETWEEN 1 AND 12),
    -- the year of the lists the campaign produces (PERIODIC, BASELINE: year + 1; REGULAR: year)
    list_year              int         NOT NULL,
    standard_id            text        NOT NULL,
    standard_version       int         NOT NULL,
    standard_provisional   boolean     NOT NULL DEFAULT false,
    step                   text        NOT NULL,
    posting_start          date,
    posting_days           int         NOT NULL DEFAULT 3 CHECK (posting_days BETWEEN 1 AND 60),
    posting_days_confirmed boolean     NOT NULL DEFAULT false,
    report_unit_id         bigint      REFERENCES admin_unit (id),
    report_unit_name       text,
    reported_on            date,
    decision_number        text,
    decision_date          date,
    decision_signer        text,
    recognition_seq        bigint      UNIQUE,
    version                int         NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    created_by             text        NOT NULL,
    changed_at             timestamptz NOT NULL,
    changed_by             text        NOT NULL,
    CONSTRAINT review_campaign_month CHECK ((kind = 'REGULAR') = (month IS NOT NULL))
);
CREATE UNIQUE INDEX review_campaign_one_per_period ON review_campaign (unit_id, kind, year, coalesce(month, 0));
CREATE INDEX review_campaign_recognised ON review_campaign (unit_id, recognition_seq) WHERE recognition_seq IS NOT NULL;

-- Every step change: who, when, from, to, why (a step back always has a reason).
CREATE TABLE review_transition (
    id          bigserial PRIMARY KEY,
    campaign_id bigint      NOT NULL REFERENCES review_campaign (id),
    from_step   text        NOT NULL,
    to_step     text        NOT NULL,
    direction   text        NOT NULL CHECK (direction IN ('ADVANCE', 'BACK')),
    reason      text,
    data        jsonb,
    at          timestamptz NOT NULL,
    by_user     text        NOT NULL,
    CONSTRAINT review_transition_back_reason CHECK (direction = 'ADVANCE' OR btrim(coalesce(reason, '')) <> '')
);
CREATE INDEX review_transition_campaign ON review_transition (campaign_id, id);

-- The households of a campaign: the exchange-format input as given, the classification under the
-- campaign's standard, persons, and the previous recognised class with the transition since.
CREATE TABLE review_household (
    id               bigserial PRIMARY KEY,
    campaign_id      bigint      NOT NULL REFERENCES review_campaign (id),
    household_id     bigint      NOT NULL REFERENCES household (id),
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
    CONSTRAINT review_household_once UNIQUE (campaign_id, household_id)
);
CREATE INDEX review_household_household ON review_household (household_id);
CREATE INDEX review_household_village ON review_household (campaign_id, village_id);

-- Frozen at recognition: every household of the commune's lists before and after the campaign,
-- with its class before, its class after (null = on no list) and its transition. The rows with a
-- class after are the lists in force until the commune's next recognised campaign.
CREATE TABLE review_outcome (
    campaign_id      bigint NOT NULL REFERENCES review_campaign (id),
    household_id     bigint NOT NULL REFERENCES household (id),
    review_row_id    bigint REFERENCES review_household (id),
    previous_class   text   CHECK (previous_class IN ('POOR', 'NEAR_POOR')),
    household_class  text   CHECK (household_class IN ('POOR', 'NEAR_POOR')),
    transition       text,
    persons          int    NOT NULL,
    PRIMARY KEY (campaign_id, household_id)
);
CREATE INDEX review_outcome_household ON review_outcome (household_id) WHERE household_class IS NOT NULL;

-- Requests of households: Mẫu 01 (to be reviewed) and Mẫu 04 (to be recognised as escaped).
CREATE TABLE review_request (
    id              bigserial PRIMARY KEY,
    campaign_id     bigint      NOT NULL REFERENCES review_campaign (id),
    form            text        NOT NULL CHECK (form IN ('M01', 'M04')),
    received_on     date        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('IN_PERSON', 'POST', 'ONLINE')),
    household_id    bigint      REFERENCES household (id),
    household_code  text,
    applicant       text,
    status          text        NOT NULL CHECK (status IN ('RECEIVED', 'PASSED', 'REFUSED', 'DECIDED')),
    decision_due    date        NOT NULL,
    refusal_reason  text,
    answered_on     date,
    result_class    text,
    version         int         NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    changed_at      timestamptz NOT NULL,
    changed_by      text        NOT NULL,
    CONSTRAINT review_request_refusal CHECK (status <> 'REFUSED' OR btrim(coalesce(refusal_reason, '')) <> '')
);
CREATE INDEX review_request_campaign ON review_request (campaign_id);

-- Village meetings (họp dân): pass with at least half of the attendees agreeing.
CREATE TABLE review_meeting (
    id          bigserial PRIMARY KEY,
    campaign_id bigint      NOT NULL REFERENCES review_campaign (id),
    village_id  bigint      NOT NULL REFERENCES admin_unit (id),
    held_on     date        NOT NULL,
    attendees   int         NOT NULL CHECK (attendees > 0),
    agreeing    int         NOT NULL CHECK (agreeing >= 0 AND agreeing <= attendees),
    passed      boolean     NOT NULL,
    note        text,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL
);
CREATE INDEX review_meeting_campaign ON review_meeting (campaign_id, village_id, id);

-- Complaints during public posting and their re-check (phúc tra).
CREATE TABLE review_complaint (
    id           bigserial PRIMARY KEY,
    campaign_id  bigint      NOT NULL REFERENCES review_campaign (id),
    household_id bigint      REFERENCES household (id),
    received_on  date        NOT NULL,
    text         text        NOT NULL CHECK (btrim(text) <> ''),
    result       text,
    resolved_on  date,
    resolved_by  text,
    version      int         NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    changed_at   timestamptz NOT NULL,
    changed_by   text        NOT NULL
);
CREATE INDEX review_complaint_campaign ON review_complaint (campaign_id);

-- Bulk imports: progress is committed apart from the import itself, which is one transaction.
CREATE TABLE review_import_job (
    id           bigserial PRIMARY KEY,
    campaign_id  bigint      NOT NULL REFERENCES review_campaign (id),
    format       text        NOT NULL,
    dry_run      boolean     NOT NULL,
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED', 'ABANDONED')),
    phase        text        NOT NULL,
    processed    int         NOT NULL DEFAULT 0,
    total        int,
    error_count  int         NOT NULL DEFAULT 0,
    errors       jsonb,
    summary      jsonb,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    started_by   text        NOT NULL
);
CREATE INDEX review_import_job_campaign ON review_import_job (campaign_id, id);
