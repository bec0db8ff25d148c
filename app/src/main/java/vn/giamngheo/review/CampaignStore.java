package vn.giamngheo.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/** SQL for campaigns and their step changes; reads carry the jurisdiction condition on the commune's path. */
@Repository
class CampaignStore {
    private static final String COLUMNS = """
            c.id, c.unit_id, coalesce(cu.kind || ' ', '') || cu.name AS commune_name, c.kind, c.year, c.month, c.list_year,
            c.standard_id, c.standard_version, c.standard_provisional, c.step, c.posting_start, c.posting_days,
            c.posting_days_confirmed, c.report_unit_id, c.report_unit_name, c.reported_on, c.decision_number,
            c.decision_date, c.decision_signer, c.recognition_seq, c.version, c.created_at, c.created_by
            """;
    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewCampaign(
            long unitId,
            CampaignKind kind,
            int year,
            Integer month,
            int listYear,
            String standardId,
            int standardVersion,
            boolean standardProvisional) {}

    long insert(NewCampaign c, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO review_campaign (unit_id, kind, year, month, list_year, standard_id, standard_version,
                               standard_provisional, step, created_at, created_by, changed_at, changed_by)
                        VALUES (:unit, :kind, :year, :month, :listYear, :standard, :version, :provisional, :step,
                                :at, :by, :at, :by) RETURNING id
                        """)
                .param("unit", c.unitId())
                .param("kind", c.kind().name())
                .param("year", c.year())
                .param("month", c.month())
                .param("listYear", c.listYear())
                .param("standard", c.standardId())
                .param("version", c.standardVersion())
                .param("provisional", c.standardProvisional())
                .param("step", c.kind().first().name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    boolean exists(long unitId, CampaignKind kind, int year, Integer month) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM review_campaign WHERE unit_id = :u AND kind = :k AND year = :y"
                        + " AND coalesce(month, 0) = :m)")
                .param("u", unitId)
                .param("k", kind.name())
                .param("y", year)
                .param("m", month == null ? 0 : month)
                .query(Boolean.class)
                .single();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM review_campaign WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    Optional<ReviewCampaign> find(long id, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT " + COLUMNS + " FROM review_campaign c JOIN admin_unit cu ON cu.id = c.unit_id"
                                + " WHERE c.id = :id AND cu.path LIKE ANY (:scope)")
                .param("id", id)
                .query(CampaignStore::map)
                .optional();
    }

    /**
     * Campaigns with households in reach: the actor's commune's, or those with a household in a
     * village of the actor's (a village reviewer reaches the campaign of their commune this way,
     * and only their village's rows in it). {@code id} null for all of them.
     */
    List<ReviewCampaign> withRowsInReach(Long id, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT " + COLUMNS + " FROM review_campaign c JOIN admin_unit cu ON cu.id = c.unit_id"
                                + " WHERE (CAST(:id AS bigint) IS NULL OR c.id = :id) AND (cu.path LIKE ANY (:scope)"
                                + " OR EXISTS (SELECT 1 FROM review_household rh JOIN admin_unit v ON v.id = rh.village_id"
                                + " WHERE rh.campaign_id = c.id AND v.path LIKE ANY (:scope)))"
                                + " ORDER BY c.year DESC, c.month DESC NULLS LAST, c.id DESC")
                .param("id", id)
                .query(CampaignStore::map)
                .list();
    }

    /** Campaigns of the communes in a subtree (or everywhere the scope allows), newest first. */
    List<ReviewCampaign> list(String unitPath, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT " + COLUMNS + " FROM review_campaign c JOIN admin_unit cu ON cu.id = c.unit_id"
                                + " WHERE cu.path LIKE :path AND cu.path LIKE ANY (:scope)"
                                + " ORDER BY c.year DESC, coalesce(c.month, 13) DESC, c.kind, cu.name, c.id DESC LIMIT 1000")
                .param("path", (unitPath == null ? "" : unitPath) + "%")
                .query(CampaignStore::map)
                .list();
    }

    /** Campaigns of a year in a subtree, for rolled-up flows. */
    List<Long> idsOf(String unitPath, int year, CampaignKind kind, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT c.id FROM review_campaign c JOIN admin_unit cu ON cu.id = c.unit_id"
                                + " WHERE cu.path LIKE :path AND c.year = :year AND c.kind = :kind AND cu.path LIKE ANY (:scope)"
                                + " ORDER BY c.id")
                .param("path", unitPath + "%")
                .param("year", year)
                .param("kind", kind.name())
                .query(Long.class)
                .list();
    }

    /** Moves the step, refused (false) when someone else moved it first. */
    boolean moveStep(Jurisdiction scope, long id, Step from, Step to, Instant at, String by) {
        return ScopedSql.of(
                                jdbc,
                                scope,
                                "UPDATE review_campaign SET step = :to, version = version + 1, changed_at = :at, changed_by = :by"
                                        + " WHERE id = :id AND step = :from AND "
                                        + "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = review_campaign.id AND cu.path LIKE ANY (:scope))")
                        .param("id", id)
                        .param("from", from.name())
                        .param("to", to.name())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    void recordChange(
            long id, Step from, Step to, String direction, String reason, String data, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO review_transition (campaign_id, from_step, to_step, direction, reason, data, at, by_user)
                        VALUES (:id, :from, :to, :dir, :reason, CAST(:data AS jsonb), :at, :by)
                        """)
                .param("id", id)
                .param("from", from.name())
                .param("to", to.name())
                .param("dir", direction)
                .param("reason", reason)
                .param("data", data)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    List<StepChange> history(long id) {
        return jdbc.sql("SELECT from_step, to_step, direction, reason, data::text, at, by_user FROM review_transition"
                        + " WHERE campaign_id = :id ORDER BY id")
                .param("id", id)
                .query((rs, n) -> new StepChange(
                        Step.valueOf(rs.getString(1)),
                        Step.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .list();
    }

    void setPosting(Jurisdiction scope, long id, LocalDate start, int days, boolean confirmed, Instant at, String by) {
        ScopedSql.of(
                        jdbc,
                        scope,
                        "UPDATE review_campaign SET posting_start = :start, posting_days = :days, posting_days_confirmed = :conf,"
                                + " version = version + 1, changed_at = :at, changed_by = :by WHERE id = :id AND "
                                + "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = review_campaign.id AND cu.path LIKE ANY (:scope))")
                .param("id", id)
                .param("start", start == null ? null : Date.valueOf(start))
                .param("days", days)
                .param("conf", confirmed)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    void setReport(Jurisdiction scope, long id, Long unitId, String unitName, LocalDate sentOn, Instant at, String by) {
        ScopedSql.of(
                        jdbc,
                        scope,
                        "UPDATE review_campaign SET report_unit_id = :unit, report_unit_name = :name, reported_on = :on,"
                                + " version = version + 1, changed_at = :at, changed_by = :by WHERE id = :id AND "
                                + "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = review_campaign.id AND cu.path LIKE ANY (:scope))")
                .param("id", id)
                .param("unit", unitId)
                .param("name", unitName)
                .param("on", sentOn == null ? null : Date.valueOf(sentOn))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** Records the chairman's decision and numbers the recognition in the order recognitions happen. */
    void setDecision(Jurisdiction scope, long id, StepFacts.Decision d, Instant at, String by) {
        ScopedSql.of(
                        jdbc,
                        scope,
                        "UPDATE review_campaign SET decision_number = :no, decision_date = :date, decision_signer = :signer,"
                                + " recognition_seq = nextval('review_recognition_seq'), version = version + 1,"
                                + " changed_at = :at, changed_by = :by WHERE id = :id AND "
                                + "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = review_campaign.id AND cu.path LIKE ANY (:scope))")
                .param("id", id)
                .param("no", blankToNull(d.number()))
                .param("date", d.date() == null ? null : Date.valueOf(d.date()))
                .param("signer", blankToNull(d.signer()))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static ReviewCampaign map(ResultSet rs, int n) throws SQLException {
        Date posting = rs.getDate("posting_start");
        Date reported = rs.getDate("reported_on");
        Date decided = rs.getDate("decision_date");
        return new ReviewCampaign(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("commune_name"),
                CampaignKind.valueOf(rs.getString("kind")),
                rs.getInt("year"),
                (Integer) rs.getObject("month"),
                rs.getInt("list_year"),
                rs.getString("standard_id"),
                rs.getInt("standard_version"),
                rs.getBoolean("standard_provisional"),
                Step.valueOf(rs.getString("step")),
                posting == null ? null : posting.toLocalDate(),
                rs.getInt("posting_days"),
                !rs.getBoolean("posting_days_confirmed"),
                (Long) rs.getObject("report_unit_id"),
                rs.getString("report_unit_name"),
                reported == null ? null : reported.toLocalDate(),
                rs.getString("decision_number"),
                decided == null ? null : decided.toLocalDate(),
                rs.getString("decision_signer"),
                rs.getObject("recognition_seq") != null,
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    /** The day of the campaign's latest village meeting that passed, if any. */
    java.util.Optional<java.time.LocalDate> lastPassedMeeting(long campaignId) {
        return jdbc
                .sql("SELECT max(held_on) FROM review_meeting WHERE campaign_id = :c AND passed")
                .param("c", campaignId)
                .query(java.time.LocalDate.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
