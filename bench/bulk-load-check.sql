-- Fingerprints of the loaded rows for bench/bulk-load-check.sh: count and md5 of each table's rows
-- ordered by household code, with the ids each load numbers its own way replaced by what they name.
SELECT 'household', count(*), md5(string_agg(concat_ws('|', h.code, u.code, h.province_id = split_part(u.path, '/', 2)::bigint,
       h.head_name, h.search_name, h.address, h.area, h.labour_capacity, h.ethnic_minority, h.person_of_merit,
       h.social_protection, h.female_head, h.dwelling, h.current_class, h.class_standard, h.class_year, h.voided_at,
       h.version, h.created_by), E'\n' ORDER BY h.code))
FROM household h JOIN admin_unit u ON u.id = h.unit_id;
SELECT 'household_identity', count(*), bool_and(i.code = h.code AND i.province_id = h.province_id)
FROM household_identity i LEFT JOIN household h ON h.id = i.id;
SELECT 'household_member', count(*), md5(string_agg(concat_ws('|', h.code, m.ord, m.name, m.search_name, m.citizen_id,
       m.birth_year, m.sex, m.relation, m.ethnicity, m.facts, m.province_id = h.province_id), E'\n' ORDER BY h.code, m.ord))
FROM household_member m JOIN household h ON h.id = m.household_id;
SELECT 'household_version', count(*), md5(string_agg(concat_ws('|', h.code, v.change_kind, v.changed_by, v.snapshot - 'id',
       (v.snapshot->>'id')::bigint = h.id, v.province_id = h.province_id), E'\n' ORDER BY h.code))
FROM household_version v JOIN household h ON h.id = v.household_id;
SELECT 'review_campaign', count(*), md5(string_agg(concat_ws('|', u.code, c.kind, c.year, c.list_year, c.standard_id,
       c.standard_version, c.step, c.decision_number, c.decision_date, c.decision_signer,
       (SELECT count(*) FROM review_campaign o WHERE o.unit_id = c.unit_id AND o.recognition_seq < c.recognition_seq)),
       E'\n' ORDER BY u.code, c.kind))
FROM review_campaign c JOIN admin_unit u ON u.id = c.unit_id;
SELECT 'review_household', count(*), md5(string_agg(concat_ws('|', c.kind, u.code, h.code, r.household_code, r.province_id = h.province_id,
       r.village_id = h.unit_id, r.source, r.input, r.household_class, r.deprivations, r.reasons, r.warnings,
       r.standard_id, r.standard_version, r.persons, r.previous_class, r.transition, r.certificate_no, r.version),
       E'\n' ORDER BY c.kind, h.code))
FROM review_household r JOIN household h ON h.id = r.household_id JOIN review_campaign c ON c.id = r.campaign_id
JOIN admin_unit u ON u.id = c.unit_id;
SELECT 'review_outcome', count(*), md5(string_agg(concat_ws('|', c.kind, u.code, h.code, o.province_id = h.province_id,
       r.household_id = o.household_id AND r.campaign_id = o.campaign_id, o.previous_class, o.household_class,
       o.transition, o.persons), E'\n' ORDER BY c.kind, h.code))
FROM review_outcome o JOIN household h ON h.id = o.household_id JOIN review_campaign c ON c.id = o.campaign_id
JOIN admin_unit u ON u.id = c.unit_id LEFT JOIN review_household r ON r.id = o.review_row_id;
-- keys and indexes of the loaded tables (the bulk load drops and rebuilds them; the names PostgreSQL
-- gives the partitions' copies depend on the order they were made in, so definitions only there)
SELECT 'keys', conrelid::regclass, CASE WHEN conparentid = 0 THEN conname END, pg_get_constraintdef(oid) FROM pg_constraint
WHERE conrelid IN ('household'::regclass, 'household_identity'::regclass, 'household_member'::regclass,
                   'household_version'::regclass, 'review_household'::regclass, 'review_outcome'::regclass)
   OR confrelid IN ('household'::regclass, 'household_identity'::regclass, 'review_household'::regclass)
ORDER BY 2, 3, 4;
SELECT 'indexes', tablename, regexp_replace(indexdef, 'INDEX \S+ ON', 'INDEX ON') FROM pg_indexes
WHERE tablename ~ '^(household|household_identity|household_member|household_version|review_household|review_outcome)(_p[0-9a-z]+)?$'
ORDER BY 2, 3;
SELECT 'triggers', tgrelid::regclass, tgname, tgenabled FROM pg_trigger
WHERE tgrelid = 'household'::regclass AND NOT tgisinternal ORDER BY 2, 3;
SELECT 'sequences', (SELECT last_value >= (SELECT max(id) FROM household) FROM household_id_seq),
       (SELECT last_value >= (SELECT max(id) FROM household_member) FROM household_member_id_seq),
       (SELECT last_value >= (SELECT max(id) FROM household_version) FROM household_version_id_seq),
       (SELECT last_value >= (SELECT max(id) FROM review_household) FROM review_household_id_seq),
       (SELECT last_value >= (SELECT max(id) FROM review_campaign) FROM review_campaign_id_seq);
