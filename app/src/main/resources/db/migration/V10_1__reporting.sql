-- Figures of the standard report forms (review-and-reporting.md §5; TT 07/2021/TT-BLĐTBXH report
-- forms) per unit and list year. A commune's own figures come from its recognised lists; every
-- ancestor holds the sum over its communes. Kept up to date in the transaction that recognises a
-- campaign: the commune's new figures are computed and the difference (new - old) is added to the
-- commune and to each ancestor. value: households, persons or children, as the row says.
CREATE TABLE report_cell (
    unit_id   bigint NOT NULL REFERENCES admin_unit (id),
    list_year int    NOT NULL,
    form      text   NOT NULL,
    row_key   text   NOT NULL,
    col       text   NOT NULL,
    value     bigint NOT NULL,
    PRIMARY KEY (unit_id, list_year, form, row_key, col)
);

-- Per commune and list year: the recognised campaign whose lists are in force (the commune's latest
-- recognised campaign with a list year up to that year), when its figures were computed.
CREATE TABLE report_basis (
    unit_id     bigint      NOT NULL REFERENCES admin_unit (id),
    list_year   int         NOT NULL,
    campaign_id bigint      NOT NULL REFERENCES review_campaign (id),
    computed_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, list_year)
);
CREATE INDEX report_basis_campaign ON report_basis (campaign_id);
