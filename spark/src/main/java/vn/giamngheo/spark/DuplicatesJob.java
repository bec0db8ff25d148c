package vn.giamngheo.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Citizen IDs held in households of two or more provinces, and persons (an ID) in two or more
 * households of the registry, voided households left out. Each province task reads its partition's
 * IDs; Spark groups them by ID across provinces (the one shuffle of the national jobs), and every
 * task writes its share of the findings, one row per household holding a duplicated ID.
 */
final class DuplicatesJob {
    static final StructType HOLDINGS = new StructType()
            .add("citizen_id", DataTypes.StringType, false)
            .add("household_id", DataTypes.LongType, false)
            .add("province_id", DataTypes.LongType, false)
            .add("commune_path", DataTypes.StringType, false);

    private DuplicatesJob() {}

    static long run(SparkSession spark, JavaRDD<Province> provinces, Database db, Run run) {
        JavaRDD<Row> rows = provinces.mapPartitions((Iterator<Province> it) -> {
            List<Row> out = new ArrayList<>();
            while (it.hasNext()) {
                out.addAll(holdings(db, it.next()));
            }
            return out.iterator();
        });
        Dataset<Row> found = find(spark.createDataFrame(rows, HOLDINGS)).cache();
        long ids = found.select("citizen_id").distinct().count();
        found.foreachPartition((Iterator<Row> it) -> write(db, run.id(), it));
        found.unpersist();
        return ids;
    }

    /**
     * From (citizen_id, household_id, province_id, commune_path): the rows of IDs in two or more
     * households, kind HOUSEHOLDS, and again kind PROVINCES for those in two or more provinces, with
     * the number of households and provinces holding the ID.
     */
    static Dataset<Row> find(Dataset<Row> holdings) {
        Dataset<Row> distinct = holdings.dropDuplicates("citizen_id", "household_id");
        Dataset<Row> perId = distinct.groupBy("citizen_id")
                .agg(
                        countDistinct("household_id").alias("households"),
                        countDistinct("province_id").alias("provinces"))
                .where(col("households").geq(2));
        Dataset<Row> held = distinct.join(perId, "citizen_id");
        Dataset<Row> households = held.withColumn("kind", lit("HOUSEHOLDS"));
        Dataset<Row> provinces = held.where(col("provinces").geq(2)).withColumn("kind", lit("PROVINCES"));
        return households
                .unionByName(provinces)
                .select("kind", "citizen_id", "household_id", "province_id", "commune_path", "households", "provinces");
    }

    private static List<Row> holdings(Database db, Province province) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement(
                        """
                        SELECT m.citizen_id, m.household_id, m.province_id, u.path
                        FROM household_register_citizen m
                        JOIN household_register h ON h.id = m.household_id AND h.province_id = m.province_id
                        JOIN admin_unit u ON u.id = h.unit_id
                        WHERE m.province_id = ? AND NOT h.voided
                        """)) {
            s.setLong(1, province.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(RowFactory.create(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }
            }
            c.commit();
        }
        return out;
    }

    private static void write(Database db, long runId, Iterator<Row> rows) throws SQLException {
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO national_duplicate (run_id, kind, citizen_id, household_id, province_id,"
                                + " commune_path, households, provinces) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")) {
            int pending = 0;
            while (rows.hasNext()) {
                Row r = rows.next();
                s.setLong(1, runId);
                s.setString(2, r.getString(0));
                s.setString(3, r.getString(1));
                s.setLong(4, r.getLong(2));
                s.setLong(5, r.getLong(3));
                s.setString(6, r.getString(4));
                s.setInt(7, (int) r.getLong(5));
                s.setInt(8, (int) r.getLong(6));
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
