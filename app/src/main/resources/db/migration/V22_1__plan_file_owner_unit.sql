-- The unit whose evidence or report a file is. A commune's evidence and reports are stored on the
-- plan of the district or province that asked for them; every sibling commune reads that plan, so
-- the file itself must say whose it is. NULL: the plan's own document, readable with the plan.
ALTER TABLE plan_file ADD COLUMN unit_id bigint REFERENCES admin_unit (id);

UPDATE plan_file f SET unit_id = o.reporter_unit_id
FROM obligation_submission s JOIN reporting_obligation o ON o.id = s.obligation_id
WHERE s.file_id = f.id AND f.purpose = 'SUBMISSION';

UPDATE plan_file f SET unit_id = a.unit_id
FROM task_progress p JOIN agency a ON a.id = p.agency_id
WHERE p.evidence_id = f.id AND f.purpose = 'EVIDENCE';

-- evidence whose agency is not in the registry: the unit of the plan it was reported on is the
-- narrowest unit known; a file without an owner would otherwise be open to every reader of the plan
UPDATE plan_file f SET unit_id = p.unit_id FROM plan p
WHERE p.id = f.plan_id AND f.purpose <> 'ATTACHMENT' AND f.unit_id IS NULL;

ALTER TABLE plan_file ADD CONSTRAINT plan_file_owner
    CHECK ((purpose = 'ATTACHMENT') = (unit_id IS NULL));
