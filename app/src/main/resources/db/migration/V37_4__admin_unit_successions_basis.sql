-- The published successions (V29_1) also say under which legal act: modules that carry records to a
-- successor record it with them (decision 1907).
CREATE OR REPLACE VIEW admin_unit_successions AS
SELECT s.predecessor_id, s.successor_id, s.kind, s.kind = 'MERGE' AS whole, s.effective_date, s.legal_basis
FROM admin_unit_succession s;
