-- Bench set-up of bench/support.sh (support benchmark): loads a generated province straight into the
-- registry and the review tables, as if every commune had recognised a BASELINE campaign of 2025
-- whose lists (of 2026) hold its poor and near-poor households. The same statements as
-- bench/reports/load.sql (names folded as TextFolding does, a first registry snapshot per household,
-- outcomes as the review's transition rules give them for a first list), one review year only.
-- Input: stage_in(doc) with the generator's lines and stage_res(doc) with the classify command's.
\timing on
SET client_min_messages = warning;

CREATE UNLOGGED TABLE bench_hh AS
SELECT i.doc->>'ref' AS code, regexp_replace(i.doc->>'ref', '/[^/]*$', '') AS village_code, i.doc AS input,
       r.doc->>'classification' AS cls,
       ARRAY(SELECT jsonb_array_elements_text(coalesce(r.doc->'deprivations', '[]'::jsonb))) AS deprivations,
       coalesce(jsonb_array_length(i.doc->'members'), 0) AS persons
FROM stage_in i JOIN stage_res r ON r.doc->>'ref' = i.doc->>'ref';
CREATE INDEX ON bench_hh (code);
ANALYZE bench_hh;
DROP TABLE stage_in, stage_res;

INSERT INTO household (province_id, code, unit_id, head_name, search_name, area, labour_capacity, ethnic_minority, person_of_merit,
                       social_protection, female_head, dwelling, current_class, class_standard, class_year,
                       created_at, created_by, changed_at, changed_by)
SELECT split_part(v.path, '/', 2)::bigint, b.code, v.id, coalesce(hd->>'name', '?'),
       translate(lower(coalesce(hd->>'name', '?')), 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'), b.input->>'area',
       (b.input->>'laborCapacity')::boolean, coalesce(hd->>'ethnicity', 'Kinh') <> 'Kinh',
       coalesce(b.input->'members' @> '[{"personOfMerit": true}]', false),
       coalesce(b.input->'members' @> '[{"socialAllowance": true}]', false),
       coalesce(hd->>'sex' = 'F', false), coalesce(b.input->'dwelling', '{}'), b.cls, 'ND07_2021', 2026,
       now(), 'bench', now(), 'bench'
FROM bench_hh b JOIN admin_unit v ON v.code = b.village_code
LEFT JOIN LATERAL (SELECT m FROM jsonb_array_elements(coalesce(b.input->'members', '[]'::jsonb)) m
                   WHERE m->>'relation' = 'HEAD' LIMIT 1) h(hd) ON true;
ANALYZE household;

INSERT INTO household_member (province_id, household_id, ord, name, search_name, citizen_id, birth_year, sex, relation,
                              ethnicity, facts)
SELECT h.province_id, h.id, m.ord - 1, btrim(m.v->>'name'),
       translate(lower(btrim(m.v->>'name')), 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'), NULL, 2025 - (m.v->>'age')::int,
       m.v->>'sex', m.v->>'relation', m.v->>'ethnicity', m.v - ARRAY['name', 'age', 'sex', 'relation', 'ethnicity']
FROM bench_hh b JOIN household h ON h.code = b.code
CROSS JOIN LATERAL jsonb_array_elements(coalesce(b.input->'members', '[]')) WITH ORDINALITY AS m(v, ord);
INSERT INTO household_version (province_id, household_id, valid_from, change_kind, changed_by, snapshot)
SELECT h.province_id, h.id, now(), 'CREATE', 'bench',
       jsonb_build_object('id', h.id, 'code', h.code, 'unitId', h.unit_id, 'headName', h.head_name, 'address', NULL,
                          'area', h.area, 'labourCapacity', h.labour_capacity, 'ethnicMinority', h.ethnic_minority,
                          'personOfMerit', h.person_of_merit, 'socialProtection', h.social_protection,
                          'femaleHead', h.female_head, 'dwelling', h.dwelling, 'members', coalesce(b.input->'members', '[]'),
                          'currentClass', h.current_class, 'classStandard', h.class_standard, 'classYear', h.class_year,
                          'voidedAt', NULL, 'voidReason', NULL, 'version', 0)
FROM bench_hh b JOIN household h ON h.code = b.code;
ANALYZE household_member;
ANALYZE household_version;

INSERT INTO review_campaign (unit_id, kind, year, list_year, standard_id, standard_version, step, recognition_seq,
                             decision_number, decision_date, decision_signer, created_at, created_by, changed_at, changed_by)
SELECT commune_id, 'BASELINE', 2025, 2026, 'ND07_2021', (SELECT max(version) FROM poverty_standard_version WHERE standard_id = 'ND07_2021'),
       'RECOGNISED', nextval('review_recognition_seq'), 'bench', date '2025-12-10', 'bench', now(), 'bench', now(), 'bench'
FROM (SELECT DISTINCT v.parent_id AS commune_id FROM household h JOIN admin_unit v ON v.id = h.unit_id
      WHERE h.created_by = 'bench' ORDER BY 1) c;
ANALYZE review_campaign;

-- the baseline's rows: the poor and near-poor households found by the review, recognised as new lists
INSERT INTO review_household (province_id, campaign_id, household_id, household_code, village_id, source, input, household_class,
                              deprivations, standard_id, standard_version, persons, created_at, created_by, changed_at, changed_by)
SELECT h.province_id, c.id, h.id, h.code, h.unit_id, 'IMPORT', b.input, b.cls, b.deprivations, c.standard_id, c.standard_version, b.persons,
       now(), 'bench', now(), 'bench'
FROM bench_hh b JOIN household h ON h.code = b.code JOIN admin_unit v ON v.id = h.unit_id
JOIN review_campaign c ON c.unit_id = v.parent_id AND c.created_by = 'bench'
WHERE b.cls IN ('POOR', 'NEAR_POOR');
INSERT INTO review_outcome (province_id, campaign_id, household_id, review_row_id, previous_class, household_class, transition, persons)
SELECT rh.province_id, rh.campaign_id, rh.household_id, rh.id, NULL, rh.household_class,
       CASE rh.household_class WHEN 'POOR' THEN 'NEWLY_POOR' ELSE 'NEWLY_NEAR_POOR' END, rh.persons
FROM review_household rh JOIN review_campaign c ON c.id = rh.campaign_id AND c.created_by = 'bench';
UPDATE review_household rh SET transition = o.transition
FROM review_outcome o WHERE o.review_row_id = rh.id AND o.province_id = rh.province_id;
ANALYZE review_household;
ANALYZE review_outcome;
DROP TABLE bench_hh;
