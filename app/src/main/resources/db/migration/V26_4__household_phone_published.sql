-- The household's phone number (số điện thoại liên hệ) in its history's snapshot, as every other
-- field the official edits.
CREATE OR REPLACE VIEW household_snapshot AS
SELECT h.province_id, h.id,
       jsonb_build_object('id', h.id, 'code', h.code, 'unitId', h.unit_id, 'headName', h.head_name, 'address', h.address,
           'phone', h.phone,
           'area', h.area, 'labourCapacity', h.labour_capacity, 'ethnicMinority', h.ethnic_minority,
           'personOfMerit', h.person_of_merit, 'socialProtection', h.social_protection, 'femaleHead', h.female_head,
           'dwelling', h.dwelling,
           'members', coalesce((SELECT jsonb_agg(r.member ORDER BY r.ord) FROM household_member_record r
                                WHERE r.household_id = h.id AND r.province_id = h.province_id), '[]'::jsonb),
           'currentClass', h.current_class, 'classStandard', h.class_standard, 'classYear', h.class_year,
           'voidedAt', to_char(h.voided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'voidReason', h.void_reason, 'version', h.version) AS snapshot
FROM household h;
