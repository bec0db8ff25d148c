package vn.giamngheo.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.ScopedSql;

/**
 * SQL of the ledger. Inserting an entry moves its balance row in the same statement (the trigger of
 * V20_1), so every write path keeps balances equal to the sums of entries. Reads bind the reader's
 * jurisdiction on the unit's path.
 */
@Repository
class LedgerStore {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts many entries as JDBC batches of 1,000; the trigger moves each balance row as for one. */
    void insertAll(List<Row> rows, Instant now, String by) {
        Timestamp at = Timestamp.from(now);
        for (int offset = 0; offset < rows.size(); offset += 1000) {
            List<Row> chunk = rows.subList(offset, Math.min(rows.size(), offset + 1000));
            try {
                insertChunk(chunk, at, by);
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                int line = failedLine(e);
                throw new org.springframework.dao.DataIntegrityViolationException(
                        "Batch entry " + (line == 0 ? offset : offset + line - 1) + ": " + e.getMessage(), e);
            }
        }
    }

    private void insertChunk(List<Row> rows, Timestamp at, String by) {
        template.batchUpdate(
                "INSERT INTO funding_entry (unit_id, year, component_id, content_id, source, kind, amount, entry_date,"
                        + " effect, delta, project_id, document, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?,"
                        + " ?, '', 0, ?, ?, ?, ?)",
                rows,
                rows.size(),
                (ps, r) -> {
                    ps.setLong(1, r.unitId());
                    ps.setInt(2, r.year());
                    ps.setLong(3, r.componentId());
                    ps.setObject(4, r.contentId());
                    ps.setString(5, r.source().name());
                    ps.setString(6, r.kind().name());
                    ps.setLong(7, r.amount());
                    ps.setObject(8, r.entryDate());
                    ps.setObject(9, r.projectId());
                    ps.setString(10, r.document());
                    ps.setTimestamp(11, at);
                    ps.setString(12, by);
                });
    }

    /** The 1-based line of a batch the database refused ("Batch entry 41 …"), 0 when it does not say. */
    static int failedLine(Exception e) {
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile("Batch entry (\\d+)");
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher m = entry.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Integer.parseInt(m.group(1)) + 1;
            }
            if (t instanceof java.sql.BatchUpdateException b) {
                // PgJDBC counts the statements that succeeded before the refused one
                return b.getUpdateCounts().length + 1;
            }
        }
        return 0;
    }

    record Row(
            long unitId,
            int year,
            long componentId,
            Long contentId,
            FundingSource source,
            EntryKind kind,
            long amount,
            LocalDate entryDate,
            Long otherUnitId,
            Long pairId,
            Long projectId,
            Long reversesId,
            String document,
            String reason) {}

    long insert(Row r, Instant now, String by) {
        return jdbc.sql("INSERT INTO funding_entry (unit_id, year, component_id, content_id, source, kind, amount,"
                        + " entry_date, effect, delta, other_unit_id, pair_id, project_id, reverses_id, document,"
                        + " reason, created_at, created_by) VALUES (:unit, :year, :comp, :content, :source, :kind,"
                        + " :amount, :date, '', 0, :other, :pair, :project, :reverses, :doc, :reason, :now, :by)"
                        + " RETURNING id")
                .param("unit", r.unitId())
                .param("year", r.year())
                .param("comp", r.componentId())
                .param("content", r.contentId())
                .param("source", r.source().name())
                .param("kind", r.kind().name())
                .param("amount", r.amount())
                .param("date", r.entryDate())
                .param("other", r.otherUnitId())
                .param("pair", r.pairId())
                .param("project", r.projectId())
                .param("reverses", r.reversesId())
                .param("doc", r.document())
                .param("reason", r.reason())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    private static final String BALANCE_COLUMNS = "b.unit_id, b.year, b.component_id, b.source, b.allocated,"
            + " b.transfer_in, b.transfer_out, b.carry_in, b.carry_out, b.committed, b.disbursed, b.settled";

    /** The balance row, locked until the transaction ends: the writer that holds it decides alone. */
    Optional<Balance> lock(long unitId, int year, long componentId, FundingSource source) {
        return jdbc.sql("SELECT " + BALANCE_COLUMNS + " FROM funding_balance b WHERE b.unit_id = :u AND b.year = :y"
                        + " AND b.component_id = :c AND b.source = :s FOR UPDATE")
                .param("u", unitId)
                .param("y", year)
                .param("c", componentId)
                .param("s", source.name())
                .query(LedgerStore::balance)
                .optional();
    }

    List<Balance> balances(long unitId, int year, Jurisdiction j) {
        return ScopedSql.of(
                        jdbc,
                        j,
                        "SELECT " + BALANCE_COLUMNS + " FROM funding_balance b JOIN admin_unit u ON u.id = b.unit_id"
                                + " WHERE b.unit_id = :u AND b.year = :y AND u.path LIKE ANY (:scope)"
                                + " ORDER BY b.component_id, b.source")
                .param("u", unitId)
                .param("y", year)
                .query(LedgerStore::balance)
                .list();
    }

    /** The balances on a day: the entries dated up to it, summed per column they move. */
    List<Balance> balancesAsOf(long unitId, int year, LocalDate asOf, Jurisdiction j) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        ScopedSql.of(
                        jdbc,
                        j,
                        "SELECT e.component_id, e.source, e.effect, sum(e.delta) FROM funding_entry e"
                                + " JOIN admin_unit u ON u.id = e.unit_id WHERE e.unit_id = :u AND e.year = :y"
                                + " AND e.entry_date <= :d AND u.path LIKE ANY (:scope)"
                                + " GROUP BY e.component_id, e.source, e.effect ORDER BY e.component_id, e.source")
                .param("u", unitId)
                .param("y", year)
                .param("d", asOf)
                .query(rs -> {
                    long[] v = sums.computeIfAbsent(rs.getLong(1) + "|" + rs.getString(2), k -> new long[8]);
                    v[column(rs.getString(3))] += rs.getLong(4);
                });
        List<Balance> out = new ArrayList<>();
        sums.forEach((k, v) -> {
            String[] key = k.split("\\|");
            out.add(summed(unitId, year, Long.parseLong(key[0]), key[1], v));
        });
        return out;
    }

    /** A balance from sums indexed as {@link #column} numbers them. */
    private static Balance summed(long unitId, int year, long componentId, String source, long[] v) {
        return new Balance(
                unitId,
                year,
                componentId,
                FundingSource.valueOf(source),
                v[0],
                v[1],
                v[2],
                v[3],
                v[4],
                v[5],
                v[6],
                v[7]);
    }

    private static int column(String effect) {
        return switch (effect) {
            case "allocated" -> 0;
            case "transfer_in" -> 1;
            case "transfer_out" -> 2;
            case "carry_in" -> 3;
            case "carry_out" -> 4;
            case "committed" -> 5;
            case "disbursed" -> 6;
            case "settled" -> 7;
            default -> throw new IllegalStateException("unknown effect " + effect);
        };
    }

    /**
     * The balances of a subtree for a year, summed per child of the root (key: the child's id; the
     * root's own rows under the root's id), component and source. One query, the jurisdiction bound.
     */
    Map<Long, List<Balance>> subtree(long rootId, String rootPath, int year, Jurisdiction j) {
        Map<Long, List<Balance>> out = new LinkedHashMap<>();
        ScopedSql.of(
                        jdbc,
                        j,
                        "SELECT COALESCE(NULLIF(split_part(substr(u.path, length(:root) + 1), '/', 1), '')::bigint, :rootId)"
                                + " AS child, b.component_id, b.source, sum(b.allocated), sum(b.transfer_in),"
                                + " sum(b.transfer_out), sum(b.carry_in), sum(b.carry_out), sum(b.committed),"
                                + " sum(b.disbursed), sum(b.settled) FROM funding_balance b JOIN admin_unit u ON u.id = b.unit_id"
                                + " WHERE u.path LIKE :rootLike AND b.year = :y AND u.path LIKE ANY (:scope)"
                                + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
                .param("root", rootPath)
                .param("rootLike", rootPath + "%")
                .param("rootId", rootId)
                .param("y", year)
                .query(rs -> {
                    long child = rs.getLong(1);
                    out.computeIfAbsent(child, k -> new ArrayList<>())
                            .add(new Balance(
                                    child,
                                    year,
                                    rs.getLong(2),
                                    FundingSource.valueOf(rs.getString(3)),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    rs.getLong(7),
                                    rs.getLong(8),
                                    rs.getLong(9),
                                    rs.getLong(10),
                                    rs.getLong(11)));
                });
        return out;
    }

    /** The same sums as {@link #subtree} from the entries dated up to {@code asOf} (a quarter's cut-off). */
    Map<Long, List<Balance>> subtreeAsOf(long rootId, String rootPath, int year, LocalDate asOf, Jurisdiction j) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        ScopedSql.of(
                        jdbc,
                        j,
                        "SELECT COALESCE(NULLIF(split_part(substr(u.path, length(:root) + 1), '/', 1), '')::bigint, :rootId)"
                                + " AS child, e.component_id, e.source, e.effect, sum(e.delta) FROM funding_entry e"
                                + " JOIN admin_unit u ON u.id = e.unit_id WHERE u.path LIKE :rootLike AND e.year = :y"
                                + " AND e.entry_date <= :d AND u.path LIKE ANY (:scope)"
                                + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3")
                .param("root", rootPath)
                .param("rootLike", rootPath + "%")
                .param("rootId", rootId)
                .param("y", year)
                .param("d", asOf)
                .query(rs -> {
                    long[] v = sums.computeIfAbsent(
                            rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3), k -> new long[8]);
                    v[column(rs.getString(4))] += rs.getLong(5);
                });
        Map<Long, List<Balance>> out = new LinkedHashMap<>();
        sums.forEach((k, v) -> {
            String[] key = k.split("\\|");
            long child = Long.parseLong(key[0]);
            out.computeIfAbsent(child, x -> new ArrayList<>())
                    .add(summed(child, year, Long.parseLong(key[1]), key[2], v));
        });
        return out;
    }

    private static final String ENTRY = "SELECT e.id, e.unit_id, e.year, e.component_id, e.content_id, e.source,"
            + " e.kind, e.amount, e.entry_date, e.effect, e.delta, e.other_unit_id, e.pair_id, e.project_id,"
            + " e.reverses_id, e.document, e.reason, e.created_at, e.created_by FROM funding_entry e"
            + " JOIN admin_unit u ON u.id = e.unit_id";

    List<LedgerEntry> entries(long unitId, int year, Jurisdiction j, int limit) {
        return ScopedSql.of(
                        jdbc,
                        j,
                        ENTRY + " WHERE e.unit_id = :u AND e.year = :y AND u.path LIKE ANY (:scope)"
                                + " ORDER BY e.entry_date DESC, e.id DESC LIMIT :limit")
                .param("u", unitId)
                .param("y", year)
                .param("limit", limit)
                .query(LedgerStore::entry)
                .list();
    }

    List<LedgerEntry> projectEntries(long projectId, Jurisdiction j) {
        return ScopedSql.of(
                        jdbc,
                        j,
                        ENTRY + " WHERE e.project_id = :p AND u.path LIKE ANY (:scope)"
                                + " ORDER BY e.entry_date, e.id")
                .param("p", projectId)
                .query(LedgerStore::entry)
                .list();
    }

    Optional<LedgerEntry> entry(long id, Jurisdiction j) {
        return ScopedSql.of(jdbc, j, ENTRY + " WHERE e.id = :id AND u.path LIKE ANY (:scope)")
                .param("id", id)
                .query(LedgerStore::entry)
                .optional();
    }

    /** The entry whose pair is {@code id}: the "in" half of a transfer or carry-over. */
    Optional<LedgerEntry> pairedWith(long id, Jurisdiction j) {
        return ScopedSql.of(jdbc, j, ENTRY + " WHERE e.pair_id = :id AND u.path LIKE ANY (:scope)")
                .param("id", id)
                .query(LedgerStore::entry)
                .optional();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM funding_entry WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    boolean reversed(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM funding_entry WHERE reverses_id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** Balance rows whose columns differ from the sums of their entries (empty when all agree). */
    List<String> mismatches() {
        return jdbc.sql("""
                WITH sums AS (
                  SELECT unit_id, year, component_id, source,
                         sum(delta) FILTER (WHERE effect = 'allocated') AS allocated,
                         sum(delta) FILTER (WHERE effect = 'transfer_in') AS transfer_in,
                         sum(delta) FILTER (WHERE effect = 'transfer_out') AS transfer_out,
                         sum(delta) FILTER (WHERE effect = 'carry_in') AS carry_in,
                         sum(delta) FILTER (WHERE effect = 'carry_out') AS carry_out,
                         sum(delta) FILTER (WHERE effect = 'committed') AS committed,
                         sum(delta) FILTER (WHERE effect = 'disbursed') AS disbursed,
                         sum(delta) FILTER (WHERE effect = 'settled') AS settled
                  FROM funding_entry GROUP BY unit_id, year, component_id, source)
                SELECT b.unit_id || '/' || b.year || '/' || b.component_id || '/' || b.source
                FROM funding_balance b FULL JOIN sums s USING (unit_id, year, component_id, source)
                WHERE b.allocated IS DISTINCT FROM COALESCE(s.allocated, 0)
                   OR b.transfer_in IS DISTINCT FROM COALESCE(s.transfer_in, 0)
                   OR b.transfer_out IS DISTINCT FROM COALESCE(s.transfer_out, 0)
                   OR b.carry_in IS DISTINCT FROM COALESCE(s.carry_in, 0)
                   OR b.carry_out IS DISTINCT FROM COALESCE(s.carry_out, 0)
                   OR b.committed IS DISTINCT FROM COALESCE(s.committed, 0)
                   OR b.disbursed IS DISTINCT FROM COALESCE(s.disbursed, 0)
                   OR b.settled IS DISTINCT FROM COALESCE(s.settled, 0)
                """).query(String.class).list();
    }

    static Balance balance(ResultSet rs, int n) throws SQLException {
        return new Balance(
                rs.getLong("unit_id"),
                rs.getInt("year"),
                rs.getLong("component_id"),
                FundingSource.valueOf(rs.getString("source")),
                rs.getLong("allocated"),
                rs.getLong("transfer_in"),
                rs.getLong("transfer_out"),
                rs.getLong("carry_in"),
                rs.getLong("carry_out"),
                rs.getLong("committed"),
                rs.getLong("disbursed"),
                rs.getLong("settled"));
    }

    static LedgerEntry entry(ResultSet rs, int n) throws SQLException {
        return new LedgerEntry(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getInt("year"),
                rs.getLong("component_id"),
                (Long) rs.getObject("content_id"),
                FundingSource.valueOf(rs.getString("source")),
                EntryKind.valueOf(rs.getString("kind")),
                rs.getLong("amount"),
                rs.getDate("entry_date").toLocalDate(),
                rs.getString("effect"),
                rs.getLong("delta"),
                (Long) rs.getObject("other_unit_id"),
                (Long) rs.getObject("pair_id"),
                (Long) rs.getObject("project_id"),
                (Long) rs.getObject("reverses_id"),
                rs.getString("document"),
                rs.getString("reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
