package vn.giamngheo.shared;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way to read (or change) unit-scoped personal data. The statement names the unit path it
 * restricts with {@code <path> LIKE ANY (:scope)} in its own text, and this binds {@code :scope} to the
 * reader's subtrees as a text array. A statement without that test is refused before it runs, and no
 * caller can pass a condition of its own: there is no SQL fragment and no "true" for national users
 * (their scope is the root path). Uses Spring's {@code JdbcClient}, accepted in {@code shared} so every
 * module binds the jurisdiction the same way (docs/decisions/1101-scoped-reads.md).
 */
public final class ScopedSql {
    public static final String PARAM = "scope";
    private static final Pattern TEST = Pattern.compile("LIKE ANY \\(:scope\\)");

    private ScopedSql() {}

    /** The statement {@code sql} with {@code :scope} bound to {@code reader}'s subtrees. */
    public static JdbcClient.StatementSpec of(JdbcClient jdbc, Jurisdiction reader, String sql) {
        if (!TEST.matcher(sql).find()) {
            throw new IllegalArgumentException("a scoped statement must test a unit path with LIKE ANY (:scope)");
        }
        return jdbc.sql(sql).param(PARAM, reader.patterns());
    }
}
