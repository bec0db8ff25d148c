package vn.giamngheo.review;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.review.TransitionRule.ListClass;

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

    List<OutcomeRow> rows(List<Long> campaignIds, CampaignScope scope) {
        return jdbc.sql("SELECT * FROM (" + OutcomeSql.outcomes(scope) + ") o")
                .params(scope.with("ids", OutcomeSql.ids(campaignIds)))
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

    /** Households, then persons: the flows summed over the campaigns. */
    Flows[] flows(List<Long> campaignIds, CampaignScope scope) {
        FlowCounter households = new FlowCounter();
        FlowCounter persons = new FlowCounter();
        jdbc.sql("SELECT o.before, o.after, o.transition, count(*), sum(o.persons),"
                        + " sum(o.previous_persons) FROM (" + OutcomeSql.outcomes(scope)
                        + ") o(campaign_id, household_id, row_id, before, after, transition, persons, previous_persons)"
                        // households that grew and those that shrank apart: their differences must not cancel
                        + " GROUP BY 1, 2, 3, sign(o.persons - o.previous_persons)")
                .params(scope.with("ids", OutcomeSql.ids(campaignIds)))
                .query(rs -> {
                    ListClass before = listClass(rs.getString(1));
                    ListClass after = listClass(rs.getString(2));
                    Transition t = rs.getString(3) == null ? null : Transition.valueOf(rs.getString(3));
                    households.add(before, after, t, rs.getLong(4));
                    persons.add(before, after, t, rs.getLong(6), rs.getLong(5));
                });
        return new Flows[] {households.flows(), persons.flows()};
    }

    /** Households of open campaigns not yet classified (or UNDETERMINED): counted as stayed in a preview. */
    long unclassified(List<Long> campaignIds, CampaignScope scope) {
        return jdbc.sql("SELECT count(*)" + ReviewHouseholdStore.FROM + " WHERE rh.campaign_id = ANY (CAST(:ids AS"
                        + " bigint[])) AND c.recognition_seq IS NULL AND (rh.household_class IS NULL OR"
                        + " rh.household_class = 'UNDETERMINED') AND " + scope.condition())
                .params(scope.with("ids", OutcomeSql.ids(campaignIds)))
                .query(Long.class)
                .single();
    }

    /** Writes the outcome of an open campaign as final and stores each row's previous class and transition. */
    void freeze(long campaignId, CampaignScope scope) {
        jdbc.sql("INSERT INTO review_outcome (campaign_id, household_id, review_row_id, previous_class,"
                        + " household_class, transition, persons, previous_persons, province_id) SELECT o.*, hi.province_id FROM ("
                        + OutcomeSql.open(scope) + ") o JOIN household_identity hi ON hi.id = o.household_id")
                .params(scope.with("ids", OutcomeSql.ids(List.of(campaignId))))
                .update();
        jdbc.sql("""
                        UPDATE review_household rh SET previous_class = o.previous_class, transition = o.transition
                        FROM review_outcome o WHERE o.campaign_id = :id AND o.review_row_id = rh.id
                          AND o.province_id = rh.province_id
                        """).param("id", campaignId).update();
    }

    /** Refreshes the provisional previous class and transition shown on one row of an open campaign. */
    void refreshRow(ReviewCampaign c, long rowId) {
        String rows = "SELECT rh.campaign_id, CAST(:commune AS bigint) AS unit_id, " + OutcomeSql.PREVIOUS
                + " AS prev_id, rh.household_id, rh.id AS row_id, rh.persons, rh.household_class"
                + " FROM review_household rh WHERE rh.id = :row";
        jdbc.sql("UPDATE review_household rh SET previous_class = o.before, transition = o.transition FROM ("
                        + OutcomeSql.reviewed(rows) + ") o WHERE rh.id = o.row_id")
                .param("commune", c.unitId())
                .param("row", rowId)
                .update();
    }

    private static ListClass listClass(String s) {
        return s == null ? ListClass.NONE : ListClass.valueOf(s);
    }
}
