package vn.giamngheo.standard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code poverty_standard} and its versions; definitions travel as {@link StandardJson}. */
@Repository
class StandardStore {
    private static final String VERSION_SELECT = "SELECT definition::text FROM poverty_standard_version ";
    private final JdbcClient jdbc;

    StandardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String id) {
        return jdbc.sql("SELECT count(*) FROM poverty_standard WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertStandard(PovertyStandard s, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO poverty_standard (id, kind, parent_id, province_unit_id, created_at, created_by, changed_at, changed_by)
                        VALUES (:id, :kind, :parentId, :provinceUnitId, :at, :by, :at, :by)
                        """)
                .param("id", s.id())
                .param("kind", s.kind().name())
                .param("parentId", s.parentId())
                .param("provinceUnitId", s.provinceUnitId())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    void insertVersion(PovertyStandard s, Instant at, String by) {
        boolean published = s.published();
        jdbc.sql("""
                        INSERT INTO poverty_standard_version (standard_id, version, status, definition, published_at, published_by,
                                                              created_at, created_by, changed_at, changed_by)
                        VALUES (:id, :version, :status, CAST(:definition AS jsonb), :publishedAt, :publishedBy, :at, :by, :at, :by)
                        """)
                .param("id", s.id())
                .param("version", s.version())
                .param("status", s.status().name())
                .param("definition", StandardJson.write(s))
                .param("publishedAt", published ? Timestamp.from(at) : null)
                .param("publishedBy", published ? by : null)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        touch(s.id(), at, by);
    }

    /** Replaces the definition of a draft; false when the version is not (or no longer) a draft. */
    boolean replaceDraft(PovertyStandard s, Instant at, String by) {
        int changed = jdbc.sql("""
                        UPDATE poverty_standard_version SET definition = CAST(:definition AS jsonb), changed_at = :at, changed_by = :by
                        WHERE standard_id = :id AND version = :version AND status = 'DRAFT'
                        """)
                .param("id", s.id())
                .param("version", s.version())
                .param("definition", StandardJson.write(s))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        touch(s.id(), at, by);
        return changed == 1;
    }

    boolean publish(String id, int version, Instant at, String by) {
        int changed = jdbc.sql("""
                        UPDATE poverty_standard_version
                        SET status = 'PUBLISHED', definition = jsonb_set(definition, '{status}', '"PUBLISHED"'),
                            published_at = :at, published_by = :by, changed_at = :at, changed_by = :by
                        WHERE standard_id = :id AND version = :version AND status = 'DRAFT'
                        """)
                .param("id", id)
                .param("version", version)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        touch(id, at, by);
        return changed == 1;
    }

    Optional<PovertyStandard> version(String id, int version) {
        return jdbc.sql(VERSION_SELECT + "WHERE standard_id = :id AND version = :version")
                .param("id", id)
                .param("version", version)
                .query(String.class)
                .optional()
                .map(StandardJson::readOne);
    }

    Optional<PovertyStandard> latestPublished(String id) {
        return jdbc.sql(VERSION_SELECT
                        + "WHERE standard_id = :id AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(StandardJson::readOne);
    }

    Optional<PovertyStandard> latest(String id) {
        return jdbc.sql(VERSION_SELECT + "WHERE standard_id = :id ORDER BY version DESC LIMIT 1")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(StandardJson::readOne);
    }

    /** The newest version of every standard, national ones first, then by id. */
    List<PovertyStandard> latestOfEach() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (v.standard_id) v.definition::text
                        FROM poverty_standard_version v JOIN poverty_standard s ON s.id = v.standard_id
                        ORDER BY v.standard_id, v.version DESC
                        """).query(String.class).list().stream()
                .map(StandardJson::readOne)
                .sorted(java.util.Comparator.comparing((PovertyStandard s) -> s.kind() != PovertyStandard.Kind.NATIONAL)
                        .thenComparing(s -> s.validity().firstListYear())
                        .thenComparing(PovertyStandard::id))
                .toList();
    }

    List<StandardVersion> versions(String id) {
        return jdbc.sql("""
                        SELECT standard_id, version, status, created_at, created_by, published_at, published_by
                        FROM poverty_standard_version WHERE standard_id = :id ORDER BY version
                        """)
                .param("id", id)
                .query((rs, n) -> new StandardVersion(
                        rs.getString("standard_id"),
                        rs.getInt("version"),
                        rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"),
                        rs.getTimestamp("published_at") == null
                                ? null
                                : rs.getTimestamp("published_at").toInstant(),
                        rs.getString("published_by")))
                .list();
    }

    private void touch(String id, Instant at, String by) {
        jdbc.sql("UPDATE poverty_standard SET changed_at = :at, changed_by = :by WHERE id = :id")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }
}
