-- The funding module: the program catalogue and norms as versioned data, the append-only budget
-- ledger with its balances, and production projects with their recovery and rotation sub-ledger.
-- Confidence marks follow shared/domain/funding-and-support.md: FIRM, LIKELY, SEED (named by the
-- seed plans), DEMO (generated demo figures); a value not found is left NULL, never invented.

CREATE TABLE funding_program (
    id           bigserial PRIMARY KEY,
    code         text        NOT NULL UNIQUE,
    name         text        NOT NULL,
    valid_from   date        NOT NULL,
    valid_to     date,
    -- tasks of a finished program may still be disbursed and settled until this day (TT 60/2026 Art. 21)
    runoff_to    date,
    legal_source text,
    confidence   text        NOT NULL CHECK (confidence IN ('FIRM', 'LIKELY', 'SEED', 'DEMO', 'USER')),
    note         text,
    version      int         NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    changed_at   timestamptz NOT NULL,
    changed_by   text        NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK (runoff_to IS NULL OR (valid_to IS NOT NULL AND runoff_to >= valid_to))
);

-- The funding sources a program accepts; a ledger entry with another source is refused.
CREATE TABLE funding_program_source (
    program_id bigint NOT NULL REFERENCES funding_program (id),
    source     text   NOT NULL CHECK (source IN ('CENTRAL_INVESTMENT', 'CENTRAL_RECURRENT', 'LOCAL_COUNTERPART',
                                  'INTEGRATED', 'POLICY_CREDIT', 'MOBILISED', 'BENEFICIARY')),
    PRIMARY KEY (program_id, source)
);

-- Local counterpart ratio per program and year (QĐ 02/2022, QĐ 16/2026: the ratios were not found,
-- so nothing ships; an administrator enters them).
CREATE TABLE funding_counterpart_ratio (
    program_id   bigint       NOT NULL REFERENCES funding_program (id),
    year         int          NOT NULL,
    percent      numeric(6,2) NOT NULL CHECK (percent >= 0 AND percent <= 1000),
    legal_source text,
    confidence   text         NOT NULL,
    PRIMARY KEY (program_id, year)
);

-- Projects / components (dự án, hợp phần) and sub-projects / content areas (tiểu dự án, nội dung thành phần).
CREATE TABLE funding_component (
    id           bigserial PRIMARY KEY,
    program_id   bigint      NOT NULL REFERENCES funding_program (id),
    parent_id    bigint      REFERENCES funding_component (id),
    code         text        NOT NULL,
    name         text        NOT NULL,
    ord          int         NOT NULL DEFAULT 0,
    valid_from   date,
    valid_to     date,
    legal_source text,
    confidence   text        NOT NULL,
    version      int         NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    UNIQUE (program_id, code)
);
CREATE INDEX funding_component_parent ON funding_component (parent_id);

-- Who leads a component in a unit (seed 001 §IV: "Công chức ... chủ trì").
CREATE TABLE funding_component_lead (
    component_id bigint NOT NULL REFERENCES funding_component (id),
    unit_id      bigint NOT NULL REFERENCES admin_unit (id),
    agency_id    bigint REFERENCES agency (id),
    lead_text    text,
    PRIMARY KEY (component_id, unit_id)
);

-- "The same content" for the no-double-support rule (TT 60/2026 Art. 2(3)(b)), whichever program pays.
CREATE TABLE funding_content_group (
    id   bigserial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL
);

CREATE TABLE funding_content (
    id           bigserial PRIMARY KEY,
    code         text        NOT NULL UNIQUE,
    name         text        NOT NULL,
    group_id     bigint      NOT NULL REFERENCES funding_content_group (id),
    component_id bigint      REFERENCES funding_component (id),
    -- payment in tranches, percent of the amount at each step ("70;30" for housing, TT 55/2023 Art. 75)
    tranches     text,
    valid_from   date,
    valid_to     date,
    legal_source text,
    confidence   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL
);

-- Values that norms are computed from and that change over time (tier-1 electricity price, base
-- salary, the poor-household lending rate). value NULL: not configured.
CREATE TABLE funding_reference_value (
    id           bigserial PRIMARY KEY,
    code         text          NOT NULL,
    name         text          NOT NULL,
    unit         text          NOT NULL,
    value        numeric(18,4),
    valid_from   date          NOT NULL,
    valid_to     date,
    legal_source text,
    confidence   text          NOT NULL,
    created_at   timestamptz   NOT NULL,
    created_by   text          NOT NULL,
    UNIQUE (code, valid_from)
);

-- A norm: the amount (or rate) of a content for a kind of beneficiary, per household / person /
-- course / month / once, at a level (central ceiling, province level, one project's approved
-- amount). Either a fixed amount or a formula over reference values; neither: not configured.
-- A published norm is never changed: a correction is a new row that supersedes it.
CREATE TABLE funding_norm (
    id            bigserial PRIMARY KEY,
    content_id    bigint       NOT NULL REFERENCES funding_content (id),
    beneficiary   text         NOT NULL CHECK (beneficiary IN ('POOR', 'NEAR_POOR', 'ESCAPED', 'SOCIAL_POLICY', 'ANY')),
    basis         text         NOT NULL CHECK (basis IN ('HOUSEHOLD', 'PERSON', 'COURSE', 'MONTH', 'ONCE', 'LOAN')),
    level         text         NOT NULL CHECK (level IN ('CENTRAL_CEILING', 'PROVINCE', 'PROJECT')),
    unit_id       bigint       REFERENCES admin_unit (id),
    measure       text         NOT NULL CHECK (measure IN ('AMOUNT', 'RATE', 'MONTHS', 'SHARE')),
    amount        bigint       CHECK (amount >= 0),
    formula       text,
    valid_from    date         NOT NULL,
    valid_to      date,
    legal_source  text,
    confidence    text         NOT NULL,
    note          text,
    supersedes_id bigint       REFERENCES funding_norm (id),
    superseded    boolean      NOT NULL DEFAULT false,
    created_at    timestamptz  NOT NULL,
    created_by    text         NOT NULL,
    CHECK (amount IS NULL OR formula IS NULL)
);
CREATE INDEX funding_norm_content ON funding_norm (content_id);

-- Community and value-chain production projects (NĐ 27/2022 Chapter V; seeds 001 DA2/DA3, 003).
CREATE TABLE funding_rotation_rule (
    id                bigserial PRIMARY KEY,
    unit_id           bigint       NOT NULL REFERENCES admin_unit (id),
    name              text         NOT NULL,
    min_recovery_pct  numeric(5,2),
    due_days          int,
    max_cycle_months  int,
    legal_source      text,
    confidence        text         NOT NULL,
    created_at        timestamptz  NOT NULL,
    created_by        text         NOT NULL
);

CREATE TABLE funding_project (
    id               bigserial PRIMARY KEY,
    unit_id          bigint      NOT NULL REFERENCES admin_unit (id),
    component_id     bigint      NOT NULL REFERENCES funding_component (id),
    kind             text        NOT NULL CHECK (kind IN ('VALUE_CHAIN', 'COMMUNITY', 'TASK')),
    name             text        NOT NULL,
    decision         text,
    approved_on      date,
    lead_agency_id   bigint      REFERENCES agency (id),
    lead_official    text,
    accepted_on      date,
    rotation_rule_id bigint      REFERENCES funding_rotation_rule (id),
    recovery_pct     numeric(5,2),
    -- the rotating fund: recovered from participants, paid out to the next round; never below zero
    recovered        bigint      NOT NULL DEFAULT 0,
    rotated          bigint      NOT NULL DEFAULT 0,
    confidence       text        NOT NULL DEFAULT 'USER',
    version          int         NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    changed_at       timestamptz NOT NULL,
    changed_by       text        NOT NULL,
    CONSTRAINT funding_project_rotation_covered CHECK (recovered - rotated >= 0)
);
CREATE INDEX funding_project_unit ON funding_project (unit_id);

CREATE TABLE funding_project_budget (
    project_id bigint NOT NULL REFERENCES funding_project (id),
    source     text   NOT NULL,
    amount     bigint NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (project_id, source)
);

CREATE TABLE funding_project_milestone (
    id         bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES funding_project (id),
    name       text   NOT NULL,
    due_on     date,
    done_on    date
);

-- The recovery and rotation sub-ledger: append-only like the budget ledger.
CREATE TABLE funding_recovery (
    id          bigserial PRIMARY KEY,
    project_id  bigint      NOT NULL REFERENCES funding_project (id),
    kind        text        NOT NULL CHECK (kind IN ('RECOVERED', 'ROTATED')),
    cycle       int         NOT NULL CHECK (cycle >= 1),
    amount      bigint      NOT NULL CHECK (amount > 0),
    entry_date  date        NOT NULL,
    due_date    date,
    party       text,
    note        text,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL
);
CREATE INDEX funding_recovery_project ON funding_recovery (project_id);

-- The budget ledger. Nothing is updated or deleted: a correction is a REVERSAL entry naming the
-- entry it reverses, with a reason. effect/delta say which balance column the entry moves and by
-- how much (negative for a reversal); set by the trigger below, never by the caller.
CREATE TABLE funding_entry (
    id           bigserial PRIMARY KEY,
    unit_id      bigint      NOT NULL REFERENCES admin_unit (id),
    year         int         NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    component_id bigint      NOT NULL REFERENCES funding_component (id),
    content_id   bigint      REFERENCES funding_content (id),
    source       text        NOT NULL CHECK (source IN ('CENTRAL_INVESTMENT', 'CENTRAL_RECURRENT', 'LOCAL_COUNTERPART',
                                  'INTEGRATED', 'POLICY_CREDIT', 'MOBILISED', 'BENEFICIARY')),
    kind         text        NOT NULL CHECK (kind IN ('ALLOCATION', 'TRANSFER_OUT', 'TRANSFER_IN', 'COMMITMENT',
                                  'DISBURSEMENT', 'SETTLEMENT', 'CARRY_OUT', 'CARRY_IN', 'REVERSAL')),
    amount       bigint      NOT NULL CHECK (amount > 0),
    entry_date   date        NOT NULL,
    effect       text        NOT NULL,
    delta        bigint      NOT NULL,
    other_unit_id bigint     REFERENCES admin_unit (id),
    pair_id      bigint      REFERENCES funding_entry (id),
    project_id   bigint      REFERENCES funding_project (id),
    reverses_id  bigint      UNIQUE REFERENCES funding_entry (id),
    document     text,
    reason       text,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    CHECK ((kind = 'REVERSAL') = (reverses_id IS NOT NULL)),
    CHECK (kind <> 'REVERSAL' OR (reason IS NOT NULL AND length(trim(reason)) > 0))
);
CREATE INDEX funding_entry_unit_year ON funding_entry (unit_id, year, entry_date);
CREATE INDEX funding_entry_project ON funding_entry (project_id) WHERE project_id IS NOT NULL;

-- The balance of one unit, year, sub-project and source: the sums of the entries, kept in the
-- transaction that writes an entry. The CHECKs are the money rules: a unit never disburses, hands
-- down or carries over more than it holds, never commits more than it holds, never settles more
-- than it disbursed. Concurrent writers queue on the row lock of the UPDATE.
CREATE TABLE funding_balance (
    unit_id      bigint NOT NULL REFERENCES admin_unit (id),
    year         int    NOT NULL,
    component_id bigint NOT NULL REFERENCES funding_component (id),
    source       text   NOT NULL,
    allocated    bigint NOT NULL DEFAULT 0,
    transfer_in  bigint NOT NULL DEFAULT 0,
    transfer_out bigint NOT NULL DEFAULT 0,
    carry_in     bigint NOT NULL DEFAULT 0,
    carry_out    bigint NOT NULL DEFAULT 0,
    committed    bigint NOT NULL DEFAULT 0,
    disbursed    bigint NOT NULL DEFAULT 0,
    settled      bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, year, component_id, source),
    CONSTRAINT funding_balance_no_overdraft
        CHECK (allocated + transfer_in + carry_in - transfer_out - carry_out - disbursed >= 0),
    CONSTRAINT funding_balance_commitment_covered
        CHECK (allocated + transfer_in + carry_in - transfer_out - carry_out - committed >= 0),
    CONSTRAINT funding_balance_settled_disbursed CHECK (settled <= disbursed),
    CONSTRAINT funding_balance_non_negative CHECK (allocated >= 0 AND transfer_in >= 0 AND transfer_out >= 0
        AND carry_in >= 0 AND carry_out >= 0 AND committed >= 0 AND disbursed >= 0 AND settled >= 0)
);

CREATE FUNCTION funding_entry_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    orig funding_entry;
    col  text;
    attempt int;
BEGIN
    IF NEW.kind = 'REVERSAL' THEN
        SELECT * INTO orig FROM funding_entry WHERE id = NEW.reverses_id;
        IF NOT FOUND OR orig.kind = 'REVERSAL' THEN
            RAISE EXCEPTION 'funding: entry % cannot be reversed', NEW.reverses_id USING ERRCODE = '23514';
        END IF;
        IF orig.unit_id <> NEW.unit_id OR orig.year <> NEW.year OR orig.component_id <> NEW.component_id
                OR orig.source <> NEW.source OR orig.amount <> NEW.amount THEN
            RAISE EXCEPTION 'funding: a reversal repeats the entry it reverses' USING ERRCODE = '23514';
        END IF;
        NEW.effect := orig.effect;
        NEW.delta := -orig.amount;
    ELSE
        NEW.effect := CASE NEW.kind
            WHEN 'ALLOCATION' THEN 'allocated' WHEN 'TRANSFER_IN' THEN 'transfer_in'
            WHEN 'TRANSFER_OUT' THEN 'transfer_out' WHEN 'CARRY_IN' THEN 'carry_in'
            WHEN 'CARRY_OUT' THEN 'carry_out' WHEN 'COMMITMENT' THEN 'committed'
            WHEN 'DISBURSEMENT' THEN 'disbursed' WHEN 'SETTLEMENT' THEN 'settled' END;
        NEW.delta := NEW.amount;
    END IF;
    col := NEW.effect;
    -- a first entry finds no row: create the zero row (a concurrent first writer may win), then move it
    FOR attempt IN 1..2 LOOP
        UPDATE funding_balance SET
            allocated = allocated + CASE WHEN col = 'allocated' THEN NEW.delta ELSE 0 END,
            transfer_in = transfer_in + CASE WHEN col = 'transfer_in' THEN NEW.delta ELSE 0 END,
            transfer_out = transfer_out + CASE WHEN col = 'transfer_out' THEN NEW.delta ELSE 0 END,
            carry_in = carry_in + CASE WHEN col = 'carry_in' THEN NEW.delta ELSE 0 END,
            carry_out = carry_out + CASE WHEN col = 'carry_out' THEN NEW.delta ELSE 0 END,
            committed = committed + CASE WHEN col = 'committed' THEN NEW.delta ELSE 0 END,
            disbursed = disbursed + CASE WHEN col = 'disbursed' THEN NEW.delta ELSE 0 END,
            settled = settled + CASE WHEN col = 'settled' THEN NEW.delta ELSE 0 END
        WHERE unit_id = NEW.unit_id AND year = NEW.year AND component_id = NEW.component_id AND source = NEW.source;
        EXIT WHEN FOUND;
        INSERT INTO funding_balance (unit_id, year, component_id, source)
        VALUES (NEW.unit_id, NEW.year, NEW.component_id, NEW.source) ON CONFLICT DO NOTHING;
    END LOOP;
    RETURN NEW;
END $$;

CREATE TRIGGER funding_entry_apply BEFORE INSERT ON funding_entry
    FOR EACH ROW EXECUTE FUNCTION funding_entry_apply();

CREATE FUNCTION funding_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: record a reversal instead', TG_TABLE_NAME USING ERRCODE = '42501';
END $$;

CREATE TRIGGER funding_entry_append_only BEFORE UPDATE OR DELETE ON funding_entry
    FOR EACH ROW EXECUTE FUNCTION funding_append_only();
CREATE TRIGGER funding_entry_no_truncate BEFORE TRUNCATE ON funding_entry
    FOR EACH STATEMENT EXECUTE FUNCTION funding_append_only();
CREATE TRIGGER funding_recovery_append_only BEFORE UPDATE OR DELETE ON funding_recovery
    FOR EACH ROW EXECUTE FUNCTION funding_append_only();

-- The rotating fund of a project moves with its sub-ledger, in the same transaction.
CREATE FUNCTION funding_recovery_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind = 'RECOVERED' THEN
        UPDATE funding_project SET recovered = recovered + NEW.amount WHERE id = NEW.project_id;
    ELSE
        UPDATE funding_project SET rotated = rotated + NEW.amount WHERE id = NEW.project_id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER funding_recovery_apply BEFORE INSERT ON funding_recovery
    FOR EACH ROW EXECUTE FUNCTION funding_recovery_apply();
