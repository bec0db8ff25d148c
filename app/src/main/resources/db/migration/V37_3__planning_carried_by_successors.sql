-- Targets and plans of units that were reorganised, carried to their successors (decision 1907), as
-- data with the succession recorded: the predecessors' own rows stay as they were, readable.
-- A successor's target for a year made from its predecessors' targets of that year (summed, for the
-- whole predecessors that went into it): which targets it came from, under which succession.
CREATE TABLE poverty_target_carried (
    target_id      bigint      NOT NULL REFERENCES poverty_target (id),
    from_target_id bigint      NOT NULL REFERENCES poverty_target (id),
    effective_date date        NOT NULL,
    legal_basis    text,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    PRIMARY KEY (target_id, from_target_id),
    CONSTRAINT poverty_target_carried_distinct CHECK (target_id <> from_target_id)
);
CREATE INDEX poverty_target_carried_from ON poverty_target_carried (from_target_id);

-- A plan of a predecessor still running at the reorganisation, attached to each successor that took
-- over (a part of) its territory: listed and readable there as well as under its own unit.
CREATE TABLE plan_carried (
    plan_id        bigint      NOT NULL REFERENCES plan (id),
    unit_id        bigint      NOT NULL REFERENCES admin_unit (id),
    from_unit_id   bigint      NOT NULL REFERENCES admin_unit (id),
    effective_date date        NOT NULL,
    legal_basis    text,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    PRIMARY KEY (plan_id, unit_id)
);
CREATE INDEX plan_carried_unit ON plan_carried (unit_id);
