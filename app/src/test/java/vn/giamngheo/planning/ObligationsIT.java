package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;

/**
 * Reporting obligations of the seed plans saved on districts of the tests' own: generation, status
 * on a day, submissions, completeness.
 */
class ObligationsIT extends PlanTestBase {
    @LocalServerPort
    int port;

    @Autowired
    Obligations obligations;

    @Autowired
    Plans plans;

    @Autowired
    Clock clock;

    static final String SEED_004 = "004_33768970df9aca94.txt";

    /** A district with {@code communes} communes that saved seed 004, which asks each commune for three reports. */
    PlanFixtures.Place withSeed004(int communes) {
        PlanFixtures.Place place = newPlace(communes);
        PlanFixtures.saveSeed(plans, place.district(), SEED_004);
        return place;
    }

    List<ObligationView> ofPlan(Completeness c, long planId) {
        return c.obligations().stream().filter(o -> o.planId() == planId).toList();
    }

    @Test
    void seed004OwesTheListAndTheSixMonthAndAnnualReportsOfEveryCommuneOfTheDistrict() {
        PlanFixtures.Place place = newPlace(3);
        AdminUnit thoXuan = place.district();
        long plan = PlanFixtures.saveSeed(plans, thoXuan, SEED_004).plan().id();
        Completeness march =
                obligations.completeness(PlanFixtures.SYSTEM, thoXuan.id(), 2024, LocalDate.of(2024, 3, 1));
        List<ObligationView> owed = ofPlan(march, plan);
        assertThat(owed).hasSize(9);
        assertThat(owed.stream().filter(o -> o.due().equals(LocalDate.of(2024, 3, 20))))
                .hasSize(3);
        assertThat(owed.stream()
                        .filter(o -> o.due().equals(LocalDate.of(2024, 6, 20)) && "SIX_MONTHS".equals(o.periodKey())))
                .hasSize(3);
        assertThat(owed.stream()
                        .filter(o -> o.due().equals(LocalDate.of(2024, 10, 30)) && "YEAR".equals(o.periodKey())))
                .hasSize(3);
        assertThat(owed).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(ObligationStatus.PENDING);
            assertThat(o.dueAssumed()).isFalse();
            assertThat(o.reporterAgencyId())
                    .as("the commune's People's Committee")
                    .isNotNull();
        });
        assertThat(owed.stream().map(ObligationView::reporterUnitId).distinct())
                .containsExactlyInAnyOrderElementsOf(
                        place.communes().stream().map(AdminUnit::id).toList());

        Completeness june =
                obligations.completeness(PlanFixtures.SYSTEM, thoXuan.id(), 2024, LocalDate.of(2024, 6, 25));
        Map<ObligationStatus, Long> counts = ofPlan(june, plan).stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        ObligationView::status, java.util.stream.Collectors.counting()));
        assertThat(counts).containsEntry(ObligationStatus.MISSING, 6L).containsEntry(ObligationStatus.PENDING, 3L);
    }

    @Test
    void aCommuneSubmitsItsOwnReportLateAndCannotSubmitForAnother() {
        Http http = new Http(port);
        PlanFixtures.Place place = withSeed004(2);
        AdminUnit xuanBai = place.commune(1);
        AdminUnit thoLam = place.commune(2);
        String xuanbai = officialOf(xuanBai);
        JsonNode mine = http.get("/api/v1/reporting-obligations?unitId=" + xuanBai.id() + "&year=2024", xuanbai)
                .json();
        JsonNode counts = mine.get("counts");
        assertThat(counts.get("MISSING").asInt()
                        + counts.get("LATE").asInt()
                        + counts.get("ON_TIME").asInt())
                .as("the list by 20/3, the 6-month report by 20/6 and the annual one by 30/10, all past")
                .isEqualTo(3);
        JsonNode missing = null;
        for (JsonNode o : mine.get("obligations")) {
            if (o.get("status").asString().equals("MISSING")) {
                missing = o;
            }
        }
        assertThat(missing).as("a report the commune has not sent").isNotNull();
        Http.Response sent = http.postJson(
                "/api/v1/reporting-obligations/" + missing.get("id").asLong() + "/submissions",
                xuanbai,
                "{\"figures\":{\"poorHouseholds\":41,\"escaped\":6},\"note\":\"Báo cáo\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("status").asString()).isEqualTo("LATE");
        JsonNode after = http.get("/api/v1/reporting-obligations?unitId=" + xuanBai.id() + "&year=2024", xuanbai)
                .json();
        assertThat(after.get("counts").get("LATE").asInt())
                .isEqualTo(counts.get("LATE").asInt() + 1);
        assertThat(after.get("counts").get("MISSING").asInt())
                .isEqualTo(counts.get("MISSING").asInt() - 1);
        assertThat(after.get("byUnit")).hasSize(1);
        assertThat(after.get("byUnit").get(0).get("unitName").asString()).isEqualTo("Xã " + xuanBai.name());

        JsonNode theirs = http.get("/api/v1/reporting-obligations?unitId=" + thoLam.id() + "&year=2024", admin())
                .json();
        long theirsId = theirs.get("obligations").get(0).get("id").asLong();
        assertThat(http.postJson(
                                "/api/v1/reporting-obligations/" + theirsId + "/submissions",
                                xuanbai,
                                "{\"figures\":{\"x\":1}}")
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/reporting-obligations?unitId=" + thoLam.id() + "&year=2024", xuanbai)
                        .json()
                        .get("obligations"))
                .as("another commune's reports are outside the official's jurisdiction")
                .isEmpty();
        Http.Response empty = http.postJson(
                "/api/v1/reporting-obligations/" + missing.get("id").asLong() + "/submissions", xuanbai, "{}");
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void everyAgencyOfTheDistrictReportsBeforeTheFifthOfNovemberAndASubmissionBeforeTheDueDayIsOnTime() {
        Http http = new Http(port);
        AdminUnit konRay = newDistrict();
        // seed 000 asks every agency of the district for a report by 5 November
        long plan = PlanFixtures.saveSeed(plans, konRay, "000_7dc579e07c37fe6b.txt")
                .plan()
                .id();
        long agenciesThatReport = agencies.ofUnit(konRay.id()).stream()
                .filter(a -> ObligationReporters.AGENCY_KINDS.contains(a.kind()))
                .filter(a -> !a.name().equals("Phòng Lao động - Thương binh và Xã hội"))
                .count();
        Completeness y2022 =
                obligations.completeness(PlanFixtures.SYSTEM, konRay.id(), 2022, LocalDate.of(2022, 11, 1));
        List<ObligationView> owed = ofPlan(y2022, plan);
        assertThat(owed.stream().filter(o -> o.due().equals(LocalDate.of(2022, 11, 5))))
                .hasSize((int) agenciesThatReport);
        assertThat(owed.stream().filter(o -> o.due().equals(LocalDate.of(2022, 11, 20))))
                .singleElement()
                .satisfies(o -> assertThat(o.reporterName()).isEqualTo("Phòng Lao động - Thương binh và Xã hội"));
        assertThat(y2022.byUnit()).hasSize((int) agenciesThatReport + 1);

        int next = Obligations.today(clock).getYear() + 1;
        Http.Response generated = http.postJson("/api/v1/plans/" + plan + "/obligations?year=" + next, admin(), "");
        assertThat(generated.status()).as(generated.body()).isEqualTo(200);
        JsonNode nextYear = http.get("/api/v1/plans/" + plan + "/obligations?year=" + next, admin())
                .json();
        long id = nextYear.get(0).get("id").asLong();
        assertThat(nextYear.get(0).get("status").asString()).isEqualTo("PENDING");
        Http.Response sent = http.postJson(
                "/api/v1/reporting-obligations/" + id + "/submissions",
                admin(),
                "{\"figures\":[{\"indicator\":\"poor\",\"value\":12}]}");
        assertThat(sent.json().get("status").asString()).isEqualTo("ON_TIME");
        assertThat(http.postJson("/api/v1/plans/" + plan + "/obligations?year=" + next, admin(), "")
                        .json()
                        .get("created")
                        .asInt())
                .as("generating again adds nothing")
                .isZero();
    }
}
