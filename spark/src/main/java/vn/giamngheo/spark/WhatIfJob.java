package vn.giamngheo.spark;

import java.io.Serializable;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.Explanation;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.Reclassification;
import vn.giamngheo.standard.StandardJson;

/**
 * The country re-classified under a chosen standard: every household of the lists in force for the
 * run's year, from the survey input its review recorded, with the application's own rule
 * ({@link Reclassification}, the code the what-if page runs). One task per province: it reads its
 * partition, classifies, writes the households whose class changes and returns its communes' counts
 * from → to, which the driver writes. Writes are keyed by (run, household), so a task that Spark
 * retries writes nothing twice.
 */
final class WhatIfJob {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 2_000;

    private WhatIfJob() {}

    /** Households of one commune from one class to another; {@code derived}: of those, ticks set aside. */
    record Count(
            long provinceId, long communeId, String communePath, String from, String to, long households, long derived)
            implements Serializable {}

    static long run(JavaRDD<Province> provinces, Database db, Run run) throws SQLException {
        List<Count> counts = provinces
                .mapPartitions((Iterator<Province> it) -> {
                    List<Count> out = new ArrayList<>();
                    while (it.hasNext()) {
                        out.addAll(province(db, run, it.next()));
                    }
                    return out.iterator();
                })
                .collect();
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO national_whatif_count (run_id, province_id, commune_id, commune_path, from_class,"
                                + " to_class, households, derived) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Count n : counts) {
                s.setLong(1, run.id());
                s.setLong(2, n.provinceId());
                s.setLong(3, n.communeId());
                s.setString(4, n.communePath());
                s.setString(5, n.from());
                s.setString(6, n.to());
                s.setLong(7, n.households());
                s.setLong(8, n.derived());
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        }
        return counts.stream().mapToLong(Count::households).sum();
    }

    /** One province: read, classify, write the changes, count. */
    static List<Count> province(Database db, Run run, Province province) throws SQLException {
        PovertyStandard target = StandardJson.readOne(run.targetJson());
        Map<String, Boolean> coverage = coverage(run.sourcesJson(), target);
        Map<String, long[]> tally = new HashMap<>();
        Map<String, Object[]> keys = new HashMap<>();
        try (Connection c = db.open();
                PreparedStatement read = c.prepareStatement("""
                        WITH latest AS (
                            SELECT f.campaign_id AS id, u.id AS commune_id, u.path, f.standard_id
                            FROM review_in_force(CAST(? AS int[])) f JOIN admin_unit u ON u.id = f.unit_id
                            WHERE u.path LIKE ?)
                        SELECT r.household_id, r.household_code, l.commune_id, l.path, r.input::text, r.household_class,
                               l.standard_id
                        FROM latest l JOIN review_rows r ON r.campaign_id = l.id
                        JOIN household_register h ON h.id = r.household_id
                        WHERE r.input IS NOT NULL
                        """);
                PreparedStatement write = c.prepareStatement(
                        "INSERT INTO national_whatif_change (run_id, household_id, province_id, commune_id,"
                                + " commune_path, household_code, from_class, to_class, derived, explanation)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT DO NOTHING")) {
            Array years = c.createArrayOf("int4", new Object[] {run.listYear()});
            read.setArray(1, years);
            read.setString(2, province.path() + "%");
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    HouseholdInput input = ExchangeFormat.parse(rs.getString(5));
                    String source = rs.getString(7);
                    boolean covered =
                            input.deprivations() == null || coverage.getOrDefault(source, source.equals(target.id()));
                    Reclassification.Outcome outcome = Reclassification.classify(input, covered, target);
                    Classification cls = outcome.classification();
                    String from = rs.getString(6) == null ? "NONE" : rs.getString(6);
                    String to = cls.householdClass().name();
                    long communeId = rs.getLong(3);
                    String path = rs.getString(4);
                    String key = communeId + "\t" + from + "\t" + to;
                    long[] t = tally.computeIfAbsent(key, k -> new long[2]);
                    keys.putIfAbsent(key, new Object[] {communeId, path, from, to});
                    t[0]++;
                    if (outcome.derivedFromFacts()) {
                        t[1]++;
                    }
                    if (!from.equals(to)) {
                        write.setLong(1, run.id());
                        write.setLong(2, rs.getLong(1));
                        write.setLong(3, province.id());
                        write.setLong(4, communeId);
                        write.setString(5, path);
                        write.setString(6, rs.getString(2));
                        write.setString(7, from);
                        write.setString(8, to);
                        write.setBoolean(9, outcome.derivedFromFacts());
                        write.setString(10, Explanation.of(cls).toJson());
                        write.addBatch();
                        if (++pending == BATCH) {
                            write.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
            c.commit();
        }
        List<Count> out = new ArrayList<>();
        tally.forEach((key, t) -> {
            Object[] k = keys.get(key);
            out.add(new Count(province.id(), (Long) k[0], (String) k[1], (String) k[2], (String) k[3], t[0], t[1]));
        });
        return out;
    }

    /** Per source standard id: whether it has every indicator the target uses. */
    private static Map<String, Boolean> coverage(String sourcesJson, PovertyStandard target) {
        Map<String, Boolean> out = new HashMap<>();
        JsonNode sources = JSON.readTree(sourcesJson);
        for (var e : sources.properties()) {
            PovertyStandard source = StandardJson.readOne(e.getValue().toString());
            out.put(e.getKey(), Reclassification.covers(source, target));
        }
        return out;
    }
}
