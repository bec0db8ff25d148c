-- Surveys sent from a reviewer's phone (the offline survey). The phone gives each survey an id of its
-- own when it is saved there; a resend after a cut connection carries the same id, and the unique
-- constraint makes it land once whatever the timing (two sends in flight: the second waits for the
-- first and finds it). A send whose base version is stale is kept as a CONFLICT, not applied: the
-- reviewer or the commune official chooses later.
CREATE TABLE review_field_submission (
    id               bigserial PRIMARY KEY,
    client_id        uuid        NOT NULL,
    campaign_id      bigint      NOT NULL REFERENCES review_campaign (id),
    review_row_id    bigint      NOT NULL,
    household_code   text        NOT NULL,
    base_version     int         NOT NULL,
    input            jsonb       NOT NULL,
    outcome          text        NOT NULL CHECK (outcome IN ('STORED', 'CONFLICT', 'KEPT_THEIRS', 'SENT_AGAIN')),
    stored_version   int,
    household_class  text,
    saved_on_phone_at timestamptz,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    changed_at       timestamptz NOT NULL,
    changed_by       text        NOT NULL,
    CONSTRAINT review_field_submission_once UNIQUE (client_id),
    CONSTRAINT review_field_submission_stored CHECK (outcome <> 'STORED' OR stored_version IS NOT NULL)
);
CREATE INDEX review_field_submission_open ON review_field_submission (campaign_id, review_row_id)
    WHERE outcome = 'CONFLICT';
