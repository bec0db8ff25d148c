-- Cancelling one grant of an entitlement list reverses its share of the run's commitment
-- (docs/decisions 1441): each grant names the run's entry; the run keeps the entry holding the rest.
ALTER TABLE support_entitlement_run ADD COLUMN current_entry_id bigint REFERENCES funding_entry (id);
UPDATE support_entitlement_run SET current_entry_id = entry_id;
UPDATE support_grant g SET commitment_entry_id = r.entry_id
FROM support_entitlement_run r
WHERE g.list_id = r.list_id AND g.created_at = r.ran_at AND g.commitment_entry_id IS NULL AND r.entry_id IS NOT NULL;
CREATE INDEX support_entitlement_run_entry ON support_entitlement_run (entry_id);
