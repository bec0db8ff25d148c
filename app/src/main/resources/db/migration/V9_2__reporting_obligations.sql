-- The reports a plan demands (review-and-reporting.md §4: seed 000 "trước ngày 05 tháng 11 hàng năm",
-- seed 004 "6 tháng (trước 20/6/2024)", seeds 001/003 quarterly, 6-, 9-month and annual): who
-- reports (each {mention, agencyId, collective}), to whom, through whom, the period and the deadline.
CREATE TABLE reporting_duty (
    id              bigserial PRIMARY KEY,
    plan_id         bigint NOT NULL REFERENCES plan (id),
    position        int    NOT NULL,
    section         text,
    item            text,
    reporters       jsonb  NOT NULL DEFAULT '[]',
    recipients      jsonb  NOT NULL DEFAULT '[]',
    via             text,
    period          text CHECK (period IN ('QUARTER', 'SIX_MONTHS', 'NINE_MONTHS', 'YEAR')),
    schedule_kind   text CHECK (schedule_kind IN ('ONGOING', 'MONTH', 'YEARLY_MONTH', 'YEARLY_BEFORE_DAY',
                                                  'BEFORE_DATE', 'EVENT', 'ON_REQUEST')),
    schedule_year   int,
    schedule_month  int CHECK (schedule_month BETWEEN 1 AND 12),
    schedule_day    int CHECK (schedule_day BETWEEN 1 AND 31),
    schedule_event  text,
    schedule_source text,
    source          text
);
CREATE INDEX reporting_duty_plan ON reporting_duty (plan_id);

-- One report owed by one reporting unit (a commune, or an agency and the unit it belongs to) for one
-- period: generated from the duty for a year. due_assumed marks a due date the plan did not give
-- (the end of the period stands in for it).
CREATE TABLE reporting_obligation (
    id                 bigserial PRIMARY KEY,
    duty_id            bigint      NOT NULL REFERENCES reporting_duty (id),
    plan_id            bigint      NOT NULL REFERENCES plan (id),
    year               int         NOT NULL,
    period_key         text        NOT NULL,
    due_date           date        NOT NULL,
    due_assumed        boolean     NOT NULL DEFAULT false,
    reporter_unit_id   bigint      NOT NULL REFERENCES admin_unit (id),
    reporter_agency_id bigint      REFERENCES agency (id),
    reporter_name      text        NOT NULL,
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL
);
CREATE UNIQUE INDEX reporting_obligation_once ON reporting_obligation
    (duty_id, year, period_key, reporter_unit_id, coalesce(reporter_agency_id, 0));
CREATE INDEX reporting_obligation_unit ON reporting_obligation (reporter_unit_id, year);
CREATE INDEX reporting_obligation_plan ON reporting_obligation (plan_id, year);

-- Submissions, append-only: a file and/or figures; the first one decides on time or late.
CREATE TABLE obligation_submission (
    id            bigserial PRIMARY KEY,
    obligation_id bigint      NOT NULL REFERENCES reporting_obligation (id),
    submitted_on  date        NOT NULL,
    file_id       bigint      REFERENCES plan_file (id),
    figures       jsonb,
    note          text,
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    CONSTRAINT submission_has_content CHECK (file_id IS NOT NULL OR figures IS NOT NULL)
);
CREATE INDEX obligation_submission_obligation ON obligation_submission (obligation_id, submitted_on);
