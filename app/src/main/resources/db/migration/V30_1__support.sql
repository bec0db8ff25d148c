-- The support module: grants of a support content to a household or one of its members, their
-- payments in tranches, and the eligibility of each content held as data. The rule "the same
-- beneficiary never receives the same content twice for the same period" (TT 60/2026 Art. 2(3)(b)
-- and 3(1); NĐ 146/2018 Art. 8(2); QĐ 60/2014 Art. 1(2); docs/domain/support.md) is an exclusion
-- constraint, so that it holds whatever path writes and however many write at once.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Who may receive a content, as data (a content of the funding catalogue; its group is "the same
-- content"). per_person: the content goes to members (health insurance, training); otherwise to the
-- household, and a member's grant of it counts as the household's. classes: the classes on the lists
-- in force that qualify (POOR, NEAR_POOR, ESCAPED = left the lists within escaped_months). Member
-- conditions: age bounds in years (age_max exclusive: under 16 = 16), disabled. period_kind: the
-- period a grant covers when none is given (ONCE = once in a lifetime). by_list: granted by an
-- entitlement list from the recognised lists. confidence as in the funding catalogue.
CREATE TABLE support_content_rule (
    content_id       bigint      PRIMARY KEY REFERENCES funding_content (id),
    per_person       boolean     NOT NULL,
    classes          text[]      NOT NULL,
    escaped_months   int         CHECK (escaped_months > 0),
    ethnic_minority  boolean     NOT NULL DEFAULT false,
    age_min          int         CHECK (age_min >= 0),
    age_max          int         CHECK (age_max > 0),
    disabled         boolean     NOT NULL DEFAULT false,
    period_kind      text        NOT NULL CHECK (period_kind IN ('ONCE', 'YEAR', 'QUARTER', 'MONTH', 'RANGE')),
    by_list          boolean     NOT NULL DEFAULT false,
    legal_source     text,
    confidence       text        NOT NULL CHECK (confidence IN ('FIRM', 'LIKELY', 'SEED', 'DEMO', 'USER')),
    note             text,
    version          int         NOT NULL DEFAULT 0,
    changed_at       timestamptz NOT NULL,
    changed_by       text        NOT NULL,
    CHECK (classes <@ ARRAY['POOR', 'NEAR_POOR', 'ESCAPED']::text[] AND cardinality(classes) > 0),
    CHECK (('ESCAPED' = ANY (classes)) = (escaped_months IS NOT NULL)),
    CHECK (age_min IS NULL OR age_max IS NULL OR age_max > age_min)
);

-- A grant. beneficiary: the household, or member_ord of it (the member's name kept as granted).
-- who: the key of "the same beneficiary" — the household (-1) for a content given per household,
-- whoever of its members the grant names; the member for a content given per person.
-- period: [from, to) days; once in a lifetime is [from, infinity).
CREATE TABLE support_grant (
    id                  bigserial   PRIMARY KEY,
    household_id        bigint      NOT NULL REFERENCES household_identity (id),
    member_ord          int,
    member_name         text,
    per_person          boolean     NOT NULL,
    who                 int         GENERATED ALWAYS AS (CASE WHEN per_person THEN member_ord ELSE -1 END) STORED,
    content_id          bigint      NOT NULL REFERENCES funding_content (id),
    group_id            bigint      NOT NULL REFERENCES funding_content_group (id),
    component_id        bigint      NOT NULL REFERENCES funding_component (id),
    program_id          bigint      NOT NULL REFERENCES funding_program (id),
    project_id          bigint      REFERENCES funding_project (id),
    source              text        NOT NULL,
    unit_id             bigint      NOT NULL REFERENCES admin_unit (id),
    period              daterange   NOT NULL CHECK (NOT isempty(period) AND NOT lower_inf(period)),
    period_kind         text        NOT NULL CHECK (period_kind IN ('ONCE', 'YEAR', 'QUARTER', 'MONTH', 'RANGE')),
    amount              bigint      NOT NULL CHECK (amount > 0),
    items               jsonb       NOT NULL DEFAULT '[]',
    norm_id             bigint      REFERENCES funding_norm (id),
    norm_amount         bigint,
    household_class     text,
    decision            text,
    decision_date       date,
    state               text        NOT NULL CHECK (state IN ('PROPOSED', 'APPROVED', 'PAID', 'SETTLED', 'REFUSED', 'CANCELLED')),
    paid                bigint      NOT NULL DEFAULT 0 CHECK (paid >= 0 AND paid <= amount),
    commitment_entry_id bigint      REFERENCES funding_entry (id),
    list_id             bigint,
    reason              text,
    replaced_by         bigint      REFERENCES support_grant (id),
    version             int         NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    created_by          text        NOT NULL,
    changed_at          timestamptz NOT NULL,
    changed_by          text        NOT NULL,
    CHECK (per_person = (member_ord IS NOT NULL) OR (NOT per_person)),
    CHECK (state NOT IN ('REFUSED', 'CANCELLED') OR (reason IS NOT NULL AND length(trim(reason)) > 0)),
    CHECK (state NOT IN ('APPROVED', 'PAID', 'SETTLED') OR decision IS NOT NULL),
    CHECK (state <> 'SETTLED' OR paid = amount),
    -- no double support: two live grants of one content group to the same beneficiary never share a day
    CONSTRAINT support_grant_no_double_support EXCLUDE USING gist (
        household_id WITH =, who WITH =, group_id WITH =, period WITH &&)
        WHERE (state IN ('APPROVED', 'PAID', 'SETTLED'))
);
CREATE INDEX support_grant_household ON support_grant (household_id);
CREATE INDEX support_grant_unit ON support_grant (unit_id, content_id);
CREATE INDEX support_grant_list ON support_grant (list_id) WHERE list_id IS NOT NULL;

-- A payment of a grant (one tranche: 70 % at the foundation, 30 % at completion for housing, TT
-- 55/2023 Art. 75) with the ledger disbursement it posted; a reversal when the grant is replaced.
CREATE TABLE support_payment (
    id          bigserial   PRIMARY KEY,
    grant_id    bigint      NOT NULL REFERENCES support_grant (id),
    tranche     int         NOT NULL CHECK (tranche >= 1),
    amount      bigint      NOT NULL CHECK (amount > 0),
    paid_on     date        NOT NULL,
    voucher     text,
    entry_id    bigint      REFERENCES funding_entry (id),
    reversed    boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    UNIQUE (grant_id, tranche)
);

-- Eligibility of the shipped contents (funding-and-support.md §A2, §A5, §A6, §A9; seed 001 for the
-- project contents). Values the notes do not give (newly-escaped windows for these contents, the
-- nutrition ages) are not shipped: a content whose rule needs them is SEED and correctable.
INSERT INTO support_content_rule (content_id, per_person, classes, escaped_months, ethnic_minority, age_min, age_max,
                                  disabled, period_kind, by_list, legal_source, confidence, note, changed_at, changed_by)
SELECT c.id, r.per_person, r.classes::text[], NULL, false, r.age_min, r.age_max, false, r.kind, r.by_list, r.src,
       r.conf, r.note, now(), 'flyway'
FROM (VALUES
  ('NHA_XAY_MOI_DA5', false, '{POOR,NEAR_POOR}', NULL::int, NULL::int, 'ONCE', false, 'TT 01/2022/TT-BXD', 'FIRM',
   'Hộ đã được hỗ trợ nhà ở từ chương trình khác không được hỗ trợ lại'),
  ('NHA_SUA_CHUA_DA5', false, '{POOR,NEAR_POOR}', NULL, NULL, 'ONCE', false, 'TT 01/2022/TT-BXD', 'FIRM', NULL),
  ('TIEN_DIEN', false, '{POOR}', NULL, NULL, 'QUARTER', true, 'QĐ 28/2014/QĐ-TTg Điều 3(7); QĐ 60/2014/QĐ-TTg Điều 1(2)', 'FIRM',
   'Mỗi hộ chỉ một mức hỗ trợ tiền điện; chi trả theo quý'),
  ('BHYT_HO_TRO', true, '{POOR,NEAR_POOR}', NULL, NULL, 'YEAR', true, 'NĐ 146/2018/NĐ-CP Điều 3(9)(a), 8; NĐ 188/2025/NĐ-CP', 'FIRM',
   'Người thuộc nhiều nhóm được hưởng mức hỗ trợ cao nhất (NĐ 146/2018 Điều 8(2))'),
  ('SAN_XUAT_NN_DA3', false, '{POOR,NEAR_POOR}', NULL, NULL, 'YEAR', false, 'QĐ 90/QĐ-TTg', 'SEED', NULL),
  ('MO_HINH_DA2', false, '{POOR,NEAR_POOR}', NULL, NULL, 'RANGE', false, 'QĐ 90/QĐ-TTg; NĐ 27/2022/NĐ-CP Chương V', 'SEED', NULL),
  ('SAN_XUAT_HP2', false, '{POOR,NEAR_POOR}', NULL, NULL, 'YEAR', false, 'TT 60/2026/TT-BTC', 'LIKELY', NULL),
  ('DINH_DUONG_DA3', true, '{POOR,NEAR_POOR}', NULL, 16, 'YEAR', false, 'QĐ 90/QĐ-TTg', 'SEED',
   'Trẻ em dưới 16 tuổi; định mức chưa tìm thấy'),
  ('DAO_TAO_NGHE_DA4', true, '{POOR,NEAR_POOR}', 15, NULL, 'RANGE', false, 'QĐ 90/QĐ-TTg', 'LIKELY', 'Người trong độ tuổi lao động'),
  ('XKLD_DA4', true, '{POOR,NEAR_POOR}', 18, NULL, 'ONCE', false, 'TT 46/2022/TT-BTC; TT 15/2022/TT-BTC Điều 25', 'LIKELY', NULL),
  ('VIEC_LAM_DA4', true, '{POOR,NEAR_POOR}', 15, NULL, 'RANGE', false, 'QĐ 90/QĐ-TTg', 'SEED', NULL),
  ('VIEC_LAM_HP1', true, '{POOR,NEAR_POOR}', 15, NULL, 'RANGE', false, 'TT 60/2026/TT-BTC Điều 8', 'LIKELY', NULL),
  ('THONG_TIN_DA6', false, '{POOR,NEAR_POOR}', NULL, NULL, 'ONCE', false, 'QĐ 90/QĐ-TTg', 'SEED', NULL),
  ('TGPL', true, '{POOR}', NULL, NULL, 'RANGE', false, 'Luật Trợ giúp pháp lý 2017 Điều 7(2)', 'LIKELY', NULL),
  ('TGPL_HP1', true, '{POOR}', NULL, NULL, 'RANGE', false, 'Luật Trợ giúp pháp lý 2017 Điều 7(2)', 'LIKELY', NULL)
) AS r(code, per_person, classes, age_min, age_max, kind, by_list, src, conf, note)
JOIN funding_content c ON c.code = r.code;
