package vn.giamngheo.spark;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Citizen IDs held in households of two or more provinces, and persons (an ID) in two or more
 * households of the registry, voided households left out. Each province task reads its partition's
 * IDs; Spark brings each ID's holdings together across provinces (the one shuffle of the national
 * jobs), and every task writes its share of the findings, one row per household holding a
 * duplicated ID.
 */
final class DuplicatesJob {
    private DuplicatesJob() {}

    /** A household holding an ID: where it is (province, unit path). */
    record Holding(String citizenId, long householdId, long provinceId, String path) implements Serializable {}

    /** A household holding an ID that is duplicated: kind PROVINCES or HOUSEHOLDS, and by how many. */
    record Finding(String kind, Holding holding, int households, int provinces) implements Serializable {}

    static long run(JavaRDD<Province> provinces, Database db, Run run) {
        JavaRDD<Holding> holdings = provinces.mapPartitions((Iterator<Province> it) -> new Streamed(db, it));
        JavaRDD<Finding> found = find(holdings, provinces.getNumPartitions()).cache();
        long ids = found.filter(f -> f.kind().equals("HOUSEHOLDS"))
                .map(f -> f.holding().citizenId())
                .distinct()
                .count();
        found.foreachPartition((Iterator<Finding> it) -> write(db, run.id(), it));
        found.unpersist();
        return ids;
    }

    /**
     * The households of IDs held by two or more households, kind HOUSEHOLDS, and again kind
     * PROVINCES for those in two or more provinces. One row per (ID, household) whatever the number
     * of members holding it there.
     */
    static JavaRDD<Finding> find(JavaRDD<Holding> holdings, int partitions) {
        return holdings.mapToPair(h -> new Tuple2<>(h.citizenId(), h))
                .groupByKey(Math.max(1, partitions))
                .flatMap(e -> {
                    Map<Long, Holding> byHousehold = new LinkedHashMap<>();
                    Set<Long> provinceIds = new HashSet<>();
                    for (Holding h : e._2()) {
                        byHousehold.putIfAbsent(h.householdId(), h);
                        provinceIds.add(h.provinceId());
                    }
                    List<Finding> out = new ArrayList<>();
                    if (byHousehold.size() >= 2) {
                        for (Holding h : byHousehold.values()) {
                            out.add(new Finding("HOUSEHOLDS", h, byHousehold.size(), provinceIds.size()));
                            if (provinceIds.size() >= 2) {
                                out.add(new Finding("PROVINCES", h, byHousehold.size(), provinceIds.size()));
                            }
                        }
                    }
                    return out.iterator();
                });
    }

    /**
     * A partition's holdings streamed from PostgreSQL as Spark consumes them (a province of a million
     * households holds some 3.7 M IDs: a list of them would not fit an executor of a gigabyte).
     */
    static final class Streamed implements Iterator<Holding> {
        private final Database db;
        private final Iterator<Province> provinces;
        private Connection connection;
        private ResultSet rows;
        private Holding next;

        Streamed(Database db, Iterator<Province> provinces) {
            this.db = db;
            this.provinces = provinces;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (rows != null && rows.next()) {
                        next = new Holding(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getString(4));
                    } else {
                        close();
                        if (!provinces.hasNext()) {
                            return false;
                        }
                        open(provinces.next());
                    }
                }
                return true;
            } catch (SQLException e) {
                close();
                throw new IllegalStateException("reading the citizen IDs failed: " + e.getMessage(), e);
            }
        }

        @Override
        public Holding next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Holding h = next;
            next = null;
            return h;
        }

        private void open(Province province) throws SQLException {
            connection = db.open();
            PreparedStatement s = connection.prepareStatement("""
                    SELECT m.citizen_id, m.household_id, m.province_id, u.path
                    FROM household_register_citizen m
                    JOIN household_register h ON h.id = m.household_id AND h.province_id = m.province_id
                    JOIN admin_unit u ON u.id = h.unit_id
                    WHERE m.province_id = ? AND NOT h.voided
                    """);
            s.setLong(1, province.id());
            rows = s.executeQuery();
        }

        private void close() {
            if (connection != null) {
                try {
                    connection.rollback();
                    connection.close();
                } catch (SQLException e) {
                    // the read is over either way; the connection is dropped
                }
            }
            connection = null;
            rows = null;
        }
    }

    private static void write(Database db, long runId, Iterator<Finding> rows) throws SQLException {
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO national_duplicate (run_id, kind, citizen_id, household_id, province_id,"
                                + " commune_path, households, provinces) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")) {
            int pending = 0;
            while (rows.hasNext()) {
                Finding f = rows.next();
                s.setLong(1, runId);
                s.setString(2, f.kind());
                s.setString(3, f.holding().citizenId());
                s.setLong(4, f.holding().householdId());
                s.setLong(5, f.holding().provinceId());
                s.setString(6, f.holding().path());
                s.setInt(7, f.households());
                s.setInt(8, f.provinces());
                s.addBatch();
                if (++pending == 2_000) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            s.executeBatch();
            c.commit();
        }
    }
}
