-- The share of a content the budget pays by where the household lives (docs/domain/support.md,
-- "Area"; funding-and-support.md §A5): near-poor health insurance is at least 70 % in general and
-- 100 % for near-poor households living in a poor district (NĐ 146/2018 Art. 8(1), until the day
-- NĐ 188/2025 took effect) or in a poor commune (NĐ 188/2025, in force 15/08/2025). A row is a rule
-- "this class, living in this kind of area, gets this share" with its validity and legal source; the
-- entitlement list applies the highest share in force for the household's unit on the period's first
-- day (NĐ 146/2018 Art. 8(2): the highest level applies). share_percent NULL: the value is not in our
-- notes (confidence NOT_FOUND) — shown "chưa xác định", the general amount applies, correctable as
-- data by a national official (never invented).

-- Before the 2025 reform the rule named poor districts: a district designated as such covers its
-- communes (a designation covers the unit and every unit under it).
ALTER TABLE support_area_designation DROP CONSTRAINT support_area_designation_kind_check;
ALTER TABLE support_area_designation ADD CONSTRAINT support_area_designation_kind_check
    CHECK (kind IN ('POOR_COMMUNE', 'POOR_DISTRICT', 'EXTREMELY_DIFFICULT_COMMUNE', 'ETHNIC_MOUNTAIN_AREA'));
ALTER TABLE support_content_rule DROP CONSTRAINT support_content_rule_areas_check;
ALTER TABLE support_content_rule ADD CONSTRAINT support_content_rule_areas_check
    CHECK (areas IS NULL OR (cardinality(areas) > 0
           AND areas <@ ARRAY['POOR_COMMUNE', 'POOR_DISTRICT', 'EXTREMELY_DIFFICULT_COMMUNE', 'ETHNIC_MOUNTAIN_AREA']::text[]));

CREATE TABLE support_area_share (
    id              bigserial   PRIMARY KEY,
    content_id      bigint      NOT NULL REFERENCES funding_content (id),
    household_class text        NOT NULL CHECK (household_class IN ('POOR', 'NEAR_POOR')),
    area_kind       text        NOT NULL
        CHECK (area_kind IN ('POOR_COMMUNE', 'POOR_DISTRICT', 'EXTREMELY_DIFFICULT_COMMUNE', 'ETHNIC_MOUNTAIN_AREA')),
    share_percent   numeric(5, 2) CHECK (share_percent > 0 AND share_percent <= 100),
    valid_from      date,
    valid_to        date,
    legal_source    text,
    confidence      text        NOT NULL CHECK (confidence IN ('FIRM', 'LIKELY', 'PROVISIONAL', 'NOT_FOUND', 'USER')),
    note            text,
    version         int         NOT NULL DEFAULT 0,
    changed_at      timestamptz NOT NULL,
    changed_by      text        NOT NULL,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CHECK ((share_percent IS NULL) = (confidence = 'NOT_FOUND')),
    EXCLUDE USING gist (content_id WITH =, household_class WITH =, area_kind WITH =,
                        daterange(valid_from, valid_to, '[]') WITH &&)
);

INSERT INTO support_area_share (content_id, household_class, area_kind, share_percent, valid_from, valid_to,
                                legal_source, confidence, note, changed_at, changed_by)
SELECT c.id, 'NEAR_POOR', r.kind, r.share, r.valid_from, r.valid_to, r.src, r.conf, r.note, now(), 'flyway'
FROM (VALUES
  ('POOR_DISTRICT', 100.00::numeric, NULL::date, DATE '2025-08-14', 'NĐ 146/2018/NĐ-CP Điều 8(1)', 'FIRM',
   'Người thuộc hộ cận nghèo sinh sống tại huyện nghèo'),
  ('POOR_COMMUNE', 100.00, DATE '2025-08-15', NULL, 'NĐ 188/2025/NĐ-CP', 'FIRM',
   'Người thuộc hộ cận nghèo sinh sống tại xã nghèo'),
  ('ETHNIC_MOUNTAIN_AREA', NULL, NULL, NULL, NULL, 'NOT_FOUND',
   'Mức hỗ trợ riêng cho hộ cận nghèo ở vùng đồng bào dân tộc thiểu số và miền núi không có trong các văn bản hệ thống đang giữ')
) AS r(kind, share, valid_from, valid_to, src, conf, note)
JOIN funding_content c ON c.code = 'BHYT_HO_TRO';
