package vn.giamngheo.review;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.review.TransitionRule.ListClass;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/** Reads outcomes (provisional or frozen), counts them into flows, freezes them at recognition. */
@Repository
class OutcomeStore {
    private final JdbcClient jdbc;

    OutcomeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One outcome: a household's class before and after the campaign (null = on no list) and its transition. */
    record OutcomeRow(
            long campaignId,
            long householdId,
            Long rowId,
            String before,
            String after,
            String transition,
            int persons) {}

    List<OutcomeRow> rows(List<Long> campaignIds, Jurisdiction scope) {
        return ScopedSql.of(jdbc, scope, "SELECT * FROM (" + OutcomeSql.outcomes() + ") o")
                .param("ids", OutcomeSql.ids(campaignIds))
                .query((rs, n) -> new OutcomeRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7)))
                .list();
    }

    /**
     * Per side {@code s.side} of outcomes {@code o}: the side, whether in its start, in its end, and
     * the category by the flow rule (V23_1).
     */
    static final String FLOW_CATEGORY = "s.side, o.before IS NOT DISTINCT FROM s.side, o.after IS NOT DISTINCT FROM"
            + " s.side, review_flow_category(s.side, o.before, o.after, o.transition)";

    /** Households, then persons: the flows summed over the campaigns. */
    Flows[] flows(List<Long> campaignIds, Jurisdiction scope) {
        FlowCounter households = new FlowCounter();
        FlowCounter persons = new FlowCounter();
        ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT " + FLOW_CATEGORY + ", count(*), sum(o.persons), sum(o.previous_persons) FROM ("
                                + OutcomeSql.outcomes()
                                + ") o(campaign_id, household_id, row_id, before, after, transition, persons,"
                                + " previous_persons) CROSS JOIN (VALUES ('POOR'), ('NEAR_POOR')) s(side)"
                                // households that grew and those that shrank apart: their differences must not cancel
                                + " GROUP BY 1, 2, 3, 4, sign(o.persons - o.previous_persons)")
                .param("ids", OutcomeSql.ids(campaignIds))
                .query(rs -> {
                    ListClass side = ListClass.valueOf(rs.getString(1));
                    households.add(side, rs.getBoolean(2), rs.getBoolean(3), rs.getString(4), rs.getLong(5));
                    persons.add(
                            side, rs.getBoolean(2), rs.getBoolean(3), rs.getString(4), rs.getLong(7), rs.getLong(6));
                });
        return new Flows[] {households.flows(), persons.flows()};
    }

    /** Households of open campaigns not yet classified (or UNDETERMINED): counted as stayed in a preview. */
    long unclassified(List<Long> campaignIds, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT count(*)" + ReviewHouseholdStore.FROM + " WHERE rh.campaign_id = ANY (CAST(:ids AS"
                                + " bigint[])) AND c.recognition_seq IS NULL AND (rh.household_class IS NULL OR"
                                + " rh.household_class = 'UNDETERMINED') AND cu.path LIKE ANY (:scope)")
                .param("ids", OutcomeSql.ids(campaignIds))
                .query(Long.class)
                .single();
    }

    /** Writes the outcome of an open campaign as final and stores each row's previous class and transition. */
    void freeze(long campaignId, Jurisdiction scope) {
        ScopedSql.of(
                        jdbc,
                        scope,
                        "INSERT INTO review_outcome (campaign_id, household_id, review_row_id, previous_class,"
                                + " household_class, transition, persons, previous_persons, province_id)"
                                + " SELECT o.*, hi.province_id FROM (" + OutcomeSql.open()
                                + ") o JOIN household_identity hi ON hi.id = o.household_id")
                .param("ids", OutcomeSql.ids(List.of(campaignId)))
                .update();
        jdbc.sql("""
                        UPDATE review_household rh SET previous_class = o.previous_class, transition = o.transition
                        FROM review_outcome o WHERE o.campaign_id = :id AND o.review_row_id = rh.id
                          AND o.province_id = rh.province_id
                        """).param("id", campaignId).update();
    }

    /** Refreshes the provisional previous class and transition shown on one row of an open campaign. */
    void refreshRow(ReviewCampaign c, long rowId) {
        String rows =
                "SELECT rh.campaign_id, CAST(:commune AS bigint) AS unit_id, rh.household_id, rh.id AS row_id, rh.persons, rh.household_class"
                        + " FROM review_household rh WHERE rh.id = :row";
        jdbc.sql("UPDATE review_household rh SET previous_class = o.before, transition = o.transition FROM ("
                        + OutcomeSql.reviewed(rows) + ") o WHERE rh.id = o.row_id")
                .param("commune", c.unitId())
                .param("row", rowId)
                .update();
    }
}
