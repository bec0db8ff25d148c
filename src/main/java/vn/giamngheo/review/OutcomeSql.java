package vn.giamngheo.review;

import java.util.StringJoiner;
import vn.giamngheo.review.TransitionRule.ListClass;

/**
 * The SQL that finds, for campaigns, every household of the commune's lists before or after with
 * its class before, after and its transition: columns {@code campaign_id, household_id, row_id,
 * before, after, transition, persons, previous_persons} (before/after null = on no list; {@code
 * previous_persons}: its persons on the previous list, so the opening balance is the list in force
 * whatever the survey found, decision 1601). Open campaigns are computed
 * from their rows, the previous list and the lists of other communes by joining {@link
 * TransitionRule#table()}; recognised campaigns read what was frozen at recognition. Parameters:
 * {@code :ids} (a bigint array literal) and the campaign scope's.
 */
final class OutcomeSql {
    private static final String REVIEWED_RULES = reviewedRules();
    private static final String NOT_REVIEWED_RULES = notReviewedRules();

    private OutcomeSql() {}

    /** The outcome rows of the campaigns in {@code :ids} that the scope lets the user read. */
    static String outcomes(CampaignScope scope) {
        return open(scope) + "\nUNION ALL\n" + recognised(scope);
    }

    /** Only the open (not recognised) campaigns: what recognition freezes. */
    static String open(CampaignScope scope) {
        return reviewed(
                        "SELECT k.id AS campaign_id, k.unit_id, k.prev_id, rh.household_id, rh.id AS row_id, rh.persons,"
                                + " rh.household_class FROM (" + openCampaigns(scope) + ") k"
                                + " JOIN review_household rh ON rh.campaign_id = k.id")
                + """
                UNION ALL
                SELECT k.id, po.household_id, NULL, po.household_class, nullif(t.after, 'NONE'), t.transition, po.persons,
                       po.persons
                FROM (%1$s) k
                JOIN review_outcome po ON po.campaign_id = k.prev_id AND po.household_class IS NOT NULL
                JOIN household h ON h.id = po.household_id
                JOIN admin_unit hu ON hu.id = h.unit_id
                JOIN (VALUES %2$s) AS t(before, still, transition, after)
                  ON t.before = po.household_class AND t.still = (h.voided_at IS NULL AND hu.path LIKE k.path || '%%')
                WHERE NOT EXISTS (SELECT 1 FROM review_household rh
                                  WHERE rh.campaign_id = k.id AND rh.household_id = po.household_id)
                """.formatted(openCampaigns(scope), NOT_REVIEWED_RULES);
    }

    /**
     * The outcome of households a campaign reviews, from a relation of them with columns {@code
     * campaign_id, unit_id (the commune), prev_id (its latest recognised campaign), household_id,
     * row_id, persons, household_class}: their class on the previous list, whether they are on
     * another commune's list in force or were ever on a list, and {@link TransitionRule} joined.
     */
    static String reviewed(String rows) {
        return """
                SELECT r.campaign_id, r.household_id, r.row_id, nullif(r.before, 'NONE') AS before,
                       nullif(t.after, 'NONE') AS after, t.transition, r.persons,
                       coalesce(r.previous_persons, r.persons) AS previous_persons
                FROM (
                    SELECT x.campaign_id, x.household_id, x.row_id, x.persons, po.persons AS previous_persons,
                           coalesce(po.household_class, 'NONE') AS before,
                           CASE x.household_class WHEN 'POOR' THEN 'POOR' WHEN 'NEAR_POOR' THEN 'NEAR_POOR'
                                WHEN 'MIDDLE' THEN 'ABOVE' WHEN 'NOT_POOR' THEN 'ABOVE' ELSE 'UNKNOWN' END AS found,
                           (po.household_class IS NULL AND EXISTS (
                                SELECT 1 FROM review_outcome o2 JOIN review_campaign c2 ON c2.id = o2.campaign_id
                                WHERE o2.household_id = x.household_id AND o2.household_class IS NOT NULL
                                  AND c2.unit_id <> x.unit_id
                                  AND c2.recognition_seq = (SELECT max(c3.recognition_seq) FROM review_campaign c3
                                                            WHERE c3.unit_id = c2.unit_id))) AS another,
                           (po.household_class IS NULL AND EXISTS (
                                SELECT 1 FROM review_outcome o3
                                WHERE o3.household_id = x.household_id AND o3.household_class IS NOT NULL)) AS ever
                    FROM (%s) x
                    LEFT JOIN review_outcome po ON po.campaign_id = x.prev_id AND po.household_id = x.household_id
                                                AND po.household_class IS NOT NULL
                ) r
                JOIN (VALUES %s) AS t(before, found, another, ever, transition, after)
                  ON t.before = r.before AND t.found = r.found AND t.another = r.another AND t.ever = r.ever
                """.formatted(rows, REVIEWED_RULES);
    }

    /** The latest recognised campaign of the commune {@code :commune}: whose outcome is its list in force. */
    static final String PREVIOUS =
            "(SELECT p.id FROM review_campaign p WHERE p.unit_id = :commune AND p.recognition_seq IS NOT NULL"
                    + " ORDER BY p.recognition_seq DESC LIMIT 1)";

    private static String recognised(CampaignScope scope) {
        return "SELECT o.campaign_id, o.household_id, o.review_row_id, o.previous_class, o.household_class,"
                + " o.transition, o.persons, coalesce(o.previous_persons, o.persons) FROM review_outcome o JOIN review_campaign c ON c.id = o.campaign_id"
                + " JOIN admin_unit cu ON cu.id = c.unit_id WHERE o.campaign_id = ANY (CAST(:ids AS bigint[]))"
                + " AND c.recognition_seq IS NOT NULL AND " + scope.condition();
    }

    /** The open campaigns asked for, with the commune's path and its latest recognised campaign (the previous list). */
    private static String openCampaigns(CampaignScope scope) {
        return """
                SELECT c.id, c.unit_id, cu.path,
                       (SELECT p.id FROM review_campaign p WHERE p.unit_id = c.unit_id AND p.recognition_seq IS NOT NULL
                        ORDER BY p.recognition_seq DESC LIMIT 1) AS prev_id
                FROM review_campaign c JOIN admin_unit cu ON cu.id = c.unit_id
                WHERE c.id = ANY (CAST(:ids AS bigint[])) AND c.recognition_seq IS NULL AND\s""" + scope.condition();
    }

    private static String reviewedRules() {
        StringJoiner rows = new StringJoiner(", ");
        for (TransitionRule.Case c : TransitionRule.table()) {
            rows.add("('" + c.before() + "', '" + c.found() + "', " + c.onAnotherList() + ", " + c.everListed() + ", "
                    + transition(c.outcome()) + ", '" + c.outcome().after() + "')");
        }
        return rows.toString();
    }

    private static String notReviewedRules() {
        StringJoiner rows = new StringJoiner(", ");
        for (ListClass before : new ListClass[] {ListClass.POOR, ListClass.NEAR_POOR}) {
            for (boolean still : new boolean[] {false, true}) {
                TransitionRule.Outcome o = TransitionRule.notReviewed(before, still);
                rows.add("('" + before + "', " + still + ", " + transition(o) + ", '" + o.after() + "')");
            }
        }
        return rows.toString();
    }

    private static String transition(TransitionRule.Outcome o) {
        return o.transition() == null ? "NULL::text" : "'" + o.transition() + "'";
    }

    /** A bigint array literal for {@code :ids}. */
    static String ids(Iterable<Long> ids) {
        StringJoiner j = new StringJoiner(",", "{", "}");
        ids.forEach(id -> j.add(Long.toString(id)));
        return j.toString();
    }
}
