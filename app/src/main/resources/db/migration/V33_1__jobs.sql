-- Job connection (docs/domain/funding-and-support.md §C): worker profiles of working-age members of poor,
-- near-poor and newly escaped households in the fields of TT 01/2022 Mẫu 01, vacancies in the
-- columns of Mẫu 02, the commuting reach between communes held as data, referrals with their steps
-- and follow-ups, and the workers' consent to share their details with an employer.

-- A working-age member's labour profile (cung lao động, TT 01/2022 Art. 7). The household and the
-- member's place in it identify the person; the name, year of birth and the other personal fields
-- are the profile's own copy, prefilled from the registry and corrected by the official.
CREATE TABLE jobs_worker (
    id                    bigserial PRIMARY KEY,
    household_id          bigint      NOT NULL REFERENCES household_identity (id),
    member_ord            int         NOT NULL CHECK (member_ord >= 0),
    unit_id               bigint      NOT NULL REFERENCES admin_unit (id),
    household_class       text        NOT NULL CHECK (household_class IN ('POOR', 'NEAR_POOR', 'ESCAPED')),
    full_name             text        NOT NULL CHECK (btrim(full_name) <> ''),
    citizen_id            text        CHECK (citizen_id ~ '^[0-9]{12}$'),
    birth_year            int         NOT NULL CHECK (birth_year BETWEEN 1900 AND 2200),
    sex                   text        CHECK (sex IN ('M', 'F')),
    ethnicity             text,
    phone                 text,
    general_education     text        CHECK (general_education IN ('NONE', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY')),
    qualification         text        CHECK (qualification IN ('NONE', 'ELEMENTARY', 'INTERMEDIATE', 'COLLEGE', 'UNIVERSITY')),
    qualification_field   text,
    labour_status         text        NOT NULL CHECK (labour_status IN ('EMPLOYED', 'UNEMPLOYED', 'INACTIVE')),
    inactive_reason       text        CHECK (inactive_reason IN ('STUDYING', 'HOUSEWORK', 'ILLNESS', 'OLD_AGE', 'OTHER')),
    current_job           text,
    employment_kind       text        CHECK (employment_kind IN ('WAGE', 'SELF_EMPLOYED', 'FAMILY')),
    contract_type         text        CHECK (contract_type IN ('NONE', 'UNDER_12_MONTHS', 'FIXED_TERM', 'INDEFINITE')),
    workplace             text,
    previous_job          text,
    months_unemployed     int         CHECK (months_unemployed >= 0),
    skills                text[]      NOT NULL DEFAULT '{}',
    training_need         text,
    job_need              text,
    willing_commute       boolean,
    willing_move          boolean,
    willing_abroad        boolean,
    exchange_registered   boolean,
    version               int         NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL,
    changed_at            timestamptz NOT NULL,
    changed_by            text        NOT NULL,
    voided_at             timestamptz,
    voided_by             text,
    void_reason           text,
    CONSTRAINT jobs_worker_inactive CHECK ((labour_status = 'INACTIVE') = (inactive_reason IS NOT NULL)),
    CONSTRAINT jobs_worker_void CHECK (voided_at IS NULL OR btrim(coalesce(void_reason, '')) <> '')
);
-- One live profile per member: two officials registering the same person at once cannot both succeed.
CREATE UNIQUE INDEX jobs_worker_member ON jobs_worker (household_id, member_ord) WHERE voided_at IS NULL;
CREATE INDEX jobs_worker_unit ON jobs_worker (unit_id);

-- Each saved state of a profile (its history); a version is never changed.
CREATE TABLE jobs_worker_version (
    worker_id   bigint      NOT NULL REFERENCES jobs_worker (id),
    version     int         NOT NULL,
    snapshot    jsonb       NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text        NOT NULL,
    PRIMARY KEY (worker_id, version)
);

-- The worker's consent to give their details to employers: nothing of a worker leaves for an
-- employer without it. A withdrawn consent stops later referrals, not past ones.
CREATE TABLE jobs_consent (
    id            bigserial PRIMARY KEY,
    worker_id     bigint      NOT NULL REFERENCES jobs_worker (id),
    given_on      date        NOT NULL,
    how           text        NOT NULL CHECK (how IN ('SIGNED', 'ORAL_WITNESSED', 'ONLINE')),
    note          text,
    withdrawn_on  date,
    recorded_at   timestamptz NOT NULL,
    recorded_by   text        NOT NULL,
    CONSTRAINT jobs_consent_order CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX jobs_consent_worker ON jobs_consent (worker_id);

-- A recruitment need (Mẫu 02 of TT 01/2022): entered by an official or imported from a centre's
-- list. owner_unit_id is the unit that keeps it; place_unit_id the commune of the workplace, when
-- known, which the commuting reach is computed from.
CREATE TABLE jobs_vacancy (
    id              bigserial PRIMARY KEY,
    owner_unit_id   bigint      NOT NULL REFERENCES admin_unit (id),
    place_unit_id   bigint      REFERENCES admin_unit (id),
    employer        text        NOT NULL CHECK (btrim(employer) <> ''),
    employer_phone  text,
    job_title       text        NOT NULL CHECK (btrim(job_title) <> ''),
    place           text        NOT NULL CHECK (btrim(place) <> ''),
    positions       int         NOT NULL CHECK (positions > 0),
    skills          text[]      NOT NULL DEFAULT '{}',
    wage_from       bigint      CHECK (wage_from >= 0),
    wage_to         bigint,
    contract_type   text        CHECK (contract_type IN ('NONE', 'UNDER_12_MONTHS', 'FIXED_TERM', 'INDEFINITE')),
    closing_date    date        NOT NULL,
    closed_at       timestamptz,
    source          text        NOT NULL CHECK (source IN ('ENTERED', 'IMPORTED')),
    source_file     text,
    source_line     int,
    version         int         NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    changed_at      timestamptz NOT NULL,
    changed_by      text        NOT NULL,
    CONSTRAINT jobs_vacancy_wage CHECK (wage_to IS NULL OR wage_from IS NULL OR wage_to >= wage_from)
);
CREATE INDEX jobs_vacancy_owner ON jobs_vacancy (owner_unit_id, closing_date);

-- How far people commute, held as data: communes next to each other (both directions stored), and a
-- commune's point with the distance its people are taken to travel to work.
CREATE TABLE jobs_neighbour (
    unit_id       bigint NOT NULL REFERENCES admin_unit (id),
    neighbour_id  bigint NOT NULL REFERENCES admin_unit (id),
    PRIMARY KEY (unit_id, neighbour_id),
    CONSTRAINT jobs_neighbour_other CHECK (unit_id <> neighbour_id)
);

CREATE TABLE jobs_place (
    unit_id     bigint PRIMARY KEY REFERENCES admin_unit (id),
    latitude    numeric(9, 6) NOT NULL CHECK (latitude BETWEEN 8 AND 24),
    longitude   numeric(9, 6) NOT NULL CHECK (longitude BETWEEN 102 AND 110),
    commute_km  numeric(5, 1) CHECK (commute_km > 0),
    changed_at  timestamptz NOT NULL,
    changed_by  text        NOT NULL
);

-- A referral of a worker to a vacancy or a training course and where it stands.
CREATE TABLE jobs_referral (
    id                bigserial PRIMARY KEY,
    worker_id         bigint      NOT NULL REFERENCES jobs_worker (id),
    vacancy_id        bigint      REFERENCES jobs_vacancy (id),
    course            text,
    consent_id        bigint      REFERENCES jobs_consent (id),
    referred_on       date        NOT NULL,
    referred_by       text        NOT NULL CHECK (btrim(referred_by) <> ''),
    status            text        NOT NULL CHECK (status IN ('REFERRED', 'INTERVIEWED', 'HIRED', 'TRAINED', 'NOT_TAKEN')),
    interviewed_on    date,
    outcome_on        date,
    contract_type     text        CHECK (contract_type IN ('NONE', 'UNDER_12_MONTHS', 'FIXED_TERM', 'INDEFINITE')),
    note              text,
    version           int         NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    created_by        text        NOT NULL,
    changed_at        timestamptz NOT NULL,
    changed_by        text        NOT NULL,
    CONSTRAINT jobs_referral_target CHECK ((vacancy_id IS NULL) <> (course IS NULL)),
    -- an employer sees a worker only with the worker's consent
    CONSTRAINT jobs_referral_consent CHECK (vacancy_id IS NULL OR consent_id IS NOT NULL),
    CONSTRAINT jobs_referral_outcome CHECK ((status IN ('HIRED', 'TRAINED', 'NOT_TAKEN')) = (outcome_on IS NOT NULL)),
    CONSTRAINT jobs_referral_dates CHECK (outcome_on IS NULL OR outcome_on >= referred_on),
    CONSTRAINT jobs_referral_interview CHECK (interviewed_on IS NULL OR interviewed_on >= referred_on)
);
CREATE INDEX jobs_referral_worker ON jobs_referral (worker_id);
CREATE INDEX jobs_referral_vacancy ON jobs_referral (vacancy_id);
-- A worker is referred once to the same vacancy while that referral is open.
CREATE UNIQUE INDEX jobs_referral_open ON jobs_referral (worker_id, vacancy_id)
    WHERE vacancy_id IS NOT NULL AND status IN ('REFERRED', 'INTERVIEWED');

-- The steps a referral went through, in order.
CREATE TABLE jobs_referral_step (
    referral_id  bigint      NOT NULL REFERENCES jobs_referral (id),
    seq          int         NOT NULL,
    status       text        NOT NULL,
    on_date      date        NOT NULL,
    note         text,
    recorded_at  timestamptz NOT NULL,
    recorded_by  text        NOT NULL,
    PRIMARY KEY (referral_id, seq)
);

-- The checks 3 and 6 months after a worker was hired or trained: still employed, on what contract.
CREATE TABLE jobs_follow_up (
    referral_id     bigint      NOT NULL REFERENCES jobs_referral (id),
    months          int         NOT NULL CHECK (months IN (3, 6)),
    checked_on      date        NOT NULL,
    still_employed  boolean     NOT NULL,
    contract_type   text        CHECK (contract_type IN ('NONE', 'UNDER_12_MONTHS', 'FIXED_TERM', 'INDEFINITE')),
    note            text,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text        NOT NULL,
    PRIMARY KEY (referral_id, months)
);

-- A follow-up belongs to a hire or a training and comes after it, whoever writes it (the check reads
-- the referral under a share lock, so a referral's outcome cannot change under a follow-up).
CREATE FUNCTION jobs_follow_up_after_outcome() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    SELECT status, outcome_on INTO r FROM jobs_referral WHERE id = NEW.referral_id FOR SHARE;
    IF r.status NOT IN ('HIRED', 'TRAINED') THEN
        RAISE EXCEPTION 'jobs_follow_up: referral % is not hired or trained', NEW.referral_id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.checked_on < r.outcome_on THEN
        RAISE EXCEPTION 'jobs_follow_up: checked before the hire date' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER jobs_follow_up_after_outcome BEFORE INSERT OR UPDATE ON jobs_follow_up
    FOR EACH ROW EXECUTE FUNCTION jobs_follow_up_after_outcome();
