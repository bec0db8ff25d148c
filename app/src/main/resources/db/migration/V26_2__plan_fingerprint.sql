-- One plan in force per original document: the same file (same SHA-256) uploaded again by another
-- unit or user would double the tasks and the reports owed. Existing duplicates keep no fingerprint.
ALTER TABLE plan ADD COLUMN attachment_sha256 text;
UPDATE plan p SET attachment_sha256 = f.sha256
FROM (SELECT DISTINCT ON (f.sha256) f.plan_id, f.sha256
      FROM plan_file f JOIN plan q ON q.id = f.plan_id AND q.voided_at IS NULL
      WHERE f.purpose = 'ATTACHMENT' ORDER BY f.sha256, f.plan_id) f
WHERE p.id = f.plan_id
  AND NOT EXISTS (SELECT 1 FROM plan o WHERE o.attachment_sha256 = f.sha256);
CREATE UNIQUE INDEX plan_attachment_once ON plan (attachment_sha256)
    WHERE attachment_sha256 IS NOT NULL AND voided_at IS NULL;

-- A household's phone number (số điện thoại liên hệ), as the official writes it.
ALTER TABLE household ADD COLUMN phone text CHECK (phone IS NULL OR phone ~ '^[0-9+ .()-]{6,20}$');
