-- Plan documents (kế hoạch) as reviewed from their extraction (programs-and-plans.md §2): number
-- ("51-KH/HU", "252/KH-UBND"; blank in some seeds), date as precise as the plan ("2022-05"), the
-- issuing body and the unit it was issued for, title, period in years, the lists of the document
-- (purposes, target statements, funding notes, distribution) and the reviewed extraction as saved.
CREATE TABLE plan (
    id               bigserial PRIMARY KEY,
    unit_id          bigint      NOT NULL REFERENCES admin_unit (id),
    number           text,
    number_key       text,
    symbol           text,
    date_text        text,
    issued_on        date,
    issued_year      int,
    place            text,
    issuer           text,
    title            text        NOT NULL,
    period_from      int,
    period_to        int,
    purposes         jsonb       NOT NULL DEFAULT '[]',
    targets          jsonb       NOT NULL DEFAULT '[]',
    funding          jsonb       NOT NULL DEFAULT '[]',
    distribution     jsonb       NOT NULL DEFAULT '[]',
    organisation     jsonb       NOT NULL DEFAULT '[]',
    warnings         jsonb       NOT NULL DEFAULT '[]',
    extraction       jsonb,
    voided_at        timestamptz,
    voided_by        text,
    void_reason      text,
    version          int         NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    changed_at       timestamptz NOT NULL,
    changed_by       text        NOT NULL,
    CONSTRAINT plan_period CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)
);
CREATE INDEX plan_unit ON plan (unit_id);
CREATE INDEX plan_number_key ON plan (number_key) WHERE number_key IS NOT NULL;
-- A body numbers its documents afresh each year: the same number twice in one unit and year is a
-- duplicate upload.
CREATE UNIQUE INDEX plan_unit_number_year ON plan (unit_id, number_key, coalesce(issued_year, 0))
    WHERE number_key IS NOT NULL AND voided_at IS NULL;

-- The documents a plan implements (Chỉ thị 05-CT/TW → province plan → district plan → commune plan):
-- a link to the stored plan when the referenced number matches one, else the reference as written.
CREATE TABLE plan_reference (
    id             bigserial PRIMARY KEY,
    plan_id        bigint NOT NULL REFERENCES plan (id),
    position       int    NOT NULL,
    kind           text,
    number         text,
    number_key     text,
    date_text      text,
    issuer         text,
    source         text,
    target_plan_id bigint REFERENCES plan (id),
    CONSTRAINT plan_reference_not_self CHECK (target_plan_id IS NULL OR target_plan_id <> plan_id)
);
CREATE INDEX plan_reference_plan ON plan_reference (plan_id);
CREATE INDEX plan_reference_target ON plan_reference (target_plan_id) WHERE target_plan_id IS NOT NULL;
CREATE INDEX plan_reference_number ON plan_reference (number_key) WHERE target_plan_id IS NULL;

-- The numbered tasks of a plan with their structured schedule (ScheduleKind; the calendar fields
-- the kind uses) and what the reader could not place, as the official accepted it.
CREATE TABLE plan_task (
    id              bigserial PRIMARY KEY,
    plan_id         bigint NOT NULL REFERENCES plan (id),
    position        int    NOT NULL,
    section         text,
    number          text   NOT NULL,
    group_label     text,
    text            text   NOT NULL,
    assignment      text,
    schedule_kind   text CHECK (schedule_kind IN ('ONGOING', 'MONTH', 'YEARLY_MONTH', 'YEARLY_BEFORE_DAY',
                                                  'BEFORE_DATE', 'EVENT', 'ON_REQUEST')),
    schedule_year   int,
    schedule_month  int CHECK (schedule_month BETWEEN 1 AND 12),
    schedule_day    int CHECK (schedule_day BETWEEN 1 AND 31),
    schedule_event  text,
    schedule_source text,
    unmatched       jsonb NOT NULL DEFAULT '[]',
    warnings        jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX plan_task_plan ON plan_task (plan_id);

-- Who does a task: LEAD (chủ trì), COORDINATOR (phối hợp) or COLLECTIVE ("UBND các xã, thị trấn"),
-- the agency when the mention was matched to the registry, and always the mention as written.
CREATE TABLE task_assignment (
    id        bigserial PRIMARY KEY,
    task_id   bigint NOT NULL REFERENCES plan_task (id),
    position  int    NOT NULL,
    role      text   NOT NULL CHECK (role IN ('LEAD', 'COORDINATOR', 'COLLECTIVE')),
    agency_id bigint REFERENCES agency (id),
    mention   text   NOT NULL,
    name      text   NOT NULL,
    CONSTRAINT task_assignment_collective CHECK (role <> 'COLLECTIVE' OR agency_id IS NULL)
);
CREATE INDEX task_assignment_task ON task_assignment (task_id);
CREATE INDEX task_assignment_agency ON task_assignment (agency_id) WHERE agency_id IS NOT NULL;

-- Files: the original plan document (ATTACHMENT), evidence of a progress update (EVIDENCE), a
-- submitted report (SUBMISSION). Stored in the database so a backup holds everything.
CREATE TABLE plan_file (
    id           bigserial PRIMARY KEY,
    plan_id      bigint      NOT NULL REFERENCES plan (id),
    purpose      text        NOT NULL CHECK (purpose IN ('ATTACHMENT', 'EVIDENCE', 'SUBMISSION')),
    name         text        NOT NULL,
    content_type text        NOT NULL,
    size         bigint      NOT NULL CHECK (size >= 0),
    sha256       text        NOT NULL,
    content      bytea       NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL
);
CREATE INDEX plan_file_plan ON plan_file (plan_id);

-- Progress of a task, append-only: each update is a new row, never changed, so two officials
-- reporting at once both keep their update. year is the occurrence the update is about.
CREATE TABLE task_progress (
    id          bigserial PRIMARY KEY,
    task_id     bigint      NOT NULL REFERENCES plan_task (id),
    year        int         NOT NULL,
    agency_id   bigint      REFERENCES agency (id),
    agency_name text        NOT NULL,
    role        text        NOT NULL CHECK (role IN ('LEAD', 'COORDINATOR', 'COLLECTIVE')),
    status      text        NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED')),
    note        text,
    evidence_id bigint REFERENCES plan_file (id),
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL
);
CREATE INDEX task_progress_task ON task_progress (task_id, year, id);
