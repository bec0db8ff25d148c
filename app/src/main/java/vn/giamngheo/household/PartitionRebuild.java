package vn.giamngheo.household;

import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Large moves of households between provinces (a province merged whole, the 2025 reform) done by
 * rebuilding the province partitions involved instead of inserting and deleting row by row
 * (decision 1920). For each partitioned table and each province involved, a new table is filled
 * with the partition's final rows — the rows that stay and the rows that arrive, with the new
 * province — in one INSERT … SELECT without indexes, triggers or key checks; its indexes are then
 * built in bulk. Only at the end, with the old partitions detached and dropped, are the new tables
 * attached in their place, where PostgreSQL checks every foreign key with one query per key. Rows
 * keep their ids, so members, history, review rows and everything that refers to a household by
 * its id (through {@code household_identity}) are untouched.
 *
 * <p>Writes to the five tables are refused from the start to the commit (409, "try again later":
 * the advisory lock of V53_2, decision 1930) instead of waiting on table locks, which closed a cycle
 * with the swap; reads go on until the swap, which holds an exclusive lock on the five tables for
 * the detach, the renames and the attach's key checks (asked for with a short timeout, again and
 * again, never waiting in a cycle), and releases it at commit.
 */
final class PartitionRebuild {
    private final JdbcClient jdbc;
    private final List<String[]> tables;
    private final Function<String, String> columnsBut;

    /**
     * @param tables the partitioned tables, parents first, each with the column naming the
     *     household
     * @param columnsBut the columns of a table other than {@code province_id}, comma-separated
     */
    PartitionRebuild(JdbcClient jdbc, List<String[]> tables, Function<String, String> columnsBut) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.columnsBut = columnsBut;
    }

    /**
     * Rebuilds the partitions of {@code provinces} (every province households leave or reach)
     * from the rows of {@code household_refiling}: a household listed there goes to its
     * {@code new_p} with its {@code unit_id}; every other row of those partitions stays.
     */
    void run(List<Long> provinces, Timings timings, Runnable beforeSwap) {
        // a deferred key check still pending on a partition would forbid detaching it
        jdbc.sql("SET CONSTRAINTS ALL IMMEDIATE").update();
        jdbc.sql("SET LOCAL maintenance_work_mem = '256MB'").update();
        // held already by the caller; taken again (the same session passes) should another call this
        jdbc.sql("SELECT pg_advisory_xact_lock(" + REFILING_LOCK + ")").query(rs -> {});
        java.util.Map<Long, List<Long>> sources = new java.util.HashMap<>();
        for (long p : provinces) {
            sources.put(p, sources(p));
        }
        for (String[] t : tables) {
            for (long p : provinces) {
                fill(t, p, sources.get(p));
            }
            timings.lap("rebuild " + t[0]);
        }
        checkFiledUnderTheirProvince(provinces);
        jdbc.sql("""
                UPDATE household_identity i SET province_id = r.new_p
                FROM household_refiling r WHERE i.id = r.id AND r.new_p <> r.old_p
                """).update();
        timings.lap("identity");
        for (String[] t : tables) {
            for (long p : provinces) {
                indexes(t[0], p);
            }
            timings.lap("indexes " + t[0]);
        }
        beforeSwap.run();
        lockForSwap();
        for (int i = tables.size() - 1; i >= 0; i--) {
            String table = tables.get(i)[0];
            for (long p : provinces) {
                jdbc.sql("ALTER TABLE " + table + " DETACH PARTITION " + partition(table, p))
                        .update();
                jdbc.sql("DROP TABLE " + partition(table, p)).update();
            }
        }
        timings.lap("detach");
        for (String[] t : tables) {
            for (long p : provinces) {
                attach(t[0], p);
            }
            timings.lap("attach " + t[0]);
        }
        // back to the initial mode of the one deferrable key (review_outcome -> review_household, V11_1)
        jdbc.sql("SET CONSTRAINTS ALL DEFERRED").update();
    }

    /** The advisory lock of V53_2: held exclusively by a rebuild, tried shared by every write. */
    static final long REFILING_LOCK = 0x726566696c65L;

    /**
     * The five parents exclusively for the detach and attach. A transaction that read them and has
     * not finished holds them shared; it can no longer write (V53_2) but may still be reading. The
     * lock is asked for with a timeout shorter than the deadlock check and asked again until it is
     * granted, so the rebuild never waits in a cycle and is never chosen to break one.
     */
    private void lockForSwap() {
        long deadline = System.nanoTime() + SWAP_PATIENCE_NANOS;
        while (true) {
            jdbc.sql("SAVEPOINT refiling_swap").update();
            try {
                jdbc.sql("SET LOCAL lock_timeout = '300ms'").update();
                for (String[] t : tables) {
                    jdbc.sql("LOCK TABLE ONLY " + t[0] + " IN ACCESS EXCLUSIVE MODE")
                            .update();
                }
                jdbc.sql("SET LOCAL lock_timeout = 0").update();
                jdbc.sql("RELEASE SAVEPOINT refiling_swap").update();
                return;
            } catch (org.springframework.dao.DataAccessException busy) {
                if (!(busy.getMostSpecificCause() instanceof java.sql.SQLException sql
                        && "55P03".equals(sql.getSQLState()))) {
                    throw busy;
                }
                jdbc.sql("ROLLBACK TO SAVEPOINT refiling_swap").update();
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    private static final long SWAP_PATIENCE_NANOS = 10L * 60 * 1_000_000_000;

    private static String partition(String table, long province) {
        return table + "_p" + province;
    }

    private static String next(String table, long province) {
        return partition(table, province) + "_next";
    }

    /**
     * The partitions whose rows make up {@code province}'s new one: those of the provinces sending
     * households there, and its own unless every household leaves it (a province merged whole: its
     * new partitions are empty, and reading its rows again would be the largest part of the work).
     */
    private List<Long> sources(long province) {
        List<Long> from = new java.util.ArrayList<>(
                jdbc.sql("SELECT DISTINCT old_p FROM household_refiling WHERE new_p = :p AND old_p <> :p ORDER BY 1")
                        .param("p", province)
                        .query(Long.class)
                        .list());
        boolean someStay =
                jdbc.sql("""
                        SELECT (SELECT count(*) FROM household WHERE province_id = :p)
                             > (SELECT count(*) FROM household_refiling WHERE old_p = :p AND new_p <> :p)
                        """).param("p", province).query(Boolean.class).single();
        if (someStay) {
            from.add(province);
        }
        return from;
    }

    private void fill(String[] t, long province, List<Long> sources) {
        String table = t[0];
        String next = next(table, province);
        jdbc.sql("DROP TABLE IF EXISTS " + next).update();
        jdbc.sql("CREATE TABLE " + next + " (LIKE " + table
                        + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED)")
                .update();
        // proves the partition bound to ATTACH, which then does not read the table again
        jdbc.sql("ALTER TABLE " + next + " ADD CONSTRAINT " + next + "_bound CHECK (province_id = " + province + ")")
                .update();
        String columns = columnsBut.apply(table);
        String selected = "x." + columns.replace(", ", ", x.");
        if (table.equals("household")) {
            selected = selected.replace("x.unit_id", "coalesce(r.unit_id, x.unit_id)");
        }
        if (!sources.isEmpty()) {
            jdbc.sql("INSERT INTO " + next + " (province_id, " + columns + ") SELECT " + province + ", " + selected
                            + " FROM " + table
                            + " x LEFT JOIN household_refiling r ON r.old_p = x.province_id AND r.id = x."
                            + t[1] + " WHERE x.province_id IN (:provinces) AND coalesce(r.new_p, x.province_id) = "
                            + province)
                    .param("provinces", sources)
                    .update();
        }
        jdbc.sql("ANALYZE " + next).update();
    }

    /** What the row trigger {@code household_filed} checks, once for the whole rebuilt partition. */
    private void checkFiledUnderTheirProvince(List<Long> provinces) {
        for (long p : provinces) {
            List<String> wrong = jdbc.sql("SELECT h.code FROM " + next("household", p)
                            + " h JOIN admin_unit u ON u.id = h.unit_id"
                            + " WHERE split_part(u.path, '/', 2)::bigint <> h.province_id LIMIT 5")
                    .query(String.class)
                    .list();
            if (!wrong.isEmpty()) {
                throw new IllegalStateException(
                        "households " + wrong + " would be filed under province " + p + " but their unit is not there");
            }
        }
    }

    /** Builds on the new table every index and unique key of the partitioned table, under temporary names. */
    private void indexes(String table, long province) {
        String next = next(table, province);
        List<ParentIndex> parents = parentIndexes(table);
        for (int k = 0; k < parents.size(); k++) {
            ParentIndex ix = parents.get(k);
            String temporary = next + "_" + k;
            if (ix.constraint() != null) {
                jdbc.sql("ALTER TABLE " + next + " ADD CONSTRAINT " + temporary + " " + ix.constraint())
                        .update();
            } else {
                String def = ix.definition();
                String unique = def.startsWith("CREATE UNIQUE") ? "UNIQUE " : "";
                jdbc.sql("CREATE " + unique + "INDEX " + temporary + " ON " + next
                                + def.substring(def.indexOf(" USING ")))
                        .update();
            }
        }
    }

    /** The new table takes the partition's name, its indexes names derived from the parent's, and its place. */
    private void attach(String table, long province) {
        String next = next(table, province);
        String name = partition(table, province);
        jdbc.sql("ALTER TABLE " + next + " RENAME TO " + name).update();
        List<ParentIndex> parents = parentIndexes(table);
        for (int k = 0; k < parents.size(); k++) {
            ParentIndex ix = parents.get(k);
            String suffix = ix.name().startsWith(table + "_") ? ix.name().substring(table.length() + 1) : ix.name();
            String fin = name + "_" + suffix;
            if (fin.length() > 63) {
                fin = name + "_" + k;
            }
            String temporary = next + "_" + k;
            if (ix.constraint() != null) {
                jdbc.sql("ALTER TABLE " + name + " RENAME CONSTRAINT " + temporary + " TO " + fin)
                        .update();
            } else {
                jdbc.sql("ALTER INDEX " + temporary + " RENAME TO " + fin).update();
            }
        }
        jdbc.sql("ALTER TABLE " + table + " ATTACH PARTITION " + name + " FOR VALUES IN (" + province + ")")
                .update();
        jdbc.sql("ALTER TABLE " + name + " DROP CONSTRAINT " + next + "_bound").update();
    }

    /** An index of the partitioned table: its name, its definition, and the key it backs if any. */
    private record ParentIndex(String name, String definition, String constraint) {}

    private List<ParentIndex> parentIndexes(String table) {
        return jdbc.sql("""
                        SELECT ci.relname, pg_get_indexdef(i.indexrelid),
                               (SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                                WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u'))
                        FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid
                        WHERE i.indrelid = CAST(:t AS regclass)
                        ORDER BY ci.relname
                        """)
                .param("t", table)
                .query((rs, n) -> new ParentIndex(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
