package vn.giamngheo.agency;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.TextFolding;

/** SQL for agencies and their aliases. */
@Repository
class AgencyStore {
    private static final String SELECT = """
            SELECT a.id, a.unit_id, a.kind, a.name, a.short_name, a.retired_at, a.version,
                   ARRAY(SELECT alias FROM agency_alias x WHERE x.agency_id = a.id ORDER BY x.id) AS aliases
            FROM agency a JOIN admin_unit u ON u.id = a.unit_id
            """;
    private final JdbcClient jdbc;

    AgencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Agency> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** Agencies of the units in a subtree (given by its path), optionally filtered by folded name. */
    List<Agency> inSubtree(String path, String query, int limit) {
        return jdbc.sql(SELECT
                        + " WHERE u.path LIKE :p AND (CAST(:q AS text) IS NULL OR a.search_name LIKE :q ESCAPE '\\'"
                        + " OR EXISTS (SELECT 1 FROM agency_alias x WHERE x.agency_id = a.id AND x.alias_key LIKE :q ESCAPE '\\'))"
                        + " ORDER BY length(u.path), a.unit_id, a.kind, a.name LIMIT :limit")
                .param("p", path + "%")
                .param("q", query == null || query.isBlank() ? null : TextFolding.likeContains(query))
                .param("limit", limit)
                .query((rs, n) -> map(rs))
                .list();
    }

    List<Agency> ofUnit(long unitId) {
        return jdbc.sql(SELECT + " WHERE a.unit_id = :u ORDER BY a.kind, a.name")
                .param("u", unitId)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Current agencies of the given units whose name, short name or an alias has exactly this key. */
    List<Agency> byKey(List<Long> unitIds, String key) {
        return jdbc.sql(SELECT + " WHERE a.retired_at IS NULL AND a.unit_id IN (:units) AND (a.search_name = :k"
                        + " OR EXISTS (SELECT 1 FROM agency_alias x WHERE x.agency_id = a.id AND x.alias_key = :k))")
                .param("units", unitIds)
                .param("k", key)
                .query((rs, n) -> map(rs))
                .list();
    }

    long insert(long unitId, String kind, String name, String shortName, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO agency (unit_id, kind, name, short_name, search_name, created_at, created_by, changed_at, changed_by)
                        VALUES (:u, :k, :n, :s, :key, :at, :by, :at, :by) RETURNING id
                        """)
                .param("u", unitId)
                .param("k", kind)
                .param("n", name.trim())
                .param("s", shortName == null || shortName.isBlank() ? null : shortName.trim())
                .param("key", AgencyNames.key(name))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void addAlias(long agencyId, String alias) {
        jdbc.sql(
                        "INSERT INTO agency_alias (agency_id, alias, alias_key) VALUES (:a, :alias, :key) ON CONFLICT DO NOTHING")
                .param("a", agencyId)
                .param("alias", alias.trim())
                .param("key", AgencyNames.key(alias))
                .update();
    }

    boolean update(long id, String kind, String name, String shortName, int expectedVersion, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE agency SET kind = :k, name = :n, short_name = :s, search_name = :key, version = version + 1,
                               changed_at = :at, changed_by = :by WHERE id = :id AND version = :v
                        """)
                        .param("id", id)
                        .param("k", kind)
                        .param("n", name.trim())
                        .param("s", shortName == null || shortName.isBlank() ? null : shortName.trim())
                        .param("key", AgencyNames.key(name))
                        .param("v", expectedVersion)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    boolean retire(long id, java.time.LocalDate day, int expectedVersion, Instant at, String by) {
        return jdbc.sql("UPDATE agency SET retired_at = :d, version = version + 1, changed_at = :at, changed_by = :by"
                                + " WHERE id = :id AND version = :v AND retired_at IS NULL")
                        .param("id", id)
                        .param("d", Date.valueOf(day))
                        .param("v", expectedVersion)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    private static Agency map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date retired = rs.getDate("retired_at");
        return new Agency(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("kind"),
                rs.getString("name"),
                rs.getString("short_name"),
                Arrays.asList((String[]) rs.getArray("aliases").getArray()),
                retired == null ? null : retired.toLocalDate(),
                rs.getInt("version"));
    }
}
