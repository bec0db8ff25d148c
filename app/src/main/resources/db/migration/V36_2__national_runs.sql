-- National jobs (docs/decisions/1802): a run is requested in the application (what it computes and
-- over which standard and year), carried out by the Spark jobs, which write its results here; the
-- application shows the latest finished run of each kind. Results are kept per run, never updated.
CREATE TABLE national_run (
    id             bigserial PRIMARY KEY,
    job            text        NOT NULL CHECK (job IN ('WHAT_IF', 'MPI', 'DUPLICATES')),
    list_year      int         CHECK (list_year BETWEEN 2000 AND 2200),
    standard_id    text,
    standard_version int,
    -- the target standard's definition and the latest published definition of every standard, as
    -- the application resolved them when the run was requested: the job classifies with exactly these
    target         jsonb,
    sources        jsonb,
    -- Alkire–Foster: the cut-offs and the indicators with their normalised weights
    ks             float8[],
    codes          text[],
    weights        float8[],
    status         text        NOT NULL DEFAULT 'REQUESTED'
                   CHECK (status IN ('REQUESTED', 'RUNNING', 'FINISHED', 'FAILED')),
    requested_by   text        NOT NULL,
    requested_at   timestamptz NOT NULL,
    started_at     timestamptz,
    finished_at    timestamptz,
    households     bigint,
    engine         text,
    failure        text,
    CONSTRAINT national_run_what_if CHECK (job <> 'WHAT_IF'
        OR (list_year IS NOT NULL AND standard_id IS NOT NULL AND target IS NOT NULL AND sources IS NOT NULL)),
    CONSTRAINT national_run_mpi CHECK (job <> 'MPI'
        OR (list_year IS NOT NULL AND ks IS NOT NULL AND codes IS NOT NULL AND weights IS NOT NULL
            AND cardinality(codes) = cardinality(weights))),
    CONSTRAINT national_run_finished CHECK ((status = 'FINISHED') = (finished_at IS NOT NULL AND failure IS NULL))
);
-- one run of a kind at a time: a second request waits for the first to end
CREATE UNIQUE INDEX national_run_one_open ON national_run (job) WHERE status IN ('REQUESTED', 'RUNNING');

-- What-if: households per commune by class before → after.
CREATE TABLE national_whatif_count (
    run_id        bigint NOT NULL REFERENCES national_run (id) ON DELETE CASCADE,
    province_id   bigint NOT NULL,
    commune_id    bigint NOT NULL,
    commune_path  text   NOT NULL,
    from_class    text   NOT NULL,
    to_class      text   NOT NULL,
    households    bigint NOT NULL CHECK (households > 0),
    derived       bigint NOT NULL CHECK (derived >= 0),
    PRIMARY KEY (run_id, commune_id, from_class, to_class)
);

-- What-if: every household whose class would change, with the reasons as the classifier gives them.
CREATE TABLE national_whatif_change (
    run_id        bigint  NOT NULL REFERENCES national_run (id) ON DELETE CASCADE,
    household_id  bigint  NOT NULL,
    province_id   bigint  NOT NULL,
    commune_id    bigint  NOT NULL,
    commune_path  text    NOT NULL,
    household_code text   NOT NULL,
    from_class    text    NOT NULL,
    to_class      text    NOT NULL,
    derived       boolean NOT NULL,
    explanation   jsonb   NOT NULL,
    PRIMARY KEY (run_id, household_id)
);
CREATE INDEX national_whatif_change_path ON national_whatif_change (run_id, commune_path text_pattern_ops, household_code);

-- Alkire–Foster: the country and its subgroups (PROVINCE, COMMUNE, ETHNICITY, AREA), per cut-off k.
-- share and contribution are the group's population share and its contribution to the country's M0.
CREATE TABLE national_mpi_group (
    run_id        bigint NOT NULL REFERENCES national_run (id) ON DELETE CASCADE,
    k             float8 NOT NULL,
    dimension     text   NOT NULL CHECK (dimension IN ('COUNTRY', 'PROVINCE', 'COMMUNE', 'ETHNICITY', 'AREA')),
    group_key     text   NOT NULL,
    group_path    text,
    n             float8 NOT NULL,
    q             float8 NOT NULL,
    h             float8 NOT NULL,
    a             float8 NOT NULL,
    m0            float8 NOT NULL,
    share         float8 NOT NULL,
    contribution  float8 NOT NULL,
    PRIMARY KEY (run_id, k, dimension, group_key)
);

-- Alkire–Foster per indicator within the country or a group: uncensored and censored headcount
-- ratios and the indicator's percentage contribution to that population's M0.
CREATE TABLE national_mpi_indicator (
    run_id        bigint NOT NULL REFERENCES national_run (id) ON DELETE CASCADE,
    k             float8 NOT NULL,
    dimension     text   NOT NULL,
    group_key     text   NOT NULL,
    indicator     text   NOT NULL,
    weight        float8 NOT NULL,
    uncensored    float8 NOT NULL,
    censored      float8 NOT NULL,
    contribution  float8 NOT NULL,
    PRIMARY KEY (run_id, k, dimension, group_key, indicator)
);

-- Citizen IDs found in households of two or more provinces (PROVINCES), or in two or more households
-- (HOUSEHOLDS, which includes the first): one row per household holding the ID.
CREATE TABLE national_duplicate (
    run_id        bigint NOT NULL REFERENCES national_run (id) ON DELETE CASCADE,
    kind          text   NOT NULL CHECK (kind IN ('PROVINCES', 'HOUSEHOLDS')),
    citizen_id    text   NOT NULL,
    household_id  bigint NOT NULL,
    province_id   bigint NOT NULL,
    commune_path  text   NOT NULL,
    households    int    NOT NULL CHECK (households >= 2),
    provinces     int    NOT NULL CHECK (provinces >= 1),
    PRIMARY KEY (run_id, kind, citizen_id, household_id)
);
CREATE INDEX national_duplicate_path ON national_duplicate (run_id, commune_path text_pattern_ops);
