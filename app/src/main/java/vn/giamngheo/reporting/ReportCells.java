package vn.giamngheo.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.review.ReviewRecognised;

/**
 * Keeps {@code report_cell} up to date (never stale, docs/decisions/0601-reporting.md): when a campaign is recognised
 * the commune's cells are recomputed for every list year from the campaign's list year to the last
 * year kept, and the difference (new − old) is added to the commune and to every ancestor, in the
 * same transaction as the recognition. No nightly rebuild; {@link #rebuild()} is only for repair
 * (e.g. after a reorganisation moved communes to another parent).
 */
@Component
class ReportCells {
    /** Recognitions take it shared, a rebuild exclusive: a rebuild never interleaves with a delta. */
    private static final long LOCK = 0x7265706f7274L;
    /** The space of the per-commune locks (two-key advisory locks, apart from the one-key ones). */
    private static final int COMMUNE_LOCKS = 0x72657063;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int lastYear;

    ReportCells(JdbcClient jdbc, Clock clock, @Value("${giamngheo.reporting.last-year:2030}") int lastYear) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lastYear = lastYear;
    }

    /** Runs inside the recognition's transaction (a plain listener is called synchronously). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReviewRecognised e) {
        refresh(e.unitId(), e.listYear());
    }

    /** The last list year whose cells are kept: the configured year, or next year when later. */
    int lastYear(int from) {
        return Math.max(Math.max(lastYear, from), LocalDate.now(clock).getYear() + 1);
    }

    /** Recomputes one commune from {@code fromYear} on and applies the difference to it and its ancestors. */
    @Transactional
    void refresh(long communeId, int fromYear) {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(:lock)")
                .param("lock", LOCK)
                .query(rs -> {});
        // one refresh of a commune at a time, whichever instance runs it: the next one reads the cells
        // the previous one committed, so two recognitions in one commune never add from the same base
        jdbc.sql("SELECT pg_advisory_xact_lock(CAST(:space AS int), CAST(:commune AS int))")
                .param("space", COMMUNE_LOCKS)
                .param("commune", communeId)
                .query(rs -> {});
        String path = jdbc.sql("SELECT path FROM admin_unit WHERE id = :id")
                .param("id", communeId)
                .query(String.class)
                .single();
        // all the commune's years: the older ones only change in the households registered (the
        // denominator where none is recorded), which is the registry at the commune's latest recognition
        int first = jdbc.sql("SELECT coalesce(min(list_year), :y) FROM review_lists_in_force WHERE unit_id = :id")
                .param("y", fromYear)
                .param("id", communeId)
                .query(Integer.class)
                .single();
        String years = years(Math.min(first, fromYear), lastYear(fromYear));
        String communes = "{" + communeId + "}";
        jdbc.sql("WITH fresh AS (" + CellSql.CELLS + """
                        ),
                        old AS (SELECT list_year, form, row_key, col, value FROM report_cell
                                WHERE unit_id = :commune AND list_year = ANY (CAST(:years AS int[]))),
                        delta AS (
                            SELECT coalesce(f.list_year, o.list_year) AS list_year, coalesce(f.form, o.form) AS form,
                                   coalesce(f.row_key, o.row_key) AS row_key, coalesce(f.col, o.col) AS col,
                                   coalesce(f.value, 0) - coalesce(o.value, 0) AS value
                            FROM fresh f FULL JOIN old o ON o.list_year = f.list_year AND o.form = f.form
                                                        AND o.row_key = f.row_key AND o.col = f.col)
                        INSERT INTO report_cell AS rc (unit_id, list_year, form, row_key, col, value)
                        SELECT a.id, d.list_year, d.form, d.row_key, d.col, d.value
                        FROM delta d CROSS JOIN admin_unit a
                        WHERE d.value <> 0 AND :path LIKE a.path || '%'
                        ORDER BY a.id, d.list_year, d.form, d.row_key, d.col
                        ON CONFLICT (unit_id, list_year, form, row_key, col) DO UPDATE SET value = rc.value + EXCLUDED.value
                        """)
                .param("communes", communes)
                .param("years", years)
                .param("commune", communeId)
                .param("path", path)
                .update();
        jdbc.sql("DELETE FROM report_basis WHERE unit_id = :commune AND list_year = ANY (CAST(:years AS int[]))")
                .param("commune", communeId)
                .param("years", years)
                .update();
        jdbc.sql("INSERT INTO report_basis (unit_id, list_year, campaign_id, computed_at) SELECT b.*, :at FROM ("
                        + CellSql.BASIS + ") b")
                .param("communes", communes)
                .param("years", years)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** Repair of one commune: its cells recomputed for all its years, the difference applied to its ancestors. */
    @Transactional
    RebuildResult refreshCommune(long communeId) {
        Integer first = jdbc.sql("SELECT min(list_year) FROM review_lists_in_force WHERE unit_id = :id")
                .param("id", communeId)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (first == null) {
            return new RebuildResult(0, 0, 0);
        }
        refresh(communeId, first);
        long kept = jdbc.sql("SELECT count(*) FROM report_cell WHERE unit_id = :id")
                .param("id", communeId)
                .query(Long.class)
                .single();
        return new RebuildResult(1, lastYear(first) - first + 1, kept);
    }

    /** Recomputes every cell from the recognised lists: communes first, then the sums of their ancestors. */
    @Transactional
    RebuildResult rebuild() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(rs -> {});
        jdbc.sql("DELETE FROM report_cell").update();
        jdbc.sql("DELETE FROM report_basis").update();
        List<Long> communes = jdbc.sql("SELECT DISTINCT unit_id FROM review_lists_in_force ORDER BY 1")
                .query(Long.class)
                .list();
        Integer first = jdbc.sql("SELECT min(list_year) FROM review_lists_in_force")
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (communes.isEmpty() || first == null) {
            return new RebuildResult(0, 0, 0);
        }
        String ids = ids(communes);
        long cells = 0;
        int last = lastYear(first);
        // one year at a time keeps each statement's working set to one copy of the lists
        for (int y = first; y <= last; y++) {
            String years = "{" + y + "}";
            cells += jdbc.sql("INSERT INTO report_cell (unit_id, list_year, form, row_key, col, value) SELECT * FROM ("
                            + CellSql.CELLS + ") c WHERE c.value <> 0")
                    .param("communes", ids)
                    .param("years", years)
                    .update();
            jdbc.sql("INSERT INTO report_basis (unit_id, list_year, campaign_id, computed_at) SELECT b.*, :at FROM ("
                            + CellSql.BASIS + ") b")
                    .param("communes", ids)
                    .param("years", years)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        }
        cells += jdbc.sql("""
                        INSERT INTO report_cell (unit_id, list_year, form, row_key, col, value)
                        SELECT a.id, c.list_year, c.form, c.row_key, c.col, sum(c.value)
                        FROM report_cell c JOIN admin_unit cu ON cu.id = c.unit_id
                        JOIN admin_unit a ON cu.path LIKE a.path || '%' AND a.id <> cu.id
                        GROUP BY 1, 2, 3, 4, 5
                        """).update();
        return new RebuildResult(communes.size(), last - first + 1, cells);
    }

    /** What a rebuild did. */
    record RebuildResult(int communes, int years, long cells) {}

    static String years(int from, int to) {
        StringJoiner j = new StringJoiner(",", "{", "}");
        IntStream.rangeClosed(from, to).forEach(y -> j.add(Integer.toString(y)));
        return j.toString();
    }

    static String ids(List<Long> ids) {
        StringJoiner j = new StringJoiner(",", "{", "}");
        ids.forEach(id -> j.add(Long.toString(id)));
        return j.toString();
    }
}
