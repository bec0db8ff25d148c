package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.standard.HouseholdClass;

/**
 * Reasons and warnings on the pages in the reader's language (decision 0102): Vietnamese by
 * default, English with {@code ?lang=en}; the API keeps the exchange format's English.
 */
class ReasonPagesIT extends ReviewFixtures {
    static final String VI_LINE =
            "thu nhập bình quân đầu người 1.200.000 đồng ≤ chuẩn nghèo khu vực nông thôn 1.500.000 đồng";
    static final String EN_LINE = "income 1,200,000 ≤ rural line 1,500,000";

    @LocalServerPort
    int port;

    @Test
    void theSurveyPageGivesTheRecordedReasonsInVietnameseAndInEnglishOnRequest() {
        ReviewCampaign c = campaign(commune("Thử Xuân Hồng"), CampaignKind.PERIODIC, 2045, null);
        importJsonl(
                c,
                null,
                aHousehold("I18N-XH-1").nearPoor(),
                aHousehold("I18N-XH-2").poor());
        ReviewHousehold nearPoor = row(c, "I18N-XH-1");
        ReviewHousehold poor = row(c, "I18N-XH-2");
        String page = "/reviews/" + c.id() + "/households/";

        String vi = new Http(port)
                .login(administrator())
                .get(page + nearPoor.id(), null)
                .body();
        assertThat(vi)
                .contains(VI_LINE)
                .contains("1 chỉ số thiếu hụt &lt; 3")
                .doesNotContain(EN_LINE)
                .doesNotContain("indicator deprived");
        String viPoor = new Http(port)
                .login(administrator())
                .get(page + poor.id(), null)
                .body();
        assertThat(viPoor)
                .contains("thu nhập bình quân đầu người 1.000.000 đồng ≤ chuẩn nghèo khu vực nông thôn 1.500.000 đồng")
                .contains("3 chỉ số thiếu hụt ≥ 3")
                .contains("chỉ số bảo hiểm y tế được đánh dấu thiếu hụt, nhưng thông tin về thành viên và nhà ở cho"
                        + " thấy không thiếu hụt")
                .doesNotContain("is ticked deprived");

        Http english = new Http(port).login(administrator());
        String en = english.get(page + nearPoor.id() + "?lang=en", null).body();
        assertThat(en).contains(EN_LINE).contains("1 indicator deprived &lt; 3").doesNotContain(VI_LINE);
        assertThat(english.get(page + poor.id(), null).body())
                .contains("health insurance is ticked deprived, but the member and dwelling facts say not deprived")
                .contains("3 indicators deprived ≥ 3");
    }

    @Test
    void thePreviewWordsTheReasonsInTheReadersLanguage() {
        ReviewCampaign c = campaign(commune("Thử Thọ Xương"), CampaignKind.PERIODIC, 2045, null);
        importJsonl(c, null, aHousehold("I18N-TX-3").notPoor());
        ReviewHousehold row = row(c, "I18N-TX-3");
        Http browser = new Http(port).login(administrator());
        String form = browser.get("/reviews/" + c.id() + "/households/" + row.id(), null)
                .body();
        String fields = "_csrf=" + Http.q(Http.csrfToken(form)) + "&area=RURAL&incomePerCapita=1.420.000"
                + "&ticksGiven=true&tick=WATER&tick=SANITATION&tick=HEALTH_INSURANCE";
        String preview = "/reviews/" + c.id() + "/households/" + row.id() + "/preview";

        String vi = browser.post(preview, null, "application/x-www-form-urlencoded", fields)
                .body();
        assertThat(vi)
                .contains("Hộ nghèo")
                .contains("thu nhập bình quân đầu người 1.420.000 đồng ≤ chuẩn nghèo khu vực nông thôn 1.500.000 đồng")
                .contains("3 chỉ số thiếu hụt ≥ 3")
                .contains("chưa có thành viên nào: hộ được tính 0 nhân khẩu trong diễn biến");

        String en = browser.post(preview + "?lang=en", null, "application/x-www-form-urlencoded", fields)
                .body();
        assertThat(en)
                .contains("income 1,420,000 ≤ rural line 1,500,000")
                .contains("3 indicators deprived ≥ 3")
                .contains("no members given: the household counts 0 persons in the flows");
    }

    @Test
    void aRowRecordedBeforeReasonsWereStoredAsValuesShowsItsEnglishTexts() {
        ReviewCampaign c = campaign(commune("Thử Tây Hồ"), CampaignKind.PERIODIC, 2045, null);
        importJsonl(c, null, aHousehold("I18N-TH-4").nearPoor());
        ReviewHousehold row = row(c, "I18N-TH-4");
        assertThat(row.explanation()).isNotNull();
        // as a row written before V12_1: English texts only
        jdbc.sql("UPDATE review_household SET explanation = NULL,"
                        + " reasons = '[\"income 1,200,000 ≤ rural line 1,500,000 (as stored)\"]' WHERE id = :id")
                .param("id", row.id())
                .update();
        assertThat(row(c, "I18N-TH-4").explanation()).isNull();

        String vi = new Http(port)
                .login(administrator())
                .get("/reviews/" + c.id() + "/households/" + row.id(), null)
                .body();
        assertThat(vi).contains("Hộ cận nghèo").contains("income 1,200,000 ≤ rural line 1,500,000 (as stored)");
    }

    @Test
    void theApiKeepsTheEnglishReasonsAndAddsTheValues() {
        ReviewCampaign c = campaign(commune("Thử Xuân Trường"), CampaignKind.PERIODIC, 2045, null);
        importJsonl(c, null, aHousehold("I18N-XT-5").poor());
        ReviewHousehold row = row(c, "I18N-XT-5");

        JsonNode json = new Http(port)
                .get("/api/v1/reviews/" + c.id() + "/households/" + row.id(), administrator())
                .json();
        assertThat(json.get("reasons").get(0).asString()).isEqualTo("income 1,000,000 ≤ rural line 1,500,000");
        assertThat(json.get("reasons").get(1).asString()).isEqualTo("3 indicators deprived ≥ 3");
        assertThat(json.get("warnings").get(0).asString())
                .isEqualTo("HEALTH_INSURANCE is ticked deprived, but the member and dwelling facts say not deprived");
        JsonNode first = json.get("explanation").get("reasons").get(0);
        assertThat(first.get("code").asString()).isEqualTo("INCOME_VERSUS_LINE");
        assertThat(first.get("income").asLong()).isEqualTo(1_000_000L);
        JsonNode warning = json.get("explanation").get("warnings").get(0);
        assertThat(warning.get("code").asString()).isEqualTo("TICK_VERSUS_FACTS");
        assertThat(warning.get("indicator").asString()).isEqualTo("HEALTH_INSURANCE");
    }

    @Test
    void theWhatIfPageGivesTheReasonsOfEachChangeInTheReadersLanguage() {
        AdminUnit commune = commune("Thử Xuân Phong");
        ReviewCampaign baseline = campaign(commune, CampaignKind.BASELINE, 2045, null);
        importJsonl(
                baseline,
                village(commune, "1").id(),
                aHousehold("I18N-XP-1").nearPoor().recognised(HouseholdClass.POOR),
                aHousehold("I18N-XP-2").poor().recognised(HouseholdClass.POOR));
        recogniseBaseline(baseline);
        String page = "/what-if?unitId=" + commune.id() + "&year=2046&standard=ND07_2021";

        String vi = new Http(port).login(administrator()).get(page, null).body();
        assertThat(vi).contains("I18N-XP-1").doesNotContain("I18N-XP-2");
        assertThat(vi).contains(VI_LINE).contains("1 chỉ số thiếu hụt &lt; 3").doesNotContain(EN_LINE);

        String en = new Http(port)
                .login(administrator())
                .get(page + "&lang=en", null)
                .body();
        assertThat(en).contains(EN_LINE).contains("1 indicator deprived &lt; 3").doesNotContain(VI_LINE);
    }

    private ReviewHousehold row(ReviewCampaign c, String code) {
        return survey.households(ADMIN, c.id(), null, code, 0, 10).stream()
                .filter(h -> h.householdCode().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
