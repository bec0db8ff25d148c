package vn.giamngheo.spark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Reads the registry one province partition per Spark task (docs/decisions/1803): the household and
 * review tables are partitioned by province, so each task's statements, restricted to its province's
 * path, read one partition of each; the tasks run in parallel on the workers, each with its own
 * connection, and nothing is exported first.
 */
final class Registry {
    private Registry() {}

    /** The provinces (roots of the hierarchy, retired ones too: their households may still be listed). */
    static List<Province> provinces(Database db) throws SQLException {
        try (Connection c = db.open();
                PreparedStatement s =
                        c.prepareStatement("SELECT id, path FROM admin_unit WHERE parent_id IS NULL ORDER BY id");
                ResultSet rs = s.executeQuery()) {
            List<Province> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Province(rs.getLong(1), rs.getString(2)));
            }
            return out;
        }
    }

    /** One Spark partition per province. */
    static JavaRDD<Province> partitions(JavaSparkContext sc, Database db) throws SQLException {
        List<Province> provinces = provinces(db);
        return sc.parallelize(provinces, Math.max(1, provinces.size()));
    }
}
