-- A grant's content group, sub-project and programme are copies of its content's (written from the
-- catalogue by the module's code, never chosen apart from the content; docs/decisions 1461): the
-- content's own foreign key already proves they exist. Their three foreign keys only cost three
-- look-ups and row locks per grant written (an entitlement list of a province writes hundreds of
-- thousands at once). The group stays a column: the no-double-support exclusion constraint is on it.
ALTER TABLE support_grant
    DROP CONSTRAINT support_grant_group_id_fkey,
    DROP CONSTRAINT support_grant_component_id_fkey,
    DROP CONSTRAINT support_grant_program_id_fkey;
