-- The live grants of a content group that reach into a period, found without reading the grants of
-- past years (docs/decisions 1462): an entitlement list's no-double-support check reads them all at
-- once and joins them to the beneficiaries, instead of one probe per person. Upper-unbounded periods
-- (once in a lifetime) sort last.
CREATE INDEX support_grant_live_group_until ON support_grant (group_id, (coalesce(upper(period), 'infinity'::date)))
    WHERE state IN ('APPROVED', 'PAID', 'SETTLED');
