-- What the unit hierarchy publishes of its reorganisations (decision 1904): which unit took over
-- from which, and whether the whole predecessor went there (MERGE) or a part of it (SPLIT, TRANSFER).
-- Other modules read this view, never admin_unit_succession.
CREATE VIEW admin_unit_successions AS
SELECT s.predecessor_id, s.successor_id, s.kind, s.kind = 'MERGE' AS whole, s.effective_date
FROM admin_unit_succession s;
