package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.shared.Actor;

/**
 * About the demo (decision 1140): the targets and helpers the demo loads from seeds 003 and 004 for
 * their real districts and communes, computed and compared with the printed figures.
 */
class DemoTargetsIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    Helpers helpers;

    long district(String name) {
        return units.search(name, "DISTRICT", 5).stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void seed003sTableForNgocHoiIsComputedAndMatchesThePrintedFigures() {
        JsonNode rows = new Http(port)
                .get("/api/v1/targets?unitId=" + district("Ngọc Hồi") + "&year=2020", "admin")
                .json();
        assertThat(rows.size()).isEqualTo(9);
        JsonNode total = rows.get(8);
        assertThat(total.get("unitId").isNull()).isTrue();
        assertThat(total.get("totalHouseholds").asInt()).isEqualTo(15954);
        assertThat(total.get("minorityHouseholds").asInt()).isEqualTo(8818);
        assertThat(total.get("poorStart").asInt()).isEqualTo(791);
        assertThat(total.get("rateStart").decimalValue()).isEqualByComparingTo("4.96");
        assertThat(total.get("plannedReduction").asInt()).isEqualTo(199);
        assertThat(total.get("remaining").asInt()).isEqualTo(592);
        assertThat(total.get("projectedRate").decimalValue()).isEqualByComparingTo("3.71");
        for (int i = 0; i < 8; i++) {
            JsonNode row = rows.get(i);
            JsonNode printed = row.get("printed");
            assertThat(row.get("rateStart").decimalValue())
                    .as(row.get("unitName").asString())
                    .isEqualByComparingTo(
                            new BigDecimal(printed.get("rateStart").asString().replace(',', '.')));
            assertThat(row.get("remaining").asInt())
                    .isEqualTo(Integer.parseInt(printed.get("remaining").asString()));
            BigDecimal printedProjected =
                    new BigDecimal(printed.get("projectedRate").asString().replace(',', '.'));
            // seed 003 rounds its start rates but truncates several projected rates (41/1488 = 2.755… printed 2,75;
            // 227/1094 = 20.749… printed 20,7): the computed rate (half up) is within one unit of the printed last
            // digit
            BigDecimal unit = BigDecimal.ONE.movePointLeft(printedProjected.scale());
            assertThat(row.get("projectedRate")
                            .decimalValue()
                            .subtract(printedProjected)
                            .abs())
                    .as(row.get("unitName").asString())
                    .isLessThanOrEqualTo(unit);
        }
    }

    @Test
    void seed004sSplitByLabourCapacityAddsUpForThoXuan() {
        JsonNode rows = new Http(port)
                .get("/api/v1/targets?unitId=" + district("Thọ Xuân") + "&year=2024", "admin")
                .json();
        assertThat(rows.size()).isEqualTo(31);
        JsonNode total = rows.get(30);
        assertThat(total.get("plannedReduction").asInt()).isEqualTo(180);
        assertThat(total.get("reductionWithoutLabour").asInt()).isEqualTo(50);
        assertThat(total.get("reductionWithLabour").asInt()).isEqualTo(130);
        for (int i = 0; i < 30; i++) {
            JsonNode r = rows.get(i);
            assertThat(r.get("reductionWithoutLabour").asInt()
                            + r.get("reductionWithLabour").asInt())
                    .isEqualTo(r.get("plannedReduction").asInt());
        }
    }

    @Test
    void everyThoXuanCommuneHasItsHelpingAgencyAndMemberFromAppendix2() {
        List<HelperAssignment> all = helpers.inSubtree(Actor.system("test"), district("Thọ Xuân"), 2024);
        assertThat(all.stream().filter(h -> h.kind().equals("MEMBER_FOR_COMMUNE")))
                .hasSize(30);
        List<HelperAssignment> agencies =
                all.stream().filter(h -> h.kind().equals("AGENCY_FOR_COMMUNE")).toList();
        assertThat(agencies).hasSize(32); // Xuân Lập and Thọ Lộc each have two
        assertThat(agencies)
                .allSatisfy(a -> assertThat(a.agencyId())
                        .as(a.helperName() + " matched to the registry")
                        .isNotNull());
        AdminUnit xuanBai = units.search("Xuân Bái", "COMMUNE", 5).get(0);
        assertThat(helpers.inSubtree(Actor.system("test"), xuanBai.id(), 2024))
                .extracting(HelperAssignment::helperName)
                .containsExactlyInAnyOrder("Phòng Kinh tế - Hạ tầng", "Lê Đình Hảo");
        assertThat(helpers.inSubtree(Actor.system("test"), xuanBai.id(), 2025)).isEmpty();
    }

    @Test
    void theTargetPageShowsComputedAndPrintedRates() {
        Http.Response page =
                new Http(port).login("admin").get("/targets?unitId=" + district("Ngọc Hồi") + "&year=2020", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Xã Đăk Ang")
                .contains("20.75")
                .contains("in trong văn bản: 20,7")
                .contains("15954");
    }
}
