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

/** SQL for requests, village meetings and complaints; reads carry the scope on the campaign's commune. */
@Repository
class ProcedureStore {
    private static final String CAMPAIGN_JOIN =
            " JOIN review_campaign c ON c.id = x.campaign_id JOIN admin_unit cu ON cu.id = c.unit_id";
    private final JdbcClient jdbc;

    ProcedureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- requests (Mẫu 01, Mẫu 04)

    long insertRequest(
            long campaignId,
            String form,
            LocalDate receivedOn,
            String channel,
            Long householdId,
            String code,
            String applicant,
            LocalDate due,
            Instant at,
            String by) {
        return jdbc.sql("""
                        INSERT INTO review_request (campaign_id, form, received_on, channel, household_id, household_code,
                               applicant, status, decision_due, created_at, created_by, changed_at, changed_by)
                        VALUES (:c, :form, :received, :channel, :household, :code, :applicant, 'RECEIVED', :due,
                                :at, :by, :at, :by) RETURNING id
                        """)
                .param("c", campaignId)
                .param("form", form)
                .param("received", Date.valueOf(receivedOn))
                .param("channel", channel)
                .param("household", householdId)
                .param("code", code)
                .param("applicant", applicant)
                .param("due", Date.valueOf(due))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<ReviewRequest> requests(long campaignId, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT x.*, h.head_name FROM review_request x" + CAMPAIGN_JOIN
                                + " LEFT JOIN household_register h ON h.id = x.household_id WHERE x.campaign_id = :id AND "
                                + "cu.path LIKE ANY (:scope) ORDER BY x.received_on, x.id")
                .param("id", campaignId)
                .query(ProcedureStore::request)
                .list();
    }

    Optional<ReviewRequest> request(long campaignId, long requestId, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT x.*, h.head_name FROM review_request x" + CAMPAIGN_JOIN
                                + " LEFT JOIN household_register h ON h.id = x.household_id WHERE x.id = :rid AND x.campaign_id = :id"
                                + " AND cu.path LIKE ANY (:scope)")
                .param("id", campaignId)
                .param("rid", requestId)
                .query(ProcedureStore::request)
                .optional();
    }

    boolean answerRequest(
            Jurisdiction scope,
            long requestId,
            String status,
            String refusal,
            LocalDate answeredOn,
            int version,
            Instant at,
            String by) {
        return ScopedSql.of(
                                jdbc,
                                scope,
                                "UPDATE review_request SET status = :status, refusal_reason = :refusal, answered_on = :on,"
                                        + " version = version + 1, changed_at = :at, changed_by = :by"
                                        + " WHERE id = :id AND version = :version AND status = 'RECEIVED' AND "
                                        + "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = review_request.campaign_id AND cu.path LIKE ANY (:scope))")
                        .param("id", requestId)
                        .param("status", status)
                        .param("refusal", refusal)
                        .param("on", answeredOn == null ? null : Date.valueOf(answeredOn))
                        .param("version", version)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    /** At recognition: every passed request is decided with its household's recognised class. */
    void decideRequests(long campaignId, LocalDate decidedOn, Instant at, String by) {
        jdbc.sql("""
                        UPDATE review_request r SET status = 'DECIDED', answered_on = :on, result_class = rh.household_class,
                               version = r.version + 1, changed_at = :at, changed_by = :by
                        FROM review_household rh
                        WHERE r.campaign_id = :id AND r.status = 'PASSED' AND rh.campaign_id = r.campaign_id
                          AND rh.household_id = r.household_id
                        """)
                .param("id", campaignId)
                .param("on", decidedOn == null ? null : Date.valueOf(decidedOn))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    int[] requestCounts(long campaignId) {
        int[] counts = new int[2];
        jdbc.sql(
                        "SELECT count(*), count(*) FILTER (WHERE status = 'RECEIVED') FROM review_request WHERE campaign_id = :id")
                .param("id", campaignId)
                .query(rs -> {
                    counts[0] = rs.getInt(1);
                    counts[1] = rs.getInt(2);
                });
        return counts;
    }

    private static ReviewRequest request(ResultSet rs, int n) throws SQLException {
        return new ReviewRequest(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getString("form"),
                rs.getDate("received_on").toLocalDate(),
                rs.getString("channel"),
                (Long) rs.getObject("household_id"),
                rs.getString("household_code"),
                rs.getString("head_name"),
                rs.getString("applicant"),
                rs.getString("status"),
                rs.getDate("decision_due").toLocalDate(),
                rs.getString("refusal_reason"),
                date(rs, "answered_on"),
                rs.getString("result_class"),
                rs.getInt("version"));
    }

    // ---- village meetings

    long insertMeeting(
            long campaignId,
            long villageId,
            LocalDate heldOn,
            int attendees,
            int agreeing,
            boolean passed,
            String note,
            Instant at,
            String by) {
        return jdbc.sql("""
                        INSERT INTO review_meeting (campaign_id, village_id, held_on, attendees, agreeing, passed, note,
                               created_at, created_by)
                        VALUES (:c, :v, :held, :att, :agr, :passed, :note, :at, :by) RETURNING id
                        """)
                .param("c", campaignId)
                .param("v", villageId)
                .param("held", Date.valueOf(heldOn))
                .param("att", attendees)
                .param("agr", agreeing)
                .param("passed", passed)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<VillageMeeting> meetings(long campaignId, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT x.*, coalesce(v.kind || ' ', '') || v.name AS village_name FROM review_meeting x"
                                + CAMPAIGN_JOIN
                                + " JOIN admin_unit v ON v.id = x.village_id WHERE x.campaign_id = :id AND "
                                + "cu.path LIKE ANY (:scope) ORDER BY x.id")
                .param("id", campaignId)
                .query((rs, n) -> new VillageMeeting(
                        rs.getLong("id"),
                        rs.getLong("campaign_id"),
                        rs.getLong("village_id"),
                        rs.getString("village_name"),
                        rs.getDate("held_on").toLocalDate(),
                        rs.getInt("attendees"),
                        rs.getInt("agreeing"),
                        rs.getBoolean("passed"),
                        rs.getString("note"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .list();
    }

    // ---- complaints during posting

    long insertComplaint(long campaignId, Long householdId, LocalDate receivedOn, String text, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO review_complaint (campaign_id, household_id, received_on, text, created_at, created_by,
                               changed_at, changed_by)
                        VALUES (:c, :h, :received, :text, :at, :by, :at, :by) RETURNING id
                        """)
                .param("c", campaignId)
                .param("h", householdId)
                .param("received", Date.valueOf(receivedOn))
                .param("text", text)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<Complaint> complaints(long campaignId, Jurisdiction scope) {
        return ScopedSql.of(
                        jdbc,
                        scope,
                        "SELECT x.*, h.code FROM review_complaint x" + CAMPAIGN_JOIN
                                + " LEFT JOIN household_register h ON h.id = x.household_id WHERE x.campaign_id = :id AND "
                                + "cu.path LIKE ANY (:scope) ORDER BY x.id")
                .param("id", campaignId)
                .query((rs, n) -> new Complaint(
                        rs.getLong("id"),
                        rs.getLong("campaign_id"),
                        (Long) rs.getObject("household_id"),
                        rs.getString("code"),
                        rs.getDate("received_on").toLocalDate(),
                        rs.getString("text"),
                        rs.getString("result"),
                        date(rs, "resolved_on"),
                        rs.getString("resolved_by"),
                        rs.getInt("version")))
                .list();
    }

    boolean resolveComplaint(
            Jurisdiction scope,
            long campaignId,
            long complaintId,
            String result,
            LocalDate on,
            int version,
            Instant at,
            String by) {
        return ScopedSql.of(
                                jdbc,
                                scope,
                                "UPDATE review_complaint SET result = :result, resolved_on = :on, resolved_by = :by,"
                                        + " version = version + 1, changed_at = :at, changed_by = :by"
                                        + " WHERE id = :id AND campaign_id = :c AND version = :version AND "
                                        + "EXISTS (SELECT 1 FROM review_campaign sc JOIN admin_unit cu ON cu.id = sc.unit_id WHERE sc.id = review_complaint.campaign_id AND cu.path LIKE ANY (:scope))")
                        .param("id", complaintId)
                        .param("c", campaignId)
                        .param("result", result)
                        .param("on", Date.valueOf(on))
                        .param("version", version)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    int unresolvedComplaints(long campaignId) {
        return jdbc.sql("SELECT count(*) FROM review_complaint WHERE campaign_id = :id AND resolved_on IS NULL")
                .param("id", campaignId)
                .query(Integer.class)
                .single();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
