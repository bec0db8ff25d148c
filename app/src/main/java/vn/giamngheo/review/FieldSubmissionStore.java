package vn.giamngheo.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The surveys sent from phones ({@code review_field_submission}): one row per id the phone gave
 * the survey, the database's unique constraint being what makes a resend land once.
 */
@Repository
class FieldSubmissionStore {
    private final JdbcClient jdbc;

    FieldSubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a new send as a CONFLICT until it is applied; empty when the id was sent before (a
     * concurrent send with the same id waits here for the first to commit).
     */
    Optional<Long> claim(
            UUID clientId,
            long campaignId,
            long rowId,
            String code,
            int baseVersion,
            String input,
            Instant savedOnPhone,
            Instant at,
            String by) {
        return jdbc.sql("""
                        INSERT INTO review_field_submission (client_id, campaign_id, review_row_id, household_code,
                               base_version, input, outcome, saved_on_phone_at, created_at, created_by, changed_at, changed_by)
                        VALUES (:client, :campaign, :row, :code, :base, CAST(:input AS jsonb), 'CONFLICT', :saved, :at, :by, :at, :by)
                        ON CONFLICT (client_id) DO NOTHING RETURNING id
                        """)
                .param("client", clientId)
                .param("campaign", campaignId)
                .param("row", rowId)
                .param("code", code)
                .param("base", baseVersion)
                .param("input", input)
                .param("saved", savedOnPhone == null ? null : Timestamp.from(savedOnPhone))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .optional();
    }

    void stored(long id, int version, String householdClass) {
        jdbc.sql("UPDATE review_field_submission SET outcome = 'STORED', stored_version = :v, household_class = :c"
                        + " WHERE id = :id")
                .param("id", id)
                .param("v", version)
                .param("c", householdClass)
                .update();
    }

    /** Closes an open conflict of the same user and campaign; false when there is none. */
    boolean close(UUID clientId, long campaignId, String outcome, Instant at, String by) {
        return jdbc.sql("UPDATE review_field_submission SET outcome = :o, changed_at = :at, changed_by = :by"
                                + " WHERE client_id = :client AND campaign_id = :campaign AND outcome = 'CONFLICT'")
                        .param("o", outcome)
                        .param("client", clientId)
                        .param("campaign", campaignId)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    Optional<FieldSubmission> find(UUID clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_field_submission WHERE client_id = :client")
                .param("client", clientId)
                .query(FieldSubmissionStore::map)
                .optional();
    }

    /** The conflicts still open in a campaign, oldest first (rows already read in reach by the caller). */
    List<FieldSubmission> openConflicts(long campaignId, List<Long> rowIds) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_field_submission WHERE campaign_id = :c"
                        + " AND outcome = 'CONFLICT' AND review_row_id = ANY (:rows) ORDER BY created_at, id")
                .param("c", campaignId)
                .param("rows", rowIds.toArray(Long[]::new))
                .query(FieldSubmissionStore::map)
                .list();
    }

    private static final String COLUMNS = "id, client_id, campaign_id, review_row_id, household_code, base_version,"
            + " input::text AS input, outcome, stored_version, household_class, saved_on_phone_at, created_at, created_by";

    private static FieldSubmission map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp saved = rs.getTimestamp("saved_on_phone_at");
        return new FieldSubmission(
                rs.getLong("id"),
                rs.getObject("client_id", UUID.class),
                rs.getLong("campaign_id"),
                rs.getLong("review_row_id"),
                rs.getString("household_code"),
                rs.getInt("base_version"),
                rs.getString("input"),
                rs.getString("outcome"),
                (Integer) rs.getObject("stored_version"),
                rs.getString("household_class"),
                saved == null ? null : saved.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
