package vn.giamngheo.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.HouseholdsFollowUnits;

/**
 * Households follow their units when units are reorganised (a province merge, the 2025 reform): a
 * household attached to a unit that was succeeded is attached to the successor, and a household
 * whose unit now lies in another province moves to that province's partitions. Both are done in a
 * few set-based statements per table — an INSERT … SELECT of the rows with their new province and
 * a DELETE of the old ones — instead of one cascading UPDATE per household (decision 0701 explains
 * the partitions, docs/benchmarks.md the measured difference). Runs in the mover's transaction, so
 * the reorganisation is all or nothing.
 */
@Component
class HouseholdRefiling {
    private static final Logger log = LoggerFactory.getLogger(HouseholdRefiling.class);

    /** The partitioned tables of a household, parents first, and the column naming the household. */
    private static final List<String[]> TABLES = List.of(
            new String[] {"household", "id"},
            new String[] {"household_member", "household_id"},
            new String[] {"household_version", "household_id"},
            new String[] {"review_household", "household_id"},
            new String[] {"review_outcome", "household_id"});

    private final JdbcClient jdbc;

    /** Households changing province from which the partitions are rebuilt (decision 1920). */
    private volatile long rebuildFrom;

    HouseholdRefiling(JdbcClient jdbc, @Value("${giamngheo.refile.rebuild-from:10000}") long rebuildFrom) {
        this.jdbc = jdbc;
        this.rebuildFrom = rebuildFrom;
    }

    /** How many times partitions were rebuilt since start (a merge rebuilds once, decision 1930). */
    private final java.util.concurrent.atomic.AtomicLong rebuilds = new java.util.concurrent.atomic.AtomicLong();

    /** Run inside a rebuild just before the swap, for tests of writers meeting it; none in use. */
    private volatile Runnable beforeSwap = () -> {};

    long rebuilds() {
        return rebuilds.get();
    }

    void beforeSwap(Runnable hook) {
        this.beforeSwap = hook == null ? () -> {} : hook;
    }

    /** For tests of both paths on small data; returns the previous value. */
    long rebuildFrom(long households) {
        long previous = rebuildFrom;
        rebuildFrom = households;
        return previous;
    }

    @EventListener
    void on(HouseholdsFollowUnits event) {
        long started = System.nanoTime();
        // Writes to the households' tables are refused from here to the commit (V53_2, decision
        // 1930): waits for the writers in flight, then no row changes under the re-filing.
        jdbc.sql("SELECT pg_advisory_xact_lock(" + PartitionRebuild.REFILING_LOCK + ")")
                .query(rs -> {});
        List<Long> from = new ArrayList<>();
        List<Long> to = new ArrayList<>();
        for (Map.Entry<Long, Long> e : event.unitSuccessors().entrySet()) {
            from.add(e.getKey());
            to.add(e.getValue());
        }
        jdbc.sql("DROP TABLE IF EXISTS household_refiling").update();
        jdbc.sql("CREATE TEMP TABLE household_refiling (old_p bigint, id bigint, unit_id bigint, new_p bigint)"
                        + " ON COMMIT DROP")
                .update();
        long moved = 0;
        if (!from.isEmpty()) {
            moved += jdbc.sql("""
                    INSERT INTO household_refiling (old_p, id, unit_id, new_p)
                    SELECT h.province_id, h.id, s.to_id, split_part(u.path, '/', 2)::bigint
                    FROM household h
                    JOIN unnest(CAST(:from AS bigint[]), CAST(:to AS bigint[])) AS s (from_id, to_id) ON s.from_id = h.unit_id
                    JOIN admin_unit u ON u.id = s.to_id
                    """)
                    .param("from", arrayText(from))
                    .param("to", arrayText(to))
                    .update();
        }
        if (!event.formerProvinceIds().isEmpty()) {
            moved += jdbc.sql("""
                    INSERT INTO household_refiling (old_p, id, unit_id, new_p)
                    SELECT h.province_id, h.id, h.unit_id, split_part(u.path, '/', 2)::bigint
                    FROM household h JOIN admin_unit u ON u.id = h.unit_id
                    WHERE h.province_id IN (:provinces) AND split_part(u.path, '/', 2)::bigint <> h.province_id
                      AND NOT EXISTS (SELECT 1 FROM household_refiling r WHERE r.id = h.id)
                    """)
                    .param("provinces", List.copyOf(event.formerProvinceIds()))
                    .update();
        }
        if (moved == 0) {
            return;
        }
        jdbc.sql("ANALYZE household_refiling").update();
        Timings timings = new Timings();
        List<Long> rebuilt = partitionsToRebuild();
        if (!rebuilt.isEmpty()) {
            // households whose unit changed inside a rebuilt partition take the new unit there
            new PartitionRebuild(jdbc, TABLES, this::columnsBut).run(rebuilt, timings, beforeSwap);
            rebuilds.incrementAndGet();
            attachToSuccessorsInPlace(rebuilt);
        } else {
            attachToSuccessorsInPlace(List.of());
            moveRowByRow(timings);
        }
        event.moved(moved);
        log.info(
                "{} households followed their units in {} ms ({} partitions rebuilt: {})",
                moved,
                (System.nanoTime() - started) / 1_000_000,
                rebuilt.isEmpty() ? "no" : rebuilt.size(),
                timings);
    }

    /**
     * The provinces whose partitions are rebuilt rather than changed row by row: every province
     * households leave or reach, when enough households change province and they are a large part
     * of those partitions (a province merged whole, the reform). Rebuilding costs a copy of every
     * row of the partitions; moving row by row costs several times more per moved row (each row
     * checks its keys and feeds the search indexes one at a time), so a small move out of a large
     * province stays row by row. None when a province involved has no partitions of its own.
     */
    private List<Long> partitionsToRebuild() {
        long crossing = jdbc.sql("SELECT count(*) FROM household_refiling WHERE old_p <> new_p")
                .query(Long.class)
                .single();
        if (crossing == 0 || crossing < rebuildFrom) {
            return List.of();
        }
        List<Long> provinces = jdbc.sql("""
                SELECT p FROM (SELECT old_p AS p FROM household_refiling WHERE old_p <> new_p
                               UNION SELECT new_p FROM household_refiling WHERE old_p <> new_p) x ORDER BY p
                """).query(Long.class).list();
        for (long p : provinces) {
            for (String[] t : TABLES) {
                boolean own = jdbc.sql("""
                                SELECT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = to_regclass(:p)
                                               AND i.inhparent = CAST(:t AS regclass))
                                """)
                        .param("p", t[0] + "_p" + p)
                        .param("t", t[0])
                        .query(Boolean.class)
                        .single();
                if (!own) {
                    return List.of();
                }
            }
        }
        long rows = jdbc.sql("SELECT count(*) FROM household WHERE province_id IN (:p)")
                .param("p", provinces)
                .query(Long.class)
                .single();
        return crossing * 4 >= rows ? provinces : List.of();
    }

    /** Households attached to a successor in the same province (outside {@code rebuilt}): a plain update of the unit. */
    private void attachToSuccessorsInPlace(List<Long> rebuilt) {
        jdbc.sql("""
                UPDATE household h SET unit_id = r.unit_id
                FROM household_refiling r
                WHERE r.old_p = r.new_p AND h.province_id = r.old_p AND h.id = r.id AND h.unit_id <> r.unit_id
                  AND r.old_p <> ALL (CAST(:rebuilt AS bigint[]))
                """).param("rebuilt", arrayText(rebuilt)).update();
    }

    /** The smaller moves: the rows copied to the new province's partitions, then deleted from the old ones. */
    private void moveRowByRow(Timings timings) {
        // Fresh statistics for the partitions involved: the foreign-key checks of every copied and
        // deleted row are planned from them, and a partition filled since its last analysis looks
        // empty — its checks would then read it whole, once per household.
        for (long province : jdbc.sql(
                        "SELECT DISTINCT old_p FROM household_refiling UNION SELECT DISTINCT new_p FROM household_refiling")
                .query(Long.class)
                .list()) {
            for (String[] t : TABLES) {
                String partition = t[0] + "_p" + province;
                jdbc.sql("SELECT to_regclass(:p) IS NOT NULL")
                        .param("p", partition)
                        .query(Boolean.class)
                        .optional()
                        .filter(Boolean::booleanValue)
                        .ifPresent(x -> jdbc.sql("ANALYZE " + partition).update());
            }
        }
        // to another province: the rows are copied into its partitions, then removed from the old ones
        for (String[] t : TABLES) {
            String columns = columnsBut(t[0]);
            String selected = prefixed("x.", columns);
            if (t[0].equals("household")) {
                selected = selected.replace("x.unit_id", "r.unit_id");
            }
            jdbc.sql("INSERT INTO " + t[0] + " (province_id, " + columns + ") SELECT r.new_p, " + selected + " FROM "
                            + t[0] + " x JOIN household_refiling r"
                            + " ON r.old_p <> r.new_p AND x.province_id = r.old_p AND x." + t[1] + " = r.id")
                    .update();
            timings.lap("+" + t[0]);
        }
        for (int i = TABLES.size() - 1; i >= 0; i--) {
            String[] t = TABLES.get(i);
            jdbc.sql("DELETE FROM " + t[0] + " x USING household_refiling r"
                            + " WHERE r.old_p <> r.new_p AND x.province_id = r.old_p AND x." + t[1] + " = r.id")
                    .update();
            timings.lap("-" + t[0]);
        }
    }

    private String columnsBut(String table) {
        return String.join(
                ", ", jdbc.sql("""
                                SELECT column_name FROM information_schema.columns
                                WHERE table_schema = current_schema() AND table_name = :t AND column_name <> 'province_id'
                                  AND is_generated = 'NEVER'
                                ORDER BY ordinal_position
                                """).param("t", table).query(String.class).list());
    }

    /** A bigint[] literal ("{1,2,3}"): one parameter however many units. */
    private static String arrayText(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }
}
