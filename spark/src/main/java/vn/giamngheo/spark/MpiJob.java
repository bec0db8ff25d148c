package vn.giamngheo.spark;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;
import vn.giamngheo.reporting.AlkireFoster;
import vn.giamngheo.reporting.CellSql;

/**
 * Alkire–Foster for the country, decomposed by province, commune, ethnicity and area, computed by the
 * application's own {@link AlkireFoster} on the same population as its Alkire–Foster page (the
 * households of the lists in force for the year with their deprivations, class determined). Each
 * province task lets PostgreSQL group its partition's households by deprivation profile and
 * subgroup (at most 2^d profiles a subgroup, as the page does); Spark sums the profiles per
 * subgroup across provinces and computes each subgroup's measures where it lands; the driver adds
 * each subgroup's contribution to the country's M0 and writes them.
 */
final class MpiJob {
    static final List<String> DIMENSIONS = List.of("COUNTRY", "PROVINCE", "COMMUNE", "ETHNICITY", "AREA");
    private static final String COUNTRY = "VN";

    private MpiJob() {}

    /** Households (and persons) with one profile in one commune, area and head's ethnicity. */
    record Profile(
            long provinceId,
            String provincePath,
            long communeId,
            String communePath,
            String area,
            String ethnicity,
            int mask,
            long households,
            long persons)
            implements Serializable {}

    /**
     * The measures of one population (the country or a subgroup) at one k, as {@link AlkireFoster}
     * gives them; per indicator (in the run's order) its weight, uncensored and censored headcount
     * ratios and contribution to this population's M0.
     */
    record Measured(
            double k,
            String dimension,
            String group,
            String path,
            double n,
            double q,
            double h,
            double a,
            double m0,
            double[][] indicators)
            implements Serializable {

        static Measured of(double k, String dimension, String group, String path, AlkireFoster.Result r) {
            double[][] ind = new double[r.indicators().size()][];
            int j = 0;
            for (AlkireFoster.IndicatorResult ir : r.indicators().values()) {
                ind[j++] = new double[] {ir.weight(), ir.uncensored(), ir.censored(), ir.contribution()};
            }
            return new Measured(k, dimension, group, path, r.n(), r.q(), r.headcount(), r.intensity(), r.m0(), ind);
        }
    }

    static long run(JavaRDD<Province> provinces, Database db, Run run) throws SQLException {
        JavaRDD<Profile> profiles = provinces.mapPartitions((Iterator<Province> it) -> {
            List<Profile> out = new ArrayList<>();
            while (it.hasNext()) {
                out.addAll(profiles(db, run, it.next()));
            }
            return out.iterator();
        });
        List<Measured> measured = measure(profiles, run);
        write(db, run, measured);
        return measured.stream()
                .filter(m -> m.dimension().equals("COUNTRY"))
                .mapToLong(m -> Math.round(m.n()))
                .findFirst()
                .orElse(0);
    }

    /**
     * Sums the profiles per subgroup and computes each subgroup's measures with {@link
     * AlkireFoster#compute}. Households are the unit of analysis, as on the application's page.
     */
    static List<Measured> measure(JavaRDD<Profile> profiles, Run run) {
        List<String> codes = run.codes();
        double[] weights = run.weights();
        List<Double> ks = run.ks();
        JavaPairRDD<Tuple2<String, String>, Tuple2<Integer, Long>> keyed = profiles.flatMapToPair(p -> {
            List<Tuple2<Tuple2<String, String>, Tuple2<Integer, Long>>> out = new ArrayList<>();
            for (String d : DIMENSIONS) {
                String group = switch (d) {
                    case "COUNTRY" -> COUNTRY + "\t";
                    case "PROVINCE" -> p.provinceId() + "\t" + p.provincePath();
                    case "COMMUNE" -> p.communeId() + "\t" + p.communePath();
                    case "ETHNICITY" -> p.ethnicity() + "\t";
                    default -> p.area() + "\t";
                };
                out.add(new Tuple2<>(new Tuple2<>(d, group), new Tuple2<>(p.mask(), p.households())));
            }
            return out.iterator();
        });
        return keyed.groupByKey()
                .flatMap(e -> {
                    Map<Integer, Long> byMask = new HashMap<>();
                    for (Tuple2<Integer, Long> t : e._2()) {
                        byMask.merge(t._1(), t._2(), Long::sum);
                    }
                    List<AlkireFoster.Observation> obs = new ArrayList<>();
                    byMask.forEach((mask, households) -> {
                        boolean[] deprived = new boolean[codes.size()];
                        for (int j = 0; j < deprived.length; j++) {
                            deprived[j] = (mask & (1 << j)) != 0;
                        }
                        obs.add(new AlkireFoster.Observation(deprived, households, null));
                    });
                    String[] group = e._1()._2().split("\t", -1);
                    List<Measured> out = new ArrayList<>();
                    for (double k : ks) {
                        out.add(Measured.of(
                                k,
                                e._1()._1(),
                                group[0],
                                group[1].isEmpty() ? null : group[1],
                                AlkireFoster.compute(codes, weights, k, obs)));
                    }
                    return out.iterator();
                })
                .collect();
    }

    /**
     * One province's profiles, grouped by PostgreSQL in its partition: the population and subgroup
     * expressions of the application's Alkire–Foster (the head's ethnicity is its own expression).
     */
    static List<Profile> profiles(Database db, Run run, Province province) throws SQLException {
        List<Profile> out = new ArrayList<>();
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement("""
                        WITH communes AS (
                            SELECT DISTINCT f.unit_id FROM review_lists_in_force f JOIN admin_unit cu ON cu.id = f.unit_id
                            WHERE f.list_year <= ? AND cu.path LIKE ?),
                        hh AS (
                            SELECT f.unit_id, f.household_id, f.household_class AS cls, f.persons, f.deprivations, f.row_id
                            FROM review_households_in_force(ARRAY(SELECT unit_id FROM communes), CAST(? AS int[])) f),
                        pop AS (
                            SELECT hh.household_id, hh.unit_id AS commune_id, hh.cls, hh.persons, hh.deprivations, rr.input
                            FROM hh LEFT JOIN review_rows rr ON rr.row_id = hh.row_id
                            WHERE hh.deprivations IS NOT NULL AND hh.cls <> 'UNDETERMINED')
                        SELECT m.mask, p.commune_id, cu.path, coalesce(p.input->>'area', h.area),
                               %s,
                               count(*), coalesce(sum(p.persons), 0)
                        FROM pop p JOIN household_register h ON h.id = p.household_id JOIN admin_unit cu ON cu.id = p.commune_id
                        CROSS JOIN LATERAL (SELECT coalesce(sum(1 << (array_position(CAST(? AS text[]), x) - 1)), 0)::int AS mask
                                            FROM unnest(p.deprivations) x WHERE x = ANY (CAST(? AS text[]))) m
                        GROUP BY 1, 2, 3, 4, 5
                        """.formatted(CellSql.headEthnicity("p")))) {
            s.setInt(1, run.listYear());
            s.setString(2, province.path() + "%");
            s.setArray(3, c.createArrayOf("int4", new Object[] {run.listYear()}));
            s.setArray(4, c.createArrayOf("text", run.codes().toArray()));
            s.setArray(5, c.createArrayOf("text", run.codes().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Profile(
                            province.id(),
                            province.path(),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(1),
                            rs.getLong(6),
                            rs.getLong(7)));
                }
            }
            c.commit();
        }
        return out;
    }

    private static void write(Database db, Run run, List<Measured> measured) throws SQLException {
        Map<Double, Double> countryM0 = new HashMap<>();
        Map<Double, Double> countryN = new HashMap<>();
        for (Measured m : measured) {
            if (m.dimension().equals("COUNTRY")) {
                countryM0.put(m.k(), m.m0());
                countryN.put(m.k(), m.n());
            }
        }
        try (Connection c = db.open();
                PreparedStatement g = c.prepareStatement(
                        "INSERT INTO national_mpi_group (run_id, k, dimension, group_key, group_path, n, q, h, a, m0,"
                                + " share, contribution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
                PreparedStatement ind = c.prepareStatement(
                        "INSERT INTO national_mpi_indicator (run_id, k, dimension, group_key, indicator, weight,"
                                + " uncensored, censored, contribution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")) {
            for (Measured m : measured) {
                double total = countryN.getOrDefault(m.k(), 0.0);
                double m0 = countryM0.getOrDefault(m.k(), 0.0);
                // the same formulas as AlkireFoster's subgroups: population share, and share × M0_g / M0
                double share = total == 0 ? 0 : m.n() / total;
                g.setLong(1, run.id());
                g.setDouble(2, m.k());
                g.setString(3, m.dimension());
                g.setString(4, m.group());
                g.setString(5, m.path());
                g.setDouble(6, m.n());
                g.setDouble(7, m.q());
                g.setDouble(8, m.h());
                g.setDouble(9, m.a());
                g.setDouble(10, m.m0());
                g.setDouble(11, share);
                g.setDouble(12, m0 == 0 ? 0 : share * m.m0() / m0);
                g.addBatch();
                for (int j = 0; j < m.indicators().length; j++) {
                    double[] ir = m.indicators()[j];
                    ind.setLong(1, run.id());
                    ind.setDouble(2, m.k());
                    ind.setString(3, m.dimension());
                    ind.setString(4, m.group());
                    ind.setString(5, run.codes().get(j));
                    ind.setDouble(6, ir[0]);
                    ind.setDouble(7, ir[1]);
                    ind.setDouble(8, ir[2]);
                    ind.setDouble(9, ir[3]);
                    ind.addBatch();
                }
            }
            g.executeBatch();
            ind.executeBatch();
            c.commit();
        }
    }
}
