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
 * {@code :ids} (a bigint array literal) and {@code :scope}, the reader's jurisdiction on the commune's
 * path {@code cu.path} ({@link vn.giamngheo.shared.ScopedSql}).
 */
final class OutcomeSql {
    private static final String REVIEWED_RULES = reviewedRules();
    private static final String NOT_REVIEWED_RULES = notReviewedRules();

    private OutcomeSql() {}

    /** The outcome rows of the campaigns in {@code :ids} that the scope lets the user read. */
    static String outcomes() {
        return open() + "\nUNION ALL\n" + recognised();
    }

    /** Only the open (not recognised) campaigns: what recognition freezes. */
    static String open() {
        return reviewed("SELECT k.id AS campaign_id, k.unit_id, rh.household_id, rh.id AS row_id, rh.persons,"
                        + " rh.household_class FROM (" + openCampaigns() + ") k"
                        + " JOIN review_household rh ON rh.campaign_id = k.id")
                + """
                UNION ALL
                SELECT k.id, po.household_id, NULL, po.household_class, nullif(t.after, 'NONE'), t.transition, po.persons,
                       po.persons
                FROM (%1$s) k
                CROSS JOIN LATERAL review_current_lists(k.unit_id) po
                JOIN household_register h ON h.id = po.household_id
                JOIN admin_unit hu ON hu.id = h.unit_id
                JOIN (VALUES %2$s) AS t(before, still, transition, after)
                  ON t.before = po.household_class AND t.still = (NOT h.voided AND hu.path LIKE k.path || '%%')
                WHERE NOT EXISTS (SELECT 1 FROM review_household rh
                                  WHERE rh.campaign_id = k.id AND rh.household_id = po.household_id)
                """.formatted(openCampaigns(), NOT_REVIEWED_RULES);
    }

    /**
     * The outcome of households a campaign reviews, from a relation of them with columns {@code
     * campaign_id, unit_id (the commune), household_id,
     * row_id, persons, household_class}: their class on the commune's current lists ({@code
     * review_current_lists}: its own, or its predecessors' until it has its own), whether they are on
     * another commune's list in force or were ever on a list, and {@link TransitionRule} joined.
     */
    static String reviewed(String rows) {
        return reviewed(rows, "");
    }

    /**
     * As {@link #reviewed(String)}, with each household's class on the lists and its earlier lists
     * looked up once: the subquery is planned on its own ({@code OFFSET 0}) and only its rows are
     * then matched to the rules. Left to itself, the planner matched the relation to the rules first
     * (a hash join on the class found, twelve rules a class) and looked each household up once per
     * rule — for imports of many thousand households, where nothing outside filters the rows.
     */
    static String reviewedEachOnce(String rows) {
        return reviewed(rows, "OFFSET 0");
    }

    private static String reviewed(String rows, String fence) {
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
                                SELECT 1 FROM review_outcome o2
                                JOIN review_lists_in_force c2 ON c2.campaign_id = o2.campaign_id AND c2.until_year IS NULL
                                WHERE o2.household_id = x.household_id AND o2.household_class IS NOT NULL
                                  AND c2.unit_id <> x.unit_id)) AS another,
                           (po.household_class IS NULL AND EXISTS (
                                SELECT 1 FROM review_outcome o3
                                WHERE o3.household_id = x.household_id AND o3.household_class IS NOT NULL)) AS ever
                    FROM (%s) x
                    LEFT JOIN LATERAL (SELECT p.household_class, p.persons FROM review_current_lists(x.unit_id) p
                                       WHERE p.household_id = x.household_id LIMIT 1) po ON true
                    %s
                ) r
                JOIN (VALUES %s) AS t(before, found, another, ever, transition, after)
                  ON t.before = r.before AND t.found = r.found AND t.another = r.another AND t.ever = r.ever
                """.formatted(rows, fence, REVIEWED_RULES);
    }

    private static String recognised() {
        return "SELECT o.campaign_id, o.household_id, o.review_row_id, o.previous_class, o.household_class,"
                + " o.transition, o.persons, coalesce(o.previous_persons, o.persons) FROM review_outcome o JOIN review_campaign c ON c.id = o.campaign_id"
                + " JOIN admin_unit cu ON cu.id = c.unit_id WHERE o.campaign_id = ANY (CAST(:ids AS bigint[]))"
                + " AND c.recognition_seq IS NOT NULL AND cu.path LIKE ANY (:scope)";
    }

    /** The open campaigns asked for, with their commune and its path. */
    private static String openCampaigns() {
        return """
                SELECT c.id, c.unit_id, cu.path
                FROM review_campaign c JOIN admin_unit cu ON cu.id = c.unit_id
                WHERE c.id = ANY (CAST(:ids AS bigint[])) AND c.recognition_seq IS NULL AND cu.path LIKE ANY (:scope)
                """;
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
