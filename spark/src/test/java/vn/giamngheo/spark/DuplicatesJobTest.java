package vn.giamngheo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The grouping of the duplicate check on Spark {@code local[2]}, on holdings given in memory. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicatesJobTest {
    private SparkSession spark;

    @BeforeAll
    void start() {
        spark = SparkSession.builder()
                .appName("duplicates test")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void anIdInTwoProvincesIsBothKindsAnIdInTwoHouseholdsOfOneProvinceOnlyTheSecond() {
        List<DuplicatesJob.Holding> holdings = List.of(
                new DuplicatesJob.Holding("001", 10, 1, "/1/2/"),
                new DuplicatesJob.Holding("001", 20, 35, "/35/36/"),
                new DuplicatesJob.Holding("002", 11, 1, "/1/2/"),
                new DuplicatesJob.Holding("002", 12, 1, "/1/3/"),
                // two members of one household with one ID (a data-entry slip): not two households
                new DuplicatesJob.Holding("003", 13, 1, "/1/2/"),
                new DuplicatesJob.Holding("003", 13, 1, "/1/2/"),
                new DuplicatesJob.Holding("004", 14, 1, "/1/2/"));
        List<DuplicatesJob.Finding> found = DuplicatesJob.find(
                        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(holdings, 3), 2)
                .collect();

        assertThat(found)
                .extracting(f -> f.kind() + " " + f.holding().citizenId() + " "
                        + f.holding().householdId() + " " + f.households() + "/" + f.provinces())
                .containsExactlyInAnyOrder(
                        "HOUSEHOLDS 001 10 2/2",
                        "HOUSEHOLDS 001 20 2/2",
                        "PROVINCES 001 10 2/2",
                        "PROVINCES 001 20 2/2",
                        "HOUSEHOLDS 002 11 2/1",
                        "HOUSEHOLDS 002 12 2/1");
    }
}
