package vn.giamngheo.planning;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/** Files of plans (the original document, evidence, submitted reports) as bytea with name, type, size and SHA-256. */
@Repository
class FileStore {
    static final String ATTACHMENT = "ATTACHMENT";
    static final String EVIDENCE = "EVIDENCE";
    static final String SUBMISSION = "SUBMISSION";
    private static final String COLUMNS =
            "id, plan_id, purpose, name, content_type, size, sha256, created_at, created_by";
    private final JdbcClient jdbc;

    FileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a file; {@code unitId} is the unit whose evidence or report it is (null for the plan's
     * own document), and only readers whose jurisdiction covers it may download it.
     */
    long insert(
            long planId,
            Long unitId,
            String purpose,
            String name,
            String contentType,
            byte[] bytes,
            Instant at,
            String by) {
        return jdbc.sql("""
                        INSERT INTO plan_file (plan_id, unit_id, purpose, name, content_type, size, sha256, content, created_at,
                               created_by)
                        VALUES (:plan, :unit, :purpose, :name, :type, :size, :sha, :content, :at, :by) RETURNING id
                        """)
                .param("plan", planId)
                .param("unit", unitId)
                .param("purpose", purpose)
                .param("name", name)
                .param("type", contentType)
                .param("size", (long) bytes.length)
                .param("sha", sha256(bytes))
                .param("content", bytes)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<StoredFile> ofPlan(long planId, String purpose) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM plan_file WHERE plan_id = :plan AND purpose = :purpose ORDER BY id")
                .param("plan", planId)
                .param("purpose", purpose)
                .query((rs, n) -> file(rs))
                .list();
    }

    Optional<StoredFile> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_file WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> file(rs))
                .optional();
    }

    /** The file if the reader may download it: the plan's own document, or evidence or a report of a unit in reach. */
    Optional<StoredFile> findReadable(long id, Jurisdiction reader) {
        return ScopedSql.of(
                        jdbc,
                        reader,
                        "SELECT " + COLUMNS.replaceAll("(\\w+)", "f.$1")
                                + " FROM plan_file f LEFT JOIN admin_unit u ON u.id = f.unit_id"
                                + " WHERE f.id = :id AND (f.unit_id IS NULL OR u.path LIKE ANY (:scope))")
                .param("id", id)
                .query((rs, n) -> file(rs))
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM plan_file WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    private static StoredFile file(ResultSet rs) throws SQLException {
        return new StoredFile(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant(),
                rs.getString(9));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
