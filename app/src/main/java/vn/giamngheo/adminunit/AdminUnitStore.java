package vn.giamngheo.adminunit;

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
import vn.giamngheo.shared.TextFolding;

/** SQL for admin_unit and its history tables; maps rows to {@link AdminUnit}. */
@Repository
class AdminUnitStore {
    private static final String COLUMNS =
            "id, code, name, kind, level, parent_id, path, valid_from, valid_to, retired_reason, version";
    private final JdbcClient jdbc;

    AdminUnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AdminUnit> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE id = :id")
                .param("id", id)
                .query(AdminUnitStore::map)
                .optional();
    }

    /** The unit, only if it lies inside the jurisdiction: the condition is part of the query. */
    Optional<AdminUnit> findWithin(long id, Jurisdiction jurisdiction) {
        return ScopedSql.of(
                        jdbc,
                        jurisdiction,
                        "SELECT " + COLUMNS + " FROM admin_unit WHERE id = :id AND path LIKE ANY (:scope)")
                .param("id", id)
                .query(AdminUnitStore::map)
                .optional();
    }

    Optional<AdminUnit> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE code = :code"
                        + " ORDER BY valid_to IS NOT NULL, valid_to DESC LIMIT 1")
                .param("code", code)
                .query(AdminUnitStore::map)
                .optional();
    }

    List<AdminUnit> children(long parentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE parent_id = :id")
                .param("id", parentId)
                .query(AdminUnitStore::map)
                .list();
    }

    List<AdminUnit> roots() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE parent_id IS NULL")
                .query(AdminUnitStore::map)
                .list();
    }

    List<AdminUnit> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE id IN (:ids)")
                .param("ids", ids)
                .query(AdminUnitStore::map)
                .list();
    }

    List<AdminUnit> search(String query, String level, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE search_name LIKE :q ESCAPE '\\'"
                        + " AND (CAST(:level AS text) IS NULL OR level = :level)"
                        + " ORDER BY (valid_to IS NOT NULL), length(path), search_name LIMIT :limit")
                .param("q", TextFolding.likeContains(query))
                .param("level", level)
                .param("limit", limit)
                .query(AdminUnitStore::map)
                .list();
    }

    List<AdminUnit> subtree(String path) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE path LIKE :p ORDER BY length(path)")
                .param("p", path + "%")
                .query(AdminUnitStore::map)
                .list();
    }

    List<AdminLevel> levels() {
        return jdbc.sql("SELECT code, rank, name_vi, name_en FROM admin_level ORDER BY rank")
                .query((rs, n) -> new AdminLevel(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    long insert(NewAdminUnit unit, String parentPath, Instant at, String by) {
        long id = jdbc.sql("SELECT nextval('admin_unit_id_seq')")
                .query(Long.class)
                .single();
        String path = (parentPath == null ? "/" : parentPath) + id + "/";
        jdbc.sql("""
                INSERT INTO admin_unit (id, code, name, kind, level, parent_id, path, search_name, valid_from,
                                        created_at, created_by, changed_at, changed_by)
                VALUES (:id, :code, :name, :kind, :level, :parentId, :path, :search, :validFrom, :at, :by, :at, :by)
                """)
                .param("id", id)
                .param("code", blankToNull(unit.code()))
                .param("name", unit.name().trim())
                .param("kind", blankToNull(unit.kind()))
                .param("level", unit.level())
                .param("parentId", unit.parentId())
                .param("path", path)
                .param("search", TextFolding.fold(unit.name()))
                .param("validFrom", unit.validFrom() == null ? null : Date.valueOf(unit.validFrom()))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        insertName(id, unit.name().trim(), blankToNull(unit.kind()), unit.validFrom(), at, by);
        return id;
    }

    void insertName(long unitId, String name, String kind, LocalDate from, Instant at, String by) {
        jdbc.sql("INSERT INTO admin_unit_name (unit_id, name, kind, valid_from, created_at, created_by)"
                        + " VALUES (:id, :name, :kind, :from, :at, :by)")
                .param("id", unitId)
                .param("name", name)
                .param("kind", kind)
                .param("from", from == null ? null : Date.valueOf(from))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** Closes the current name at {@code lastDay}; the new one starts the day after. */
    void closeCurrentName(long unitId, LocalDate lastDay) {
        jdbc.sql("UPDATE admin_unit_name SET valid_to = :to WHERE unit_id = :id AND valid_to IS NULL")
                .param("id", unitId)
                .param("to", Date.valueOf(lastDay))
                .update();
    }

    /** Returns false when the row's version is no longer {@code expectedVersion}. */
    boolean rename(long id, String name, String kind, int expectedVersion, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE admin_unit SET name = :name, kind = :kind, search_name = :search, version = version + 1,
                               changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :version
                        """)
                        .param("id", id)
                        .param("name", name.trim())
                        .param("kind", blankToNull(kind))
                        .param("search", TextFolding.fold(name))
                        .param("version", expectedVersion)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    boolean retire(long id, LocalDate lastDay, String reason, int expectedVersion, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE admin_unit SET valid_to = :to, retired_reason = :reason, version = version + 1,
                               changed_at = :at, changed_by = :by
                        WHERE id = :id AND version = :version AND valid_to IS NULL
                        """)
                        .param("id", id)
                        .param("to", Date.valueOf(lastDay))
                        .param("reason", reason)
                        .param("version", expectedVersion)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    /** Moves a unit and its whole subtree under a new parent: every path below is rewritten. */
    void reparent(AdminUnit unit, AdminUnit newParent, Instant at, String by) {
        String newPath = newParent.path() + unit.id() + "/";
        jdbc.sql("""
                UPDATE admin_unit SET path = :newPath || substring(path FROM :cut),
                       parent_id = CASE WHEN id = :id THEN :parentId ELSE parent_id END,
                       version = version + 1, changed_at = :at, changed_by = :by
                WHERE path LIKE :old
                """)
                .param("newPath", newPath)
                .param("cut", unit.path().length() + 1)
                .param("id", unit.id())
                .param("parentId", newParent.id())
                .param("old", unit.path() + "%")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /**
     * Households of units moved under another province in this transaction are re-filed
     * set-based after the move ({@link HouseholdsFollowUnits}), not one by one by the trigger.
     */
    void deferHouseholdRefiling() {
        jdbc.sql("SELECT set_config('giamngheo.bulk_refile', 'on', true)")
                .query(String.class)
                .single();
    }

    void insertSuccession(Succession s, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO admin_unit_succession (predecessor_id, successor_id, kind, effective_date, legal_basis,
                                                   created_at, created_by)
                VALUES (:p, :s, :kind, :date, :basis, :at, :by)
                ON CONFLICT (predecessor_id, successor_id, effective_date) DO NOTHING
                """)
                .param("p", s.predecessorId())
                .param("s", s.successorId())
                .param("kind", s.kind())
                .param("date", Date.valueOf(s.effectiveDate()))
                .param("basis", s.legalBasis())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    List<Succession> successions(long unitId) {
        return jdbc.sql(
                        "SELECT predecessor_id, successor_id, kind, effective_date, legal_basis FROM admin_unit_succession"
                                + " WHERE predecessor_id = :id OR successor_id = :id ORDER BY effective_date, id")
                .param("id", unitId)
                .query((rs, n) -> new Succession(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getString(5)))
                .list();
    }

    List<NameOnDate> names(long unitId) {
        return jdbc.sql("SELECT name, kind, valid_from, valid_to FROM admin_unit_name WHERE unit_id = :id ORDER BY id")
                .param("id", unitId)
                .query((rs, n) -> new NameOnDate(
                        rs.getString(1), rs.getString(2), localDate(rs.getDate(3)), localDate(rs.getDate(4))))
                .list();
    }

    /** A name a unit had over a period (null ends are open). */
    record NameOnDate(String name, String kind, LocalDate from, LocalDate to) {}

    static AdminUnit map(ResultSet rs, int row) throws SQLException {
        return new AdminUnit(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getString("level"),
                (Long) rs.getObject("parent_id"),
                rs.getString("path"),
                localDate(rs.getDate("valid_from")),
                localDate(rs.getDate("valid_to")),
                rs.getString("retired_reason"),
                rs.getInt("version"));
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
