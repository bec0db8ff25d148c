-- Entitlement lists (danh sách hưởng chế độ) built from the recognised lists for the agencies that
-- act on them: health-insurance cards, electricity support, any content granted by list. A list is
-- one unit, content and period; each run adds, as approved grants under the list's decision, the
-- beneficiaries the lists in force now qualify who are not on it yet and hold no live grant of the
-- same content group for the period (no double support: the exclusion constraint still decides).
-- A run's commitment is one ledger entry at the list's unit for what it added.
CREATE TABLE support_entitlement_list (
    id               bigserial   PRIMARY KEY,
    unit_id          bigint      NOT NULL REFERENCES admin_unit (id),
    content_id       bigint      NOT NULL REFERENCES funding_content (id),
    period_from      date        NOT NULL,
    source           text        NOT NULL,
    amount_poor      bigint      CHECK (amount_poor > 0),
    amount_near_poor bigint      CHECK (amount_near_poor > 0),
    decision         text        NOT NULL,
    decision_date    date        NOT NULL,
    version          int         NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    UNIQUE (unit_id, content_id, period_from)
);

CREATE TABLE support_entitlement_run (
    id          bigserial   PRIMARY KEY,
    list_id     bigint      NOT NULL REFERENCES support_entitlement_list (id),
    run_no      int         NOT NULL,
    added       int         NOT NULL,
    amount      bigint      NOT NULL,
    held        int         NOT NULL,
    entry_id    bigint      REFERENCES funding_entry (id),
    ran_at      timestamptz NOT NULL,
    ran_by      text        NOT NULL,
    UNIQUE (list_id, run_no)
);

ALTER TABLE support_grant ADD CONSTRAINT support_grant_list_fk
    FOREIGN KEY (list_id) REFERENCES support_entitlement_list (id);
