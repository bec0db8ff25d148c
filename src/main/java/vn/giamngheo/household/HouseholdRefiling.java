package vn.giamngheo.household;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.UnitsMovedBetweenProvinces;

/**
 * Moves the households of units that went to another province (a province merge, the 2025 reform)
 * to that province's partitions in a few set-based statements per table — an INSERT … SELECT of
 * the rows with their new province and a DELETE of the old ones — instead of one cascading UPDATE
 * per household (decision 0701 explains the partitions; the measured difference is in
 * docs/benchmarks.md). Runs in the mover's transaction, so the move is all or nothing.
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

    HouseholdRefiling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitsMovedBetweenProvinces moved) {
        if (moved.formerProvinceIds().isEmpty()) {
            return;
        }
        jdbc.sql("DROP TABLE IF EXISTS household_refiling").update();
        int count = jdbc.sql("""
                CREATE TEMP TABLE household_refiling ON COMMIT DROP AS
                SELECT h.province_id AS old_p, h.id, split_part(u.path, '/', 2)::bigint AS new_p
                FROM household h JOIN admin_unit u ON u.id = h.unit_id
                WHERE h.province_id IN (:provinces) AND split_part(u.path, '/', 2)::bigint <> h.province_id
                """)
                .param("provinces", List.copyOf(moved.formerProvinceIds()))
                .update();
        if (count == 0) {
            return;
        }
        long started = System.nanoTime();
        jdbc.sql("ANALYZE household_refiling").update();
        for (String[] t : TABLES) {
            String columns = columnsBut(t[0]);
            jdbc.sql("INSERT INTO " + t[0] + " (province_id, " + columns + ") SELECT m.new_p, "
                            + prefixed("x.", columns) + " FROM " + t[0] + " x JOIN household_refiling m"
                            + " ON x.province_id = m.old_p AND x." + t[1] + " = m.id")
                    .update();
        }
        for (int i = TABLES.size() - 1; i >= 0; i--) {
            String[] t = TABLES.get(i);
            jdbc.sql("DELETE FROM " + t[0] + " x USING household_refiling m WHERE x.province_id = m.old_p AND x." + t[1]
                            + " = m.id")
                    .update();
        }
        log.info(
                "{} households re-filed under their new province in {} ms",
                count,
                (System.nanoTime() - started) / 1_000_000);
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

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }
}
