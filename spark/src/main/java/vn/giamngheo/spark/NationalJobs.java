package vn.giamngheo.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Carries out the national runs the application has requested (national_run, status REQUESTED), on
 * Spark from its Maven jars, no spark-submit: {@code local[*]} by default, or a standalone cluster
 * given by {@code --master spark://host:port} (bench/spark-cluster.sh starts one). Each run is claimed
 * (REQUESTED → RUNNING) in the database, so two drivers never carry out the same run.
 *
 * <pre>
 * java $SPARK_JVM_FLAGS -cp "$(cat spark/target/classpath.txt):spark/target/classes" vn.giamngheo.spark.NationalJobs \
 *     --url jdbc:postgresql://127.0.0.1:5432/giamngheo --user postgres --password-file data/postgres.password \
 *     [--master spark://127.0.0.1:7077] [--run 12]
 * </pre>
 */
public final class NationalJobs {
    private NationalJobs() {}

    /** What one run did: its id, job, households (or IDs) counted and wall time. */
    public record Done(long runId, String job, long count, long millis) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        String password = a.containsKey("password-file")
                ? Files.readString(Path.of(a.get("password-file"))).strip()
                : System.getenv().getOrDefault("GIAMNGHEO_DB_PASSWORD", "");
        Database db = new Database(a.get("url"), a.getOrDefault("user", "postgres"), password);
        SparkSession.Builder builder = SparkSession.builder()
                .appName("giamngheo national jobs")
                .master(a.getOrDefault("master", "local[*]"))
                .config("spark.ui.enabled", "false");
        if (a.containsKey("jars")) {
            builder.config("spark.jars", a.get("jars"));
        }
        if (a.containsKey("executor-memory")) {
            builder.config("spark.executor.memory", a.get("executor-memory"));
        }
        try (SparkSession spark = builder.getOrCreate()) {
            Long only = a.containsKey("run") ? Long.valueOf(a.get("run")) : null;
            for (Done d : runPending(spark, db, only)) {
                System.out.printf("run %d %s: %d in %d ms%n", d.runId(), d.job(), d.count(), d.millis());
            }
        }
    }

    /** Claims and carries out the requested runs (only {@code only} when given), oldest first. */
    public static List<Done> runPending(SparkSession spark, Database db, Long only) throws SQLException {
        List<Done> done = new ArrayList<>();
        for (Run run : requested(db, only)) {
            if (!claim(db, run.id(), spark.sparkContext().master())) {
                continue;
            }
            long start = System.nanoTime();
            try {
                JavaRDD<Province> provinces =
                        Registry.partitions(JavaSparkContext.fromSparkContext(spark.sparkContext()), db);
                long count = switch (run.job()) {
                    case "WHAT_IF" -> WhatIfJob.run(provinces, db, run);
                    case "MPI" -> MpiJob.run(provinces, db, run);
                    default -> DuplicatesJob.run(provinces, db, run);
                };
                finish(db, run.id(), count, null);
                done.add(new Done(run.id(), run.job(), count, (System.nanoTime() - start) / 1_000_000));
            } catch (RuntimeException | SQLException e) {
                finish(db, run.id(), null, String.valueOf(e.getMessage()));
                throw e;
            }
        }
        return done;
    }

    private static List<Run> requested(Database db, Long only) throws SQLException {
        List<Run> out = new ArrayList<>();
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement(
                        "SELECT id, job, list_year, target::text, sources::text, ks, codes, weights FROM national_run"
                                + " WHERE status = 'REQUESTED' AND (CAST(? AS bigint) IS NULL OR id = ?) ORDER BY id")) {
            s.setObject(1, only);
            s.setObject(2, only);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    java.sql.Array ks = rs.getArray(6);
                    java.sql.Array codes = rs.getArray(7);
                    java.sql.Array weights = rs.getArray(8);
                    out.add(new Run(
                            rs.getLong(1),
                            rs.getString(2),
                            (Integer) rs.getObject(3),
                            rs.getString(4),
                            rs.getString(5),
                            ks == null ? List.of() : Arrays.asList((Double[]) ks.getArray()),
                            codes == null ? List.of() : Arrays.asList((String[]) codes.getArray()),
                            weights == null
                                    ? new double[0]
                                    : Arrays.stream((Double[]) weights.getArray())
                                            .mapToDouble(Double::doubleValue)
                                            .toArray()));
                }
            }
            c.commit();
        }
        return out;
    }

    private static boolean claim(Database db, long runId, String engine) throws SQLException {
        try (Connection c = db.open();
                PreparedStatement s =
                        c.prepareStatement("UPDATE national_run SET status = 'RUNNING', started_at = now(), engine = ?"
                                + " WHERE id = ? AND status = 'REQUESTED'")) {
            s.setString(1, "Apache Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + " " + engine);
            s.setLong(2, runId);
            int n = s.executeUpdate();
            c.commit();
            return n == 1;
        }
    }

    private static void finish(Database db, long runId, Long count, String failure) throws SQLException {
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE national_run SET status = ?, finished_at = now(), households = ?, failure = ?"
                                + " WHERE id = ? AND status = 'RUNNING'")) {
            s.setString(1, failure == null ? "FINISHED" : "FAILED");
            s.setObject(2, count);
            s.setString(3, failure);
            s.setLong(4, runId);
            s.executeUpdate();
            c.commit();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        if (!out.containsKey("url")) {
            throw new IllegalArgumentException("--url jdbc:postgresql://host:port/database is required");
        }
        return out;
    }
}
