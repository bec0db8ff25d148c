package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.Reviews;

/**
 * An Alkire–Foster example worked by hand (docs/domain/poverty-standards.md §6), through the API: four
 * households of a baseline campaign, NĐ 07/2021's twelve indicators with equal weights 1/12.
 *
 * <pre>
 * household  persons  deprived in                                   c_i    poor at k=0.25  k=0.33
 * H1         4        EMPLOYMENT, NUTRITION, WATER, SANITATION      4/12   yes             yes
 * H2         2        HEALTH_INSURANCE, HOUSING_AREA, WATER         3/12   yes             no
 * H3         3        WATER                                         1/12   no              no
 * H4         1        —                                             0      no              no
 * </pre>
 *
 * Households, k = 0.25: n = 4, q = 2, H = 1/2, A = (4/12 + 3/12)/2 = 7/24, M0 = 7/48; WATER: h = 3/4,
 * h(k) = 1/2, contribution (1/12 · 1/2)/(7/48) = 2/7. Persons, k = 0.25: n = 10, q = 6, H = 0.6,
 * A = (4·4/12 + 2·3/12)/6 = 11/36, M0 = 11/60. k = 0.33: q = 1, H = 1/4, A = 1/3, M0 = 1/12.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MpiApiIT extends ReportingAccounts {
    @Autowired
    AdminUnits units;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewImport imports;

    @Autowired
    ReviewProcedure procedure;

    @LocalServerPort
    int port;

    Http http;
    AdminUnit commune;
    ReviewCampaign campaign;

    @BeforeAll
    void load() {
        http = new Http(port);
        ReviewFixture f = new ReviewFixture(units, reviews, imports, procedure);
        String tag = ReviewFixture.tag();
        AdminUnit province = f.unit(null, tag, "Phân Tích " + tag, "Tỉnh", "PROVINCE");
        commune = f.commune(province.id(), tag + "-c", "Mẫu", 1);
        String p = tag + "-h";
        List<ObjectNode> lines = List.of(
                household(p + "1", "POOR", 4, "EMPLOYMENT", "NUTRITION", "WATER", "SANITATION"),
                household(p + "2", "POOR", 2, "HEALTH_INSURANCE", "HOUSING_AREA", "WATER"),
                household(p + "3", "NEAR_POOR", 3, "WATER"),
                household(p + "4", "NEAR_POOR", 1));
        campaign = f.baseline(commune.id(), 2024, lines, null);
    }

    static ObjectNode household(String ref, String cls, int persons, String... deprived) {
        ObjectNode h = ReviewFixture.JSON.createObjectNode();
        h.put("ref", ref);
        h.put("area", "RURAL");
        h.put("incomePerCapita", 1_000_000);
        ArrayNode d = h.putArray("deprivations");
        for (String code : deprived) {
            d.add(code);
        }
        ArrayNode members = h.putArray("members");
        for (int i = 0; i < persons; i++) {
            ObjectNode m = members.addObject();
            m.put("name", i == 0 ? "Vương Chủ Hộ " + ref : "Vương Người " + i);
            m.put("age", i == 0 ? 45 : 20 + i);
            m.put("sex", i == 0 ? "F" : "M");
            m.put("relation", i == 0 ? "HEAD" : "CHILD");
            m.put("ethnicity", "Mường");
        }
        h.put("recognizedClass", cls);
        return h;
    }

    private JsonNode get(String query) {
        Http.Response r = http.get("/api/v1/analytics/mpi?" + query, admin());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void householdsAsTheUnitOfAnalysisMatchTheHandComputation() {
        JsonNode r = get("unitId=" + commune.id() + "&year=2025&k=0.25");
        assertThat(r.get("n").asDouble()).isEqualTo(4);
        assertThat(r.get("q").asDouble()).isEqualTo(2);
        assertThat(r.get("H").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(r.get("A").asDouble()).isCloseTo(7.0 / 24, within(1e-9));
        assertThat(r.get("M0").asDouble()).isCloseTo(7.0 / 48, within(1e-9));
        JsonNode water = r.get("indicators").get("WATER");
        assertThat(water.get("weight").asDouble()).isCloseTo(1.0 / 12, within(1e-9));
        assertThat(water.get("uncensored").asDouble()).isCloseTo(0.75, within(1e-9));
        assertThat(water.get("censored").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(water.get("contribution").asDouble()).isCloseTo(2.0 / 7, within(1e-9));
        double sum = 0;
        for (JsonNode i : r.get("indicators")) {
            sum += i.get("contribution").asDouble();
        }
        assertThat(sum).isCloseTo(1, within(1e-9));
        assertThat(r.get("provisional").asBoolean()).isFalse();
    }

    @Test
    void personsAndSeveralCutOffsAtOnce() {
        JsonNode r = get("unitId=" + commune.id() + "&year=2025&k=0.25,0.33&unit=PERSON");
        assertThat(r.isArray()).isTrue();
        assertThat(r.get(0).get("n").asDouble()).isEqualTo(10);
        assertThat(r.get(0).get("q").asDouble()).isEqualTo(6);
        assertThat(r.get(0).get("A").asDouble()).isCloseTo(11.0 / 36, within(1e-9));
        assertThat(r.get(0).get("M0").asDouble()).isCloseTo(11.0 / 60, within(1e-9));
        JsonNode k33 = get("unitId=" + commune.id() + "&year=2025&k=0.33");
        assertThat(k33.get("H").asDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(k33.get("A").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(k33.get("M0").asDouble()).isCloseTo(1.0 / 12, within(1e-9));
    }

    @Test
    void oneCampaignByReviewIdAndSubgroupsByClass() {
        JsonNode r = get("reviewId=" + campaign.id() + "&k=0.25&by=class");
        assertThat(r.get("M0").asDouble()).isCloseTo(7.0 / 48, within(1e-9));
        List<String> keys = new ArrayList<>();
        double contributions = 0;
        for (JsonNode g : r.get("groups")) {
            keys.add(g.get("key").asString());
            contributions += g.get("contribution").asDouble();
        }
        assertThat(keys).containsExactlyInAnyOrder("POOR", "NEAR_POOR");
        assertThat(contributions).isCloseTo(1, within(1e-9));
    }

    @Test
    void subgroupsByAreaEthnicityAndTargetGroup() {
        JsonNode byEthnicity = get("unitId=" + commune.id() + "&year=2025&k=0.25&by=ethnicity");
        assertThat(byEthnicity.get("groups")).hasSize(1);
        assertThat(byEthnicity.get("groups").get(0).get("key").asString()).isEqualTo("Mường");
        assertThat(byEthnicity.get("groups").get(0).get("contribution").asDouble())
                .isCloseTo(1, within(1e-9));
        JsonNode byArea = get("unitId=" + commune.id() + "&year=2025&k=0.25&by=area");
        assertThat(byArea.get("groups").get(0).get("key").asString()).isEqualTo("RURAL");
        JsonNode byGroup = get("unitId=" + commune.id() + "&year=2025&k=0.25&by=group");
        JsonNode femaleHeaded = null;
        for (JsonNode g : byGroup.get("groups")) {
            if (g.get("key").asString().equals("FEMALE_HEAD")) {
                femaleHeaded = g;
            }
        }
        // every head is a woman in this example: the group is everyone
        assertThat(femaleHeaded.get("n").asDouble()).isEqualTo(4);
        assertThat(femaleHeaded.get("M0").asDouble()).isCloseTo(7.0 / 48, within(1e-9));
    }

    @Test
    void weightsCanBeGiven() {
        // only WATER and SANITATION, weighted 3:1: H1 scores 1, H2 and H3 score 3/4; k = 0.5
        JsonNode r = get("unitId=" + commune.id() + "&year=2025&k=0.5&weights=WATER:3,SANITATION:1");
        assertThat(r.get("q").asDouble()).isEqualTo(3);
        assertThat(r.get("M0").asDouble()).isCloseTo((1 + 0.75 + 0.75) / 4, within(1e-9));
        assertThat(r.get("indicators").get("WATER").get("weight").asDouble()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void drillDownListsTheHouseholdsBehindTheCensoredHeadcount() {
        Http.Response r = http.get(
                "/api/v1/analytics/mpi/households?unitId=" + commune.id() + "&year=2025&k=0.25&indicator=WATER",
                admin());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("total").asLong()).isEqualTo(2);
        List<String> codes = new ArrayList<>();
        r.json().get("items").forEach(i -> codes.add(i.get("code").asString()));
        assertThat(codes).allMatch(c -> c.endsWith("-h1") || c.endsWith("-h2"));
    }

    @Test
    void outsideTheJurisdictionMeasuresAndDrillDownAreRefused() {
        vn.giamngheo.adminunit.TestUnits.Commune mine = new vn.giamngheo.adminunit.TestUnits(units).aCommune();
        String official = officialElsewhere(mine);
        assertThat(http.get("/api/v1/analytics/mpi?unitId=" + commune.id() + "&year=2025", official)
                        .status())
                .isEqualTo(403);
        assertThat(http.get(
                                "/api/v1/analytics/mpi/households?unitId=" + commune.id()
                                        + "&year=2025&indicator=WATER",
                                official)
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/analytics/mpi?reviewId=" + campaign.id(), official)
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/reports/summary?unitId=" + commune.id() + "&year=2025", official)
                        .status())
                .isEqualTo(403);
        long own = mine.id();
        assertThat(http.get("/api/v1/reports/summary?unitId=" + own + "&year=2025", official)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/analytics/mpi?unitId=" + own + "&year=2025", official)
                        .status())
                .isEqualTo(200);
        long above = mine.province().id();
        assertThat(http.get("/api/v1/reports/summary?unitId=" + above + "&year=2025", official)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void publicReportsAndExportsSuppressSmallCells() {
        JsonNode open = http.get("/api/v1/reports/summary?unitId=" + commune.id() + "&year=2025", admin())
                .json();
        JsonNode total = open.get("tables").get(0).get("rows").get(0);
        assertThat(total.get("cells").get(2).get("value").asLong()).isEqualTo(2);
        JsonNode pub = http.get("/api/v1/reports/summary?unitId=" + commune.id() + "&year=2025&public=true", admin())
                .json();
        JsonNode cells = pub.get("tables").get(0).get("rows").get(0).get("cells");
        assertThat(cells.get(2).get("text").asString()).isEqualTo("<5");
        assertThat(cells.get(2).get("value").isNull()).isTrue();
        assertThat(cells.get(4).get("text").asString()).isEqualTo("<5");
        assertThat(pub.toString()).doesNotContain("\"value\":2,");
        String csv = http.get("/api/v1/exports/csv?unitId=" + commune.id() + "&year=2025&public=true", admin())
                .body();
        assertThat(csv.lines()).anyMatch(l -> l.startsWith("GN_POOR_HH,2025,") && l.endsWith(",\"<5\""));
        String adx = http.get("/api/v1/exports/adx?unitId=" + commune.id() + "&year=2025&public=true", admin())
                .body();
        assertThat(adx).doesNotContain("dataElement=\"GN_POOR_HH\"");
        String adxOpen = http.get("/api/v1/exports/adx?unitId=" + commune.id() + "&year=2025", admin())
                .body();
        assertThat(adxOpen).contains("dataElement=\"GN_POOR_HH\" value=\"2\"");
    }
}
