package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.standard.HouseholdClass;

/**
 * A request (Mẫu 01) is filed for a household found by its head's name typed without accents, among
 * the campaign commune's households only; the code is what the form sends.
 */
class RequestLookupIT extends ReviewFixtures {
    @LocalServerPort
    int port;

    @Test
    void theRequestFormFindsAHouseholdByTheHeadsNameWithoutAccentsInsideTheCommuneOnly() {
        AdminUnit commune = commune("Tra Cứu");
        AdminUnit other = commune("Xã Khác");
        ReviewCampaign baseline = campaign(commune, CampaignKind.BASELINE, 2058, null);
        importJsonl(
                baseline,
                village(commune, "2").id(),
                aHousehold("LKP-" + commune.code())
                        .poor()
                        .recognised(HouseholdClass.POOR)
                        .headedBy("Nguyễn Thị Ánh Tuyết"),
                aHousehold("LKQ-" + commune.code())
                        .nearPoor()
                        .recognised(HouseholdClass.NEAR_POOR)
                        .headedBy("Trần Văn Bình"));
        recogniseBaseline(baseline);
        ReviewCampaign c = campaign(commune, CampaignKind.PERIODIC, 2059, null);
        String official = officialOf(commune);
        Http http = new Http(port).login(official);

        String page = http.get("/reviews/" + c.id(), null).body();
        assertThat(page).contains("hx-get=\"/reviews/" + c.id() + "/household-options\"");
        String options = HtmlUtils.htmlUnescape(
                http.get("/reviews/" + c.id() + "/household-options?householdCode=anh+tuyet", null)
                        .body());
        assertThat(options)
                .contains("value=\"LKP-" + commune.code() + "\"", "Nguyễn Thị Ánh Tuyết")
                .doesNotContain("Trần Văn Bình");

        Http stranger = new Http(port).login(officialOf(other));
        Http.Response refused = stranger.get("/reviews/" + c.id() + "/household-options?householdCode=anh+tuyet", null);
        assertThat(refused.body()).doesNotContain("Ánh Tuyết", "&Aacute;nh Tuy");
    }
}
