package vn.giamngheo.identity;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for users, roles, jurisdictions and failed-login counters. */
@Repository
class UserStore {
    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Credentials(
            long id, String username, String passwordHash, boolean enabled, int failedLogins, Instant lastFailedAt) {}

    private static final String ACCOUNT_SELECT = """
            SELECT u.id, u.username, u.full_name, u.enabled, u.version,
                   ARRAY(SELECT role FROM user_role r WHERE r.user_id = u.id ORDER BY role) AS roles,
                   ARRAY(SELECT unit_id FROM user_jurisdiction j WHERE j.user_id = u.id ORDER BY unit_id) AS units
            FROM app_user u
            """;

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT id, username, password_hash, enabled, failed_logins, last_failed_at FROM app_user"
                        + " WHERE lower(username) = lower(:u)")
                .param("u", username)
                .query((rs, n) -> new Credentials(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getInt(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /** What decides whether a session still stands: the account's version and whether it is enabled. */
    record State(int version, boolean enabled) {}

    Optional<State> state(String username) {
        return jdbc.sql("SELECT version, enabled FROM app_user WHERE lower(username) = lower(:u)")
                .param("u", username)
                .query((rs, n) -> new State(rs.getInt(1), rs.getBoolean(2)))
                .optional();
    }

    Optional<UserAccount> account(String username) {
        return jdbc.sql(ACCOUNT_SELECT + " WHERE lower(u.username) = lower(:u)")
                .param("u", username)
                .query((rs, n) -> mapAccount(rs))
                .optional();
    }

    Optional<UserAccount> account(long id) {
        return jdbc.sql(ACCOUNT_SELECT + " WHERE u.id = :id")
                .param("id", id)
                .query((rs, n) -> mapAccount(rs))
                .optional();
    }

    List<UserAccount> all() {
        return jdbc.sql(ACCOUNT_SELECT + " ORDER BY lower(u.username)")
                .query((rs, n) -> mapAccount(rs))
                .list();
    }

    long insert(NewUser user, String hash, Instant at, String by) {
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, full_name, password_hash, created_at, created_by, changed_at, changed_by)
                        VALUES (:u, :n, :h, :at, :by, :at, :by) RETURNING id
                        """)
                .param("u", user.username().trim())
                .param("n", user.fullName().trim())
                .param("h", hash)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(Long.class)
                .single();
        replaceRolesAndJurisdiction(id, user.roles(), user.jurisdictionUnitIds());
        return id;
    }

    boolean update(long id, String fullName, boolean enabled, int expectedVersion, Instant at, String by) {
        return jdbc.sql(
                                "UPDATE app_user SET full_name = :n, enabled = :e, version = version + 1, changed_at = :at, changed_by = :by"
                                        + " WHERE id = :id AND version = :v")
                        .param("id", id)
                        .param("n", fullName.trim())
                        .param("e", enabled)
                        .param("v", expectedVersion)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    void setPassword(long id, String hash, Instant at, String by) {
        jdbc.sql("UPDATE app_user SET password_hash = :h, failed_logins = 0, version = version + 1, changed_at = :at,"
                        + " changed_by = :by WHERE id = :id")
                .param("id", id)
                .param("h", hash)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    void replaceRolesAndJurisdiction(long id, Set<Role> roles, List<Long> unitIds) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM user_jurisdiction WHERE user_id = :id")
                .param("id", id)
                .update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :r)")
                    .param("id", id)
                    .param("r", role.name())
                    .update();
        }
        for (Long unit : unitIds) {
            jdbc.sql("INSERT INTO user_jurisdiction (user_id, unit_id) VALUES (:id, :u)")
                    .param("id", id)
                    .param("u", unit)
                    .update();
        }
    }

    void recordFailure(long id, Instant at) {
        jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1, last_failed_at = :at WHERE id = :id")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    void resetFailures(long id) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0 WHERE id = :id AND failed_logins <> 0")
                .param("id", id)
                .update();
    }

    boolean anyAdministrator() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM user_role WHERE role = 'SYSTEM_ADMIN')")
                .query(Boolean.class)
                .single();
    }

    private static UserAccount mapAccount(java.sql.ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) rs.getArray("roles").getArray())
                .map(Role::valueOf)
                .forEach(roles::add);
        Array units = rs.getArray("units");
        List<Long> unitIds = Arrays.stream((Long[]) units.getArray()).toList();
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getBoolean("enabled"),
                roles,
                unitIds,
                rs.getInt("version"));
    }
}
