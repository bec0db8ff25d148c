package vn.giamngheo.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national jobs on Spark ({@code local[2]}) against the application's own answers over the same
 * database: the application (its built jar, demo dataset) runs in its own JVM; a whole-country user
 * requests each run through its API, the jobs carry it out, and the results are compared with the
 * application's what-if and Alkire–Foster figures for every province that has households.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalJobsIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Floating-point sums taken in another order differ in the last bits only. */
    private static final double SAME = 1e-12;

    private RunningApplication app;
    private Database db;
    private SparkSession spark;
    private int year;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Path.of("target", "national-test-data"));
        db = app.database();
        spark = SparkSession.builder()
                .appName("national jobs test")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        year = queryInt("SELECT max(list_year) FROM review_lists_in_force");
    }

    @AfterAll
    void stop() throws Exception {
        if (spark != null) {
            spark.stop();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theCountryReclassifiedIsTheApplicationsWhatIfHouseholdByHousehold() throws Exception {
        long run = request("{\"job\":\"WHAT_IF\",\"year\":" + year + ",\"standard\":\"ND351_2025\"}");
        List<NationalJobs.Done> done = NationalJobs.runPending(spark, db, run);
        assertThat(done).singleElement().satisfies(d -> assertThat(d.count()).isPositive());

        List<Long> provinces =
                queryLongs("SELECT DISTINCT province_id FROM national_whatif_count WHERE run_id = " + run);
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(2);
        long comparedChanges = 0;
        for (long province : provinces) {
            JsonNode w =
                    app.get("/api/v1/what-if?unitId=" + province + "&year=" + year + "&standard=ND351_2025&limit=5000");
            Map<String, Long> fromTo = new TreeMap<>();
            w.get("fromTo")
                    .properties()
                    .forEach(e -> fromTo.put(e.getKey(), e.getValue().asLong()));
            Map<String, Long> national = new TreeMap<>();
            long derived = 0;
            try (Connection c = db.open();
                    PreparedStatement s = c.prepareStatement(
                            "SELECT from_class || '→' || to_class, sum(households), sum(derived) FROM national_whatif_count"
                                    + " WHERE run_id = ? AND province_id = ? GROUP BY 1")) {
                s.setLong(1, run);
                s.setLong(2, province);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        national.put(rs.getString(1), rs.getLong(2));
                        derived += rs.getLong(3);
                    }
                }
            }
            assertThat(national).as("province %d from → to", province).isEqualTo(fromTo);
            assertThat(derived).isEqualTo(w.get("derivedFromFacts").asLong());

            // every household the application says changes, with the same classes, reasons and warnings
            Map<Long, JsonNode> appChanged = new HashMap<>();
            w.get("changed").forEach(h -> appChanged.put(h.get("householdId").asLong(), h));
            assertThat((long) appChanged.size()).isEqualTo(w.get("changedCount").asLong());
            Map<Long, String[]> nationalChanged = new HashMap<>();
            try (Connection c = db.open();
                    PreparedStatement s = c.prepareStatement(
                            "SELECT household_id, household_code, from_class, to_class, derived::text, explanation::text"
                                    + " FROM national_whatif_change WHERE run_id = ? AND province_id = ?")) {
                s.setLong(1, run);
                s.setLong(2, province);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        nationalChanged.put(rs.getLong(1), new String[] {
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                        });
                    }
                }
            }
            assertThat(nationalChanged.keySet()).isEqualTo(appChanged.keySet());
            for (var e : appChanged.entrySet()) {
                String[] n = nationalChanged.get(e.getKey());
                JsonNode a = e.getValue();
                assertThat(n[0]).isEqualTo(a.get("code").asString());
                assertThat(n[1]).isEqualTo(a.get("from").asString());
                assertThat(n[2]).isEqualTo(a.get("to").asString());
                assertThat(Boolean.parseBoolean(n[3]))
                        .isEqualTo(a.get("derivedFromFacts").asBoolean());
                assertThat(JSON.readTree(n[4])).isEqualTo(a.get("explanation"));
                comparedChanges++;
            }
        }
        assertThat(comparedChanges).as("households compared").isPositive();
    }

    @Test
    void theCountrysAlkireFosterFiguresForAProvinceAreTheApplications() throws Exception {
        long run = request("{\"job\":\"MPI\",\"year\":" + year + ",\"standard\":\"ND07_2021\",\"k\":\"0.33,0.5\"}");
        NationalJobs.runPending(spark, db, run);
        List<String> codes = new ArrayList<>();
        app.get("/api/v1/national/runs").forEach(r -> {
            if (r.get("id").asLong() == run) {
                r.get("codes").forEach(x -> codes.add(x.asString()));
            }
        });
        assertThat(codes).hasSize(12);
        String weights = String.join(",", codes.stream().map(x -> x + ":1").toList());

        List<Long> provinces = queryLongs(
                "SELECT CAST(group_key AS bigint) FROM national_mpi_group WHERE dimension = 'PROVINCE' AND run_id = "
                        + run + " AND k = 0.33");
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(2);
        double countryN = 0;
        int communesCompared = 0;
        for (long province : provinces) {
            JsonNode results = app.get("/api/v1/analytics/mpi?unitId=" + province + "&year=" + year
                    + "&k=0.33,0.5&by=childUnit&weights=" + weights);
            assertThat(results).hasSize(2);
            for (JsonNode r : results) {
                double k = r.get("k").asDouble();
                double[] g = group(run, k, "PROVINCE", Long.toString(province));
                assertThat(g[0]).isEqualTo(r.get("n").asDouble());
                assertThat(g[1]).isEqualTo(r.get("q").asDouble());
                assertThat(g[2]).isCloseTo(r.get("H").asDouble(), within(SAME));
                assertThat(g[3]).isCloseTo(r.get("A").asDouble(), within(SAME));
                assertThat(g[4]).isCloseTo(r.get("M0").asDouble(), within(SAME));
                if (k == 0.33) {
                    countryN += g[0];
                }
                for (String code : codes) {
                    JsonNode ai = r.get("indicators").get(code);
                    double[] ni = indicator(run, k, "PROVINCE", Long.toString(province), code);
                    assertThat(ni[0]).isCloseTo(ai.get("weight").asDouble(), within(SAME));
                    assertThat(ni[1])
                            .as("uncensored %s", code)
                            .isCloseTo(ai.get("uncensored").asDouble(), within(SAME));
                    assertThat(ni[2])
                            .as("censored %s", code)
                            .isCloseTo(ai.get("censored").asDouble(), within(SAME));
                    assertThat(ni[3])
                            .as("contribution %s", code)
                            .isCloseTo(ai.get("contribution").asDouble(), within(SAME));
                }
            }
        }
        // every commune of the decomposition against the application's figures for its parent unit by child unit
        List<String> communePaths = queryStrings("SELECT DISTINCT group_path FROM national_mpi_group WHERE run_id = "
                + run + " AND dimension = 'COMMUNE'");
        Map<String, List<String>> byParent = new TreeMap<>();
        for (String path : communePaths) {
            String[] ids = path.substring(1).split("/");
            byParent.computeIfAbsent(ids[ids.length - 2], x -> new ArrayList<>())
                    .add(ids[ids.length - 1]);
        }
        for (var e : byParent.entrySet()) {
            JsonNode results = app.get("/api/v1/analytics/mpi?unitId=" + e.getKey() + "&year=" + year
                    + "&k=0.33,0.5&by=childUnit&weights=" + weights);
            for (JsonNode r : results) {
                Map<String, JsonNode> children = new HashMap<>();
                r.get("groups").forEach(g -> children.put(g.get("key").asString(), g));
                for (String commune : e.getValue()) {
                    double[] c = group(run, r.get("k").asDouble(), "COMMUNE", commune);
                    JsonNode child = children.get(commune);
                    assertThat(child)
                            .as("commune %s in the application's groups", commune)
                            .isNotNull();
                    assertThat(c[0]).isEqualTo(child.get("n").asDouble());
                    assertThat(c[2]).isCloseTo(child.get("H").asDouble(), within(SAME));
                    assertThat(c[3]).isCloseTo(child.get("A").asDouble(), within(SAME));
                    assertThat(c[4]).isCloseTo(child.get("M0").asDouble(), within(SAME));
                    communesCompared++;
                }
            }
        }
        assertThat(communesCompared).as("communes compared").isPositive();
        double[] country = group(run, 0.33, "COUNTRY", "VN");
        assertThat(country[0]).isEqualTo(countryN);
        // the decompositions partition the country: population shares add up to 1, contributions too
        for (String d : List.of("PROVINCE", "COMMUNE", "ETHNICITY", "AREA")) {
            assertThat(queryDouble("SELECT sum(share) FROM national_mpi_group WHERE run_id = " + run
                            + " AND k = 0.33 AND dimension = '" + d + "'"))
                    .isCloseTo(1.0, within(1e-9));
            assertThat(queryDouble("SELECT sum(contribution) FROM national_mpi_group WHERE run_id = " + run
                            + " AND k = 0.33 AND dimension = '" + d + "'"))
                    .isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void citizenIdsHeldInTwoProvincesOrTwoHouseholdsAreFound() throws Exception {
        // the registry holding IDs twice, as records merged from older systems do: one ID in a household
        // of each of two provinces, another in two households of one province
        List<long[]> members = new ArrayList<>();
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement("""
                        (SELECT DISTINCT ON (household_id) household_id, province_id, ord FROM household_member
                         WHERE province_id = ? ORDER BY household_id, ord LIMIT 3)
                        UNION ALL
                        (SELECT household_id, province_id, ord FROM household_member WHERE province_id = ? ORDER BY household_id LIMIT 1)
                        """)) {
            List<Long> two = queryLongs("SELECT DISTINCT province_id FROM household_member ORDER BY 1 LIMIT 2");
            s.setLong(1, two.get(0));
            s.setLong(2, two.get(1));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    members.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        assertThat(members).hasSize(4);
        assertThat(members.stream().map(m -> m[0]).distinct()).hasSize(4);
        assertThat(members.get(0)[1]).isNotEqualTo(members.get(3)[1]);
        String[] ids = {"001190000001", "001190000002", "001190000002", "001190000001"};
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE household_member SET citizen_id = ? WHERE household_id = ? AND province_id = ? AND ord = ?")) {
            for (int i = 0; i < 4; i++) {
                s.setString(1, ids[i]);
                s.setLong(2, members.get(i)[0]);
                s.setLong(3, members.get(i)[1]);
                s.setLong(4, members.get(i)[2]);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            c.commit();
        }

        long run = request("{\"job\":\"DUPLICATES\"}");
        NationalJobs.runPending(spark, db, run);

        JsonNode found = app.get("/api/v1/national/duplicates?kind=PROVINCES");
        assertThat(found.get("counts").get("inTwoProvinces").asLong()).isEqualTo(1);
        assertThat(found.get("counts").get("inTwoHouseholds").asLong()).isEqualTo(2);
        assertThat(found.get("households")).hasSize(2).allSatisfy(h -> {
            assertThat(h.get("citizenId").asString()).isEqualTo("001190000001");
            assertThat(h.get("provinces").asInt()).isEqualTo(2);
        });
        List<Long> holders = new ArrayList<>();
        found.get("households").forEach(h -> holders.add(h.get("householdId").asLong()));
        assertThat(holders).containsExactlyInAnyOrder(members.get(0)[0], members.get(3)[0]);
        JsonNode twice = app.get("/api/v1/national/duplicates?kind=HOUSEHOLDS");
        List<String> heldTwice = new ArrayList<>();
        twice.get("households").forEach(h -> heldTwice.add(h.get("citizenId").asString()));
        assertThat(heldTwice.stream().filter("001190000001"::equals)).hasSize(2);
        assertThat(heldTwice.stream().filter("001190000002"::equals)).hasSize(2);
    }

    private long request(String json) throws Exception {
        return app.post("/api/v1/national/runs", json).get("id").asLong();
    }

    /** n, q, H, A, M0 of a group, or null when the run has no such group. */
    private double[] group(long run, double k, String dimension, String key) throws Exception {
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement("SELECT n, q, h, a, m0 FROM national_mpi_group"
                        + " WHERE run_id = ? AND k = ? AND dimension = ? AND group_key = ?")) {
            s.setLong(1, run);
            s.setDouble(2, k);
            s.setString(3, dimension);
            s.setString(4, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? new double[] {
                            rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)
                        }
                        : null;
            }
        }
    }

    private double[] indicator(long run, double k, String dimension, String key, String code) throws Exception {
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement("SELECT weight, uncensored, censored, contribution"
                        + " FROM national_mpi_indicator WHERE run_id = ? AND k = ? AND dimension = ? AND group_key = ?"
                        + " AND indicator = ?")) {
            s.setLong(1, run);
            s.setDouble(2, k);
            s.setString(3, dimension);
            s.setString(4, key);
            s.setString(5, code);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("%s %s %s", dimension, key, code).isTrue();
                return new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
            }
        }
    }

    private List<Long> queryLongs(String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private List<String> queryStrings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private int queryInt(String sql) throws Exception {
        return queryLongs(sql).get(0).intValue();
    }

    private double queryDouble(String sql) throws Exception {
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
