-- A rotation undone (the next-round grant it funded was cancelled before anything came back): an
-- UNROTATED line puts the amount back into the project's fund. Append-only like the other lines.
ALTER TABLE funding_recovery DROP CONSTRAINT funding_recovery_kind_check;
ALTER TABLE funding_recovery ADD CONSTRAINT funding_recovery_kind_check
    CHECK (kind IN ('RECOVERED', 'ROTATED', 'UNROTATED'));

CREATE OR REPLACE FUNCTION funding_recovery_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind = 'RECOVERED' THEN
        UPDATE funding_project SET recovered = recovered + NEW.amount WHERE id = NEW.project_id;
    ELSIF NEW.kind = 'ROTATED' THEN
        UPDATE funding_project SET rotated = rotated + NEW.amount WHERE id = NEW.project_id;
    ELSE
        UPDATE funding_project SET rotated = rotated - NEW.amount WHERE id = NEW.project_id;
    END IF;
    RETURN NEW;
END $$;

ALTER TABLE funding_project ADD CONSTRAINT funding_project_rotated_non_negative CHECK (rotated >= 0);
