-- Bench set-up (issue 6 item 7): loads a generated province straight into the review tables, as
-- if every commune had recognised a BASELINE campaign (lists of 2025, the generator's 2024 review:
-- its poor and near-poor households) and then a PERIODIC campaign held in 2025 (lists of 2026, every
-- household classified). The outcome rows follow the review's transition rules for this case (no
-- household was ever listed before the baseline; a household not found poor or near-poor in 2025
-- has escaped; an undetermined one stays as it was). Input: stage_in(y, doc) with the generator's
-- lines and stage_res(y, doc) with the classify command's result lines, for y = 2024 and 2025.
\timing on
SET client_min_messages = warning;

CREATE UNLOGGED TABLE bench_hh AS
SELECT i.y, i.doc->>'ref' AS code, regexp_replace(i.doc->>'ref', '/[^/]*$', '') AS village_code, i.doc AS input,
       r.doc->>'classification' AS cls,
       ARRAY(SELECT jsonb_array_elements_text(coalesce(r.doc->'deprivations', '[]'::jsonb))) AS deprivations,
       coalesce(jsonb_array_length(i.doc->'members'), 0) AS persons
FROM stage_in i JOIN stage_res r ON r.y = i.y AND r.doc->>'ref' = i.doc->>'ref';
CREATE INDEX ON bench_hh (y, code);
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
                   WHERE m->>'relation' = 'HEAD' LIMIT 1) h(hd) ON true
WHERE b.y = 2025;
ANALYZE household;

-- the members and the registry's first snapshot, as the product's registration writes them (names
-- folded for search as TextFolding does: lower case, no accents, đ → d)
INSERT INTO household_member (province_id, household_id, ord, name, search_name, citizen_id, birth_year, sex, relation,
                              ethnicity, facts)
SELECT h.province_id, h.id, m.ord - 1, btrim(m.v->>'name'),
       translate(lower(btrim(m.v->>'name')), 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'), NULL, 2025 - (m.v->>'age')::int,
       m.v->>'sex', m.v->>'relation', m.v->>'ethnicity', m.v - ARRAY['name', 'age', 'sex', 'relation', 'ethnicity']
FROM bench_hh b JOIN household h ON h.code = b.code
CROSS JOIN LATERAL jsonb_array_elements(coalesce(b.input->'members', '[]')) WITH ORDINALITY AS m(v, ord)
WHERE b.y = 2025;
INSERT INTO household_version (province_id, household_id, valid_from, change_kind, changed_by, snapshot)
SELECT h.province_id, h.id, now(), 'CREATE', 'bench',
       jsonb_build_object('id', h.id, 'code', h.code, 'unitId', h.unit_id, 'headName', h.head_name, 'address', NULL,
                          'area', h.area, 'labourCapacity', h.labour_capacity, 'ethnicMinority', h.ethnic_minority,
                          'personOfMerit', h.person_of_merit, 'socialProtection', h.social_protection,
                          'femaleHead', h.female_head, 'dwelling', h.dwelling, 'members', coalesce(b.input->'members', '[]'),
                          'currentClass', h.current_class, 'classStandard', h.class_standard, 'classYear', h.class_year,
                          'voidedAt', NULL, 'voidReason', NULL, 'version', 0)
FROM bench_hh b JOIN household h ON h.code = b.code
WHERE b.y = 2025;
ANALYZE household_member;
ANALYZE household_version;

CREATE UNLOGGED TABLE bench_commune AS
SELECT DISTINCT v.parent_id AS commune_id FROM household h JOIN admin_unit v ON v.id = h.unit_id WHERE h.created_by = 'bench';

INSERT INTO review_campaign (unit_id, kind, year, list_year, standard_id, standard_version, step, recognition_seq,
                             decision_number, decision_date, decision_signer, created_at, created_by, changed_at, changed_by)
SELECT commune_id, 'BASELINE', 2024, 2025, 'ND07_2021', (SELECT max(version) FROM poverty_standard_version WHERE standard_id = 'ND07_2021'),
       'RECOGNISED', nextval('review_recognition_seq'), 'bench', date '2024-12-20', 'bench', now(), 'bench', now(), 'bench'
FROM (SELECT commune_id FROM bench_commune ORDER BY 1) c;
INSERT INTO review_campaign (unit_id, kind, year, list_year, standard_id, standard_version, step, recognition_seq,
                             decision_number, decision_date, decision_signer, created_at, created_by, changed_at, changed_by)
SELECT commune_id, 'PERIODIC', 2025, 2026, 'ND07_2021', (SELECT max(version) FROM poverty_standard_version WHERE standard_id = 'ND07_2021'),
       'RECOGNISED', nextval('review_recognition_seq'), 'bench', date '2025-12-10', 'bench', now(), 'bench', now(), 'bench'
FROM (SELECT commune_id FROM bench_commune ORDER BY 1) c;
ANALYZE review_campaign;

-- the households of each campaign: the baseline's lists, the periodic review's every household
INSERT INTO review_household (province_id, campaign_id, household_id, household_code, village_id, source, input, household_class,
                              deprivations, standard_id, standard_version, persons, created_at, created_by, changed_at, changed_by)
SELECT h.province_id, c.id, h.id, h.code, h.unit_id, 'IMPORT', b.input, b.cls, b.deprivations, c.standard_id, c.standard_version, b.persons,
       now(), 'bench', now(), 'bench'
FROM bench_hh b JOIN household h ON h.code = b.code JOIN admin_unit v ON v.id = h.unit_id
JOIN review_campaign c ON c.unit_id = v.parent_id AND c.year = b.y AND c.created_by = 'bench'
WHERE (b.y = 2024 AND b.cls IN ('POOR', 'NEAR_POOR')) OR (b.y = 2025 AND b.cls <> 'UNDETERMINED');
ANALYZE review_household;

-- outcomes: the baseline's lists are new
INSERT INTO review_outcome (province_id, campaign_id, household_id, review_row_id, previous_class, household_class, transition, persons)
SELECT rh.province_id, rh.campaign_id, rh.household_id, rh.id, NULL, rh.household_class,
       CASE rh.household_class WHEN 'POOR' THEN 'NEWLY_POOR' ELSE 'NEWLY_NEAR_POOR' END, rh.persons
FROM review_household rh JOIN review_campaign c ON c.id = rh.campaign_id AND c.kind = 'BASELINE' AND c.created_by = 'bench';

-- the periodic review against the baseline's lists
INSERT INTO review_outcome (province_id, campaign_id, household_id, review_row_id, previous_class, household_class, transition, persons)
WITH lists AS (
    SELECT p.id AS pid, o.province_id, o.household_id, o.household_class, o.persons
    FROM review_campaign p
    JOIN review_campaign bc ON bc.unit_id = p.unit_id AND bc.kind = 'BASELINE' AND bc.created_by = 'bench'
    JOIN review_outcome o ON o.campaign_id = bc.id
    WHERE p.kind = 'PERIODIC' AND p.created_by = 'bench'),
found AS (
    SELECT rh.* FROM review_household rh
    JOIN review_campaign p ON p.id = rh.campaign_id AND p.kind = 'PERIODIC' AND p.created_by = 'bench')
SELECT coalesce(r.province_id, l.province_id), coalesce(r.campaign_id, l.pid), coalesce(r.household_id, l.household_id), r.id, l.household_class,
       CASE WHEN r.id IS NULL THEN l.household_class
            WHEN r.household_class IN ('POOR', 'NEAR_POOR') THEN r.household_class END,
       CASE WHEN r.id IS NULL OR r.household_class = l.household_class THEN 'STAYED'
            WHEN l.household_class IS NULL THEN CASE r.household_class WHEN 'POOR' THEN 'NEWLY_POOR' ELSE 'NEWLY_NEAR_POOR' END
            WHEN l.household_class = 'POOR' AND r.household_class = 'NEAR_POOR' THEN 'POOR_TO_NEAR_POOR'
            WHEN l.household_class = 'NEAR_POOR' AND r.household_class = 'POOR' THEN 'NEAR_POOR_TO_POOR'
            WHEN l.household_class = 'POOR' THEN 'ESCAPED_POVERTY'
            ELSE 'ESCAPED_NEAR_POVERTY' END,
       coalesce(r.persons, l.persons)
FROM lists l FULL JOIN found r ON r.campaign_id = l.pid AND r.household_id = l.household_id
WHERE l.household_class IS NOT NULL OR r.household_class IN ('POOR', 'NEAR_POOR');
UPDATE review_household rh SET previous_class = o.previous_class, transition = o.transition
FROM review_outcome o WHERE o.review_row_id = rh.id AND o.province_id = rh.province_id;
ANALYZE review_outcome;
DROP TABLE bench_hh, bench_commune;
