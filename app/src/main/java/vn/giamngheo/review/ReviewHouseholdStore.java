package vn.giamngheo.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.Explanation;

/** SQL for the households of campaigns; every query joins the campaign's commune and carries the scope. */
@Repository
class ReviewHouseholdStore {
    static final String FROM = """
             FROM review_household rh
             JOIN review_campaign c ON c.id = rh.campaign_id
             JOIN admin_unit cu ON cu.id = c.unit_id
             JOIN household_register h ON h.id = rh.household_id
             LEFT JOIN admin_unit v ON v.id = rh.village_id
            """;
    private static final String COLUMNS = """
            rh.id, rh.campaign_id, rh.household_id, rh.household_code, h.head_name, rh.village_id,
            coalesce(v.kind || ' ', '') || v.name AS village_name, rh.source, rh.input::text AS input, rh.household_class,
            rh.deprivations, rh.reasons::text AS reasons, rh.warnings::text AS warnings, rh.explanation::text AS explanation,
            rh.standard_id, rh.standard_version,
            rh.persons, rh.previous_class, rh.transition, rh.certificate_no, rh.version, rh.changed_at, rh.changed_by
            """;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReviewHouseholdStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A page of a campaign's households, by village then head's name; {@code klass} and {@code q} may be null. */
    List<ReviewHousehold> page(long campaignId, Jurisdiction scope, String klass, String q, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE rh.campaign_id = :id AND cu.path LIKE ANY (:scope)");
        Map<String, Object> params =
                new java.util.HashMap<>(Map.of("id", campaignId, "limit", size, "offset", (long) page * size));
        if (klass != null && !klass.isBlank()) {
            where.append(" AND coalesce(rh.household_class, 'UNCLASSIFIED') = :klass");
            params.put("klass", klass);
        }
        if (q != null && !q.isBlank()) {
            where.append(" AND (h.search_name LIKE :q ESCAPE '\\' OR rh.household_code = :code)");
            params.put("q", vn.giamngheo.shared.TextFolding.likeContains(q));
            params.put("code", q.trim());
        }
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT " + COLUMNS + FROM + where
                                + " ORDER BY v.name NULLS FIRST, h.search_name, rh.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(this::map)
                .list();
    }

    long count(long campaignId, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT count(*)" + FROM + " WHERE rh.campaign_id = :id AND cu.path LIKE ANY (:scope)")
                .param("id", campaignId)
                .query(Long.class)
                .single();
    }

    Optional<ReviewHousehold> find(long campaignId, long rowId, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT " + COLUMNS + FROM + " WHERE rh.id = :row AND rh.campaign_id = :id AND "
                                + "cu.path LIKE ANY (:scope)")
                .param("id", campaignId)
                .param("row", rowId)
                .query(this::map)
                .optional();
    }

    /**
     * A row of the campaign whose village is in reach, or all of whose commune is: a village
     * reviewer reaches the rows of their own village only (the offline survey).
     */
    Optional<ReviewHousehold> findInReach(long campaignId, long rowId, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT " + COLUMNS + FROM + " WHERE rh.id = :row AND rh.campaign_id = :id AND " + IN_REACH)
                .param("id", campaignId)
                .param("row", rowId)
                .query(this::map)
                .optional();
    }

    /** Every row of the campaign in reach, by village then head's name (a village's offline download). */
    List<ReviewHousehold> allInReach(long campaignId, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT " + COLUMNS + FROM + " WHERE rh.campaign_id = :id AND " + IN_REACH
                                + " ORDER BY v.name NULLS FIRST, h.search_name, rh.id")
                .param("id", campaignId)
                .query(this::map)
                .list();
    }

    /** Each household's answers in its latest other survey, for many households at once. */
    Map<Long, String> lastAnswers(List<Long> householdIds, long campaignId, Jurisdiction scope) {
        Map<Long, String> found = new java.util.HashMap<>();
        ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT DISTINCT ON (rh.household_id) rh.household_id, rh.input::text AS input"
                                + " FROM review_household rh JOIN household_register h ON h.id = rh.household_id"
                                + " JOIN admin_unit hu ON hu.id = h.unit_id WHERE rh.household_id = ANY (:h)"
                                + " AND rh.campaign_id <> :c AND rh.input IS NOT NULL AND hu.path LIKE ANY (:scope)"
                                + " ORDER BY rh.household_id, rh.changed_at DESC")
                .param("h", householdIds.toArray(Long[]::new))
                .param("c", campaignId)
                .query((rs, n) -> found.put(rs.getLong(1), rs.getString(2)))
                .list();
        return found;
    }

    /** A row is in reach when its campaign's commune is, or its village is. */
    static final String IN_REACH = "(cu.path LIKE ANY (:scope) OR v.path LIKE ANY (:scope))";

    /** The household's answers in its latest other campaign that surveyed it (the last survey), if any. */
    Optional<String> lastAnswers(long householdId, long campaignId, Jurisdiction scope) {
        // the household as it is registered now must lie in the reader's reach
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT rh.input::text FROM review_household rh JOIN household_register h ON h.id = rh.household_id"
                                + " JOIN admin_unit hu ON hu.id = h.unit_id WHERE rh.household_id = :h"
                                + " AND rh.campaign_id <> :c AND rh.input IS NOT NULL AND hu.path LIKE ANY (:scope)"
                                + " ORDER BY rh.changed_at DESC LIMIT 1")
                .param("h", householdId)
                .param("c", campaignId)
                .query(String.class)
                .optional();
    }

    /** The next household of the campaign still to survey after {@code rowId}, in the list's order. */
    Optional<Long> nextToSurvey(long campaignId, long rowId, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT rh.id" + FROM
                                + " WHERE rh.campaign_id = :id AND rh.input IS NULL AND rh.id <> :row"
                                + " AND cu.path LIKE ANY (:scope) ORDER BY v.name NULLS FIRST, h.search_name, rh.id LIMIT 1")
                .param("id", campaignId)
                .param("row", rowId)
                .query(Long.class)
                .optional();
    }

    /** Saves a survey: refused (false) when the row changed since {@code expectedVersion}. */
    boolean saveSurvey(
            Jurisdiction scope,
            long rowId,
            String input,
            Classification c,
            int persons,
            int expectedVersion,
            Instant at,
            String by) {
        return ScopedSql.of(jdbc, scope, """
                                UPDATE review_household SET input = CAST(:input AS jsonb), household_class = :class,
                                       deprivations = CAST(:deprivations AS text[]), reasons = CAST(:reasons AS jsonb),
                                       warnings = CAST(:warnings AS jsonb), explanation = CAST(:explanation AS jsonb),
                                       standard_id = :standard, standard_version = :sv,
                                       persons = :persons, version = version + 1, changed_at = :at, changed_by = :by
                                WHERE id = :row AND version = :version AND EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id LEFT JOIN admin_unit v ON v.id = review_household.village_id WHERE sc.id = review_household.campaign_id AND (cu.path LIKE ANY (:scope) OR v.path LIKE ANY (:scope)))
                                """)
                        .param("row", rowId)
                        .param("input", input)
                        .param("class", c.householdClass().name())
                        .param("deprivations", textArray(c.deprivations().codes()))
                        .param("reasons", json.writeValueAsString(c.reasonTexts()))
                        .param("warnings", json.writeValueAsString(c.warningTexts()))
                        .param("explanation", Explanation.of(c).toJson())
                        .param("standard", c.standardId())
                        .param("sv", c.standardVersion())
                        .param("persons", persons)
                        .param("version", expectedVersion)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    /**
     * Lists the households of the commune's current lists (its latest recognised campaign, or its
     * predecessors' until it has one: {@code review_current_lists}) that are still registered in the commune: periodic step 1. Returns how many were added.
     */
    int addListed(long campaignId, long communeId, String communePath, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO review_household (province_id, campaign_id, household_id, household_code, village_id,
                               source, persons, previous_class, transition, created_at, created_by, changed_at, changed_by)
                        SELECT h.province_id, :id, h.id, h.code, CASE WHEN hu.level = 'VILLAGE' THEN hu.id END, 'LIST', po.persons,
                               po.household_class, 'STAYED', :at, :by, :at, :by
                        FROM review_current_lists(:commune) po
                        JOIN household_register h ON h.id = po.household_id AND NOT h.voided
                        JOIN admin_unit hu ON hu.id = h.unit_id AND hu.path LIKE :path
                        ON CONFLICT (province_id, campaign_id, household_id) DO NOTHING
                        """)
                .param("id", campaignId)
                .param("commune", communeId)
                .param("path", communePath + "%")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** Adds one registered household (a request that passed screening); nothing if it is already in. */
    void addHousehold(long campaignId, long householdId, String source, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO review_household (province_id, campaign_id, household_id, household_code, village_id,
                               source, persons, created_at, created_by, changed_at, changed_by)
                        SELECT h.province_id, :id, h.id, h.code, CASE WHEN hu.level = 'VILLAGE' THEN hu.id END, :source,
                               h.persons, :at, :by, :at, :by
                        FROM household_register h JOIN admin_unit hu ON hu.id = h.unit_id WHERE h.id = :household
                        ON CONFLICT (province_id, campaign_id, household_id) DO NOTHING
                        """)
                .param("id", campaignId)
                .param("household", householdId)
                .param("source", source)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** Households not classified (no survey yet) and UNDETERMINED ones: counts and a few codes each. */
    record Unfinished(
            int unclassified, List<String> unclassifiedCodes, int undetermined, List<String> undeterminedCodes) {}

    Unfinished unfinished(Jurisdiction scope, long campaignId) {
        int[] counts = new int[2];
        ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT count(*) FILTER (WHERE household_class IS NULL), count(*) FILTER (WHERE household_class ="
                                + " 'UNDETERMINED') FROM review_household WHERE campaign_id = :id AND "
                                + "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = review_household.campaign_id AND cu.path LIKE ANY (:scope))")
                .param("id", campaignId)
                .query(rs -> {
                    counts[0] = rs.getInt(1);
                    counts[1] = rs.getInt(2);
                });
        return new Unfinished(
                counts[0],
                sample(scope, campaignId, "household_class IS NULL"),
                counts[1],
                sample(scope, campaignId, "household_class = 'UNDETERMINED'"));
    }

    private List<String> sample(Jurisdiction scope, long campaignId, String condition) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT household_code FROM review_household WHERE campaign_id = :id AND " + condition + " AND "
                                + "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = review_household.campaign_id AND cu.path LIKE ANY (:scope)) ORDER BY household_code LIMIT 10")
                .param("id", campaignId)
                .query(String.class)
                .list();
    }

    /**
     * The villages (or the commune, for households without a village) whose latest meeting did not
     * pass, or that have no meeting after the last survey change of one of their households.
     */
    List<String> villagesWithoutPassedMeeting(Jurisdiction scope, long campaignId, long communeId) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        """
                        SELECT coalesce(u.kind || ' ', '') || u.name FROM (
                            SELECT coalesce(rh.village_id, :commune) AS unit_id, max(rh.changed_at) AS last_change
                            FROM review_household rh WHERE rh.campaign_id = :id AND %s GROUP BY 1) g
                        JOIN admin_unit u ON u.id = g.unit_id
                        LEFT JOIN LATERAL (SELECT m.passed, m.created_at FROM review_meeting m
                                           WHERE m.campaign_id = :id AND m.village_id = g.unit_id
                                           ORDER BY m.id DESC LIMIT 1) last ON true
                        WHERE last.passed IS NOT TRUE OR last.created_at < g.last_change
                        ORDER BY u.name
                        """.formatted(
                                        "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = rh.campaign_id AND cu.path LIKE ANY (:scope))"))
                .param("id", campaignId)
                .param("commune", communeId)
                .query(String.class)
                .list();
    }

    /** Units that have households in the campaign (villages, or the commune itself). */
    List<Long> meetingUnits(Jurisdiction scope, long campaignId, long communeId) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT DISTINCT coalesce(village_id, :commune) FROM review_household WHERE campaign_id = :id AND "
                                + "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = review_household.campaign_id AND cu.path LIKE ANY (:scope))")
                .param("id", campaignId)
                .param("commune", communeId)
                .query(Long.class)
                .list();
    }

    static String textArray(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    private ReviewHousehold map(ResultSet rs, int n) throws SQLException {
        Array deprivations = rs.getArray("deprivations");
        return new ReviewHousehold(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getLong("household_id"),
                rs.getString("household_code"),
                rs.getString("head_name"),
                (Long) rs.getObject("village_id"),
                rs.getString("village_name"),
                rs.getString("source"),
                rs.getString("input"),
                rs.getString("household_class"),
                deprivations == null ? List.of() : Arrays.asList((String[]) deprivations.getArray()),
                strings(rs.getString("reasons")),
                strings(rs.getString("warnings")),
                explanation(rs.getString("explanation")),
                rs.getString("standard_id"),
                (Integer) rs.getObject("standard_version"),
                rs.getInt("persons"),
                rs.getString("previous_class"),
                rs.getString("transition"),
                (Integer) rs.getObject("certificate_no"),
                rs.getInt("version"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getString("changed_by"));
    }

    /**
     * The stored values, or null: for a row classified before they were stored, and for values
     * this version cannot read (written by a newer one) — the row's English texts stand in.
     */
    private static Explanation explanation(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Explanation.fromJson(json);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<String> strings(String jsonArray) {
        return jsonArray == null ? List.of() : List.of(json.readValue(jsonArray, String[].class));
    }
}
