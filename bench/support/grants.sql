-- Bench set-up of bench/support.sh: 5,000,000 existing support grants in the real support_grant
-- table, spread as a province's five years of support look (2021-2025), plus 2026 cards held
-- elsewhere and the proposals the benchmark approves. Bulk-load pattern: the table's foreign keys,
-- its no-double-support exclusion constraint and its secondary indexes are taken off, the rows
-- inserted set-based, then every one of them is put back with its exact stored definition
-- (pg_get_constraintdef / pg_get_indexdef), which validates all 5 M rows against it: a row that
-- broke the rule would make the script fail.
\timing on
SET client_min_messages = warning;
SET maintenance_work_mem = '512MB';

CREATE UNLOGGED TABLE bench_content AS
SELECT c.code, c.id, c.group_id, c.component_id, k.program_id
FROM funding_content c JOIN funding_component k ON k.id = c.component_id
WHERE c.code IN ('BHYT_HO_TRO', 'TIEN_DIEN', 'SAN_XUAT_NN_DA3', 'NHA_SUA_CHUA_DA5');

-- the households on the lists of 2026 (the baseline campaigns), each with its commune
CREATE UNLOGGED TABLE bench_listed AS
SELECT o.household_id, o.household_class AS cls, c.unit_id AS commune_id
FROM review_outcome o JOIN review_campaign c ON c.id = o.campaign_id AND c.created_by = 'bench'
WHERE o.household_class IN ('POOR', 'NEAR_POOR');
CREATE UNLOGGED TABLE bench_person AS
SELECT l.household_id, l.cls, l.commune_id, m.ord, m.name
FROM bench_listed l JOIN household_member m ON m.household_id = l.household_id;

CREATE UNLOGGED TABLE bench_ddl AS
SELECT 'ALTER TABLE support_grant ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid) AS ddl,
       'ALTER TABLE support_grant DROP CONSTRAINT ' || quote_ident(conname) AS undo, contype = 'x' AS last
FROM pg_constraint WHERE conrelid = 'support_grant'::regclass AND contype IN ('f', 'x')
UNION ALL
SELECT pg_get_indexdef(i.indexrelid), 'DROP INDEX ' || i.indexrelid::regclass::text, false
FROM pg_index i WHERE i.indrelid = 'support_grant'::regclass AND NOT i.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
SELECT ddl FROM bench_ddl;
SELECT undo FROM bench_ddl \gexec

-- (A) health-insurance cards of the listed persons, 2021-2025: settled, 2025 paid
INSERT INTO support_grant (household_id, member_ord, member_name, per_person, content_id, group_id, component_id, program_id,
    source, unit_id, period, period_kind, amount, household_class, decision, decision_date, state, paid,
    created_at, created_by, changed_at, changed_by)
SELECT p.household_id, p.ord, p.name, true, c.id, c.group_id, c.component_id, c.program_id, 'CENTRAL_RECURRENT', p.commune_id,
       daterange(make_date(y, 1, 1), make_date(y + 1, 1, 1)), 'YEAR', a.amount, p.cls,
       y || '/QĐ-UBND-BHYT', make_date(y, 1, 10), CASE WHEN y < 2025 THEN 'SETTLED' ELSE 'PAID' END, a.amount,
       make_date(y, 1, 10), 'bench', make_date(y, 1, 10), 'bench'
FROM bench_person p CROSS JOIN generate_series(2021, 2025) y JOIN bench_content c ON c.code = 'BHYT_HO_TRO'
CROSS JOIN LATERAL (SELECT CASE p.cls WHEN 'POOR' THEN 1263600 ELSE 884520 END AS amount) a;

-- (B) 2026 cards already decided elsewhere (paid by the province's own budget): one person in 20
-- holds an approved one (the list must leave them out), others a proposed, refused or cancelled one
-- (not live: the list must take them)
INSERT INTO support_grant (household_id, member_ord, member_name, per_person, content_id, group_id, component_id, program_id,
    source, unit_id, period, period_kind, amount, household_class, decision, decision_date, state, paid, reason,
    created_at, created_by, changed_at, changed_by)
SELECT p.household_id, p.ord, p.name, true, c.id, c.group_id, c.component_id, c.program_id, 'LOCAL_COUNTERPART', p.commune_id,
       daterange(date '2026-01-01', date '2027-01-01'), 'YEAR', 1263600, p.cls,
       CASE WHEN k IN (0, 2) THEN '2026/QĐ-UBND-TINH' END, CASE WHEN k IN (0, 2) THEN date '2026-01-05' END,
       (ARRAY['APPROVED', 'PROPOSED', 'CANCELLED', 'REFUSED'])[k + 1], 0,
       CASE k WHEN 2 THEN 'Chuyển sang danh sách của xã' WHEN 3 THEN 'Đã có thẻ theo nhóm khác' END,
       date '2026-01-05', 'bench', date '2026-01-05', 'bench'
FROM bench_person p JOIN bench_content c ON c.code = 'BHYT_HO_TRO'
CROSS JOIN LATERAL (SELECT ((p.household_id * 7 + p.ord) % 20)::int AS k) r
WHERE r.k < 4;

-- (C) electricity of the poor households, per quarter 2021-2025 (30 kWh a month at the first step)
INSERT INTO support_grant (household_id, per_person, content_id, group_id, component_id, program_id,
    source, unit_id, period, period_kind, amount, household_class, decision, decision_date, state, paid,
    created_at, created_by, changed_at, changed_by)
SELECT l.household_id, false, c.id, c.group_id, c.component_id, c.program_id, 'CENTRAL_RECURRENT', l.commune_id,
       daterange(q, (q + interval '3 months')::date), 'QUARTER', 170370, 'POOR', extract(year FROM q) || '/QĐ-UBND-DIEN', q + 5,
       CASE WHEN q < date '2025-07-01' THEN 'SETTLED' WHEN q < date '2025-10-01' THEN 'PAID' ELSE 'APPROVED' END,
       CASE WHEN q < date '2025-10-01' THEN 170370 ELSE 0 END, q + 5, 'bench', q + 5, 'bench'
FROM bench_listed l JOIN bench_content c ON c.code = 'TIEN_DIEN'
CROSS JOIN generate_series(date '2021-01-01', date '2025-10-01', interval '3 months') g(qq)
CROSS JOIN LATERAL (SELECT qq::date AS q) d
WHERE l.cls = 'POOR';

-- (D) the proposals the benchmark approves one by one: electricity of the second quarter of 2026 for
-- 1,200 poor households spread over the province's communes
INSERT INTO support_grant (household_id, per_person, content_id, group_id, component_id, program_id,
    source, unit_id, period, period_kind, amount, household_class, state, created_at, created_by, changed_at, changed_by)
SELECT l.household_id, false, c.id, c.group_id, c.component_id, c.program_id, 'CENTRAL_RECURRENT', l.commune_id,
       daterange(date '2026-04-01', date '2026-07-01'), 'QUARTER', 170370, 'POOR', 'PROPOSED',
       date '2026-03-20', 'bench-approve', date '2026-03-20', 'bench-approve'
FROM (SELECT * FROM bench_listed WHERE cls = 'POOR' ORDER BY (household_id * 7919) % 100003, household_id LIMIT 1200) l
JOIN bench_content c ON c.code = 'TIEN_DIEN';

-- (E) house repairs once for one listed household in 25
INSERT INTO support_grant (household_id, per_person, content_id, group_id, component_id, program_id,
    source, unit_id, period, period_kind, amount, household_class, decision, decision_date, state, paid,
    created_at, created_by, changed_at, changed_by)
SELECT l.household_id, false, c.id, c.group_id, c.component_id, c.program_id, 'CENTRAL_INVESTMENT', l.commune_id,
       daterange(make_date(2022 + (l.household_id % 3)::int, 6, 1), NULL), 'ONCE', 20000000, l.cls,
       'NHA/QĐ-UBND', make_date(2022 + (l.household_id % 3)::int, 5, 20), 'SETTLED', 20000000,
       date '2022-05-20', 'bench', date '2022-05-20', 'bench'
FROM bench_listed l JOIN bench_content c ON c.code = 'NHA_SUA_CHUA_DA5'
WHERE l.household_id % 25 = 0;

-- (F) production support to households of the whole province, a year at a time, up to 5,000,000
-- grants in all; states as the years have left them (older ones settled, some proposals refused or
-- cancelled, 2025 still being paid)
INSERT INTO support_grant (household_id, per_person, content_id, group_id, component_id, program_id,
    source, unit_id, period, period_kind, amount, household_class, decision, decision_date, state, paid, reason,
    created_at, created_by, changed_at, changed_by)
SELECT x.household_id, false, c.id, c.group_id, c.component_id, c.program_id, 'CENTRAL_RECURRENT', x.commune_id,
       daterange(make_date(x.y, 1, 1), make_date(x.y + 1, 1, 1)), 'YEAR', x.amount, x.cls,
       CASE WHEN x.state NOT IN ('PROPOSED', 'REFUSED') THEN x.y || '/QĐ-UBND-SX' END,
       CASE WHEN x.state NOT IN ('PROPOSED', 'REFUSED') THEN make_date(x.y, 3, 1) END, x.state,
       CASE x.state WHEN 'SETTLED' THEN x.amount WHEN 'PAID' THEN x.amount * 7 / 10 ELSE 0 END,
       CASE x.state WHEN 'REFUSED' THEN 'Hộ đã nhận hỗ trợ sản xuất từ dự án khác' WHEN 'CANCELLED' THEN 'Hộ không còn nhu cầu' END,
       make_date(x.y, 3, 1), 'bench', make_date(x.y, 3, 1), 'bench'
FROM (SELECT h.id AS household_id, v.parent_id AS commune_id, y, h.current_class AS cls,
             5000000 + (h.id % 20) * 250000 AS amount,
             CASE WHEN r < 5 THEN 'PROPOSED' WHEN r < 10 THEN 'REFUSED' WHEN r < 15 THEN 'CANCELLED'
                  WHEN y <= 2023 OR (y = 2024 AND r < 60) THEN 'SETTLED' WHEN y = 2024 OR r < 40 THEN 'PAID'
                  ELSE 'APPROVED' END AS state
      FROM household h JOIN admin_unit v ON v.id = h.unit_id
      CROSS JOIN generate_series(2021, 2025) y
      CROSS JOIN LATERAL (SELECT ((h.id * 13 + y * 7) % 100)::int AS r) rr
      WHERE h.created_by = 'bench'
      LIMIT (SELECT 5000000 - count(*) FROM support_grant)) x
JOIN bench_content c ON c.code = 'SAN_XUAT_NN_DA3';

SELECT state, count(*) FROM support_grant GROUP BY 1 ORDER BY 1;
-- every constraint and index back, validated over every row; the exclusion constraint last
SELECT ddl FROM bench_ddl ORDER BY last \gexec
VACUUM ANALYZE support_grant;
DROP TABLE bench_content, bench_listed, bench_person, bench_ddl;
