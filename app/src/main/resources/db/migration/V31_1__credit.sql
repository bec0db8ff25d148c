-- Policy credit: loans of the Bank for Social Policies (NHCSXH) to households, as the commune keeps
-- them from the bank's lists (NĐ 78/2002/NĐ-CP; NĐ 06/2026/NĐ-CP Art. 30–32 on entrusted lending
-- through socio-political organisations and savings-and-loan groups). The bank stays the owner of
-- the loan; the commune records what it needs to follow its households: program, amount, purpose,
-- term, rate, entrusting organisation, group, disbursement and status with its history.
CREATE TABLE credit_loan (
    id            bigserial PRIMARY KEY,
    household_id  bigint        NOT NULL REFERENCES household_identity (id),
    -- the commune whose list the loan was entered on (the household may move later)
    commune_id    bigint        NOT NULL REFERENCES admin_unit (id),
    -- the bank's contract (khế ước) number: a re-imported export updates the loan it names
    contract_no   text,
    program       text          NOT NULL CHECK (program IN ('POOR', 'NEAR_POOR', 'ESCAPED', 'HOUSING',
                                    'WORK_ABROAD', 'STUDENT', 'CLEAN_WATER', 'OTHER')),
    amount        bigint        NOT NULL CHECK (amount > 0),
    purpose       text          NOT NULL CHECK (length(btrim(purpose)) > 0),
    term_months   int           NOT NULL CHECK (term_months BETWEEN 1 AND 600),
    rate          numeric(6,3)  NOT NULL CHECK (rate >= 0 AND rate < 100),
    entruster     text          NOT NULL CHECK (entruster IN ('FARMERS', 'WOMEN', 'VETERANS', 'YOUTH')),
    savings_group text          NOT NULL CHECK (length(btrim(savings_group)) > 0),
    disbursed_on  date          NOT NULL,
    due_on        date          NOT NULL CHECK (due_on > disbursed_on),
    status        text          NOT NULL CHECK (status IN ('CURRENT', 'OVERDUE', 'REPAID', 'WRITTEN_OFF')),
    status_on     date          NOT NULL CHECK (status_on >= disbursed_on),
    outstanding   bigint        NOT NULL CHECK (outstanding >= 0 AND outstanding <= amount),
    voided_at     timestamptz,
    voided_by     text,
    void_reason   text,
    version       int           NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    created_by    text          NOT NULL,
    changed_at    timestamptz   NOT NULL,
    changed_by    text          NOT NULL,
    -- a repaid loan owes nothing; a loan still running owes something
    CHECK (status <> 'REPAID' OR outstanding = 0),
    CHECK (status NOT IN ('CURRENT', 'OVERDUE') OR outstanding > 0),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL))
);
CREATE UNIQUE INDEX credit_loan_contract ON credit_loan (contract_no) WHERE contract_no IS NOT NULL AND voided_at IS NULL;
CREATE INDEX credit_loan_household ON credit_loan (household_id);
CREATE INDEX credit_loan_commune ON credit_loan (commune_id, status, due_on);

-- Each status a loan has had, append-only: the first row is the disbursement.
CREATE TABLE credit_loan_status (
    id          bigserial PRIMARY KEY,
    loan_id     bigint      NOT NULL REFERENCES credit_loan (id),
    status      text        NOT NULL CHECK (status IN ('CURRENT', 'OVERDUE', 'REPAID', 'WRITTEN_OFF')),
    status_on   date        NOT NULL,
    outstanding bigint      NOT NULL CHECK (outstanding >= 0),
    note        text,
    origin      text        NOT NULL CHECK (origin IN ('PAGE', 'API', 'IMPORT', 'DEMO')),
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL
);
CREATE INDEX credit_loan_status_loan ON credit_loan_status (loan_id, id);

CREATE FUNCTION credit_loan_status_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'credit_loan_status is append-only' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER credit_loan_status_append_only BEFORE UPDATE OR DELETE ON credit_loan_status
    FOR EACH ROW EXECUTE FUNCTION credit_loan_status_append_only();
CREATE TRIGGER credit_loan_status_no_truncate BEFORE TRUNCATE ON credit_loan_status
    FOR EACH STATEMENT EXECUTE FUNCTION credit_loan_status_append_only();
