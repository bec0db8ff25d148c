-- Households taking part in a production project (docs/decisions 1440): round 1 joins with grants
-- drawn on the project's approved budget, later rounds receive grants funded by the money recovered
-- from earlier rounds (the project's rotation sub-ledger in funding). The grant carries the support
-- rules (no double support, eligibility, norms); these tables carry the project's side.

-- What round-1 grants may draw, per source: the project's approved budget. The CHECK is the rule
-- "no more granted than the project holds"; the UPDATE's row lock queues concurrent joins.
CREATE TABLE support_project_draw (
    project_id bigint NOT NULL REFERENCES funding_project (id),
    source     text   NOT NULL,
    budget     bigint NOT NULL CHECK (budget >= 0),
    granted    bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, source),
    CONSTRAINT support_project_draw_covered CHECK (granted >= 0 AND granted <= budget)
);

-- The acceptance of a later round (round 1's is the project's): the start of its recovery clock.
CREATE TABLE support_project_round (
    project_id  bigint      NOT NULL REFERENCES funding_project (id),
    round       int         NOT NULL CHECK (round >= 2),
    accepted_on date        NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text        NOT NULL,
    PRIMARY KEY (project_id, round)
);

-- A participant: one household in one round of a project, with the grant it received. rotation_id:
-- the ROTATED line that funded a later round's grant (none for round 1). withdrawn: its grant was
-- cancelled; a household takes part in a project once while it is not withdrawn.
CREATE TABLE support_project_participant (
    id           bigserial   PRIMARY KEY,
    project_id   bigint      NOT NULL REFERENCES funding_project (id),
    round        int         NOT NULL CHECK (round >= 1),
    household_id bigint      NOT NULL REFERENCES household_identity (id),
    grant_id     bigint      NOT NULL UNIQUE REFERENCES support_grant (id),
    rotation_id  bigint      UNIQUE REFERENCES funding_recovery (id),
    withdrawn    boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    CHECK ((round = 1) = (rotation_id IS NULL))
);
CREATE UNIQUE INDEX support_project_participant_once
    ON support_project_participant (project_id, household_id) WHERE NOT withdrawn;
CREATE INDEX support_project_participant_project ON support_project_participant (project_id, round);

-- What a participant paid back, each with the RECOVERED line of the project's sub-ledger it wrote.
CREATE TABLE support_project_return (
    id             bigserial   PRIMARY KEY,
    participant_id bigint      NOT NULL REFERENCES support_project_participant (id),
    amount         bigint      NOT NULL CHECK (amount > 0),
    paid_on        date        NOT NULL,
    receipt        text,
    recovery_id    bigint      NOT NULL UNIQUE REFERENCES funding_recovery (id),
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL
);
CREATE INDEX support_project_return_participant ON support_project_return (participant_id);
