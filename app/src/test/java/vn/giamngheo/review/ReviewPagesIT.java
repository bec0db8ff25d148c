package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;

class ReviewPagesIT extends ReviewFixtures {
    @LocalServerPort
    int port;

    @Test
    void theCommuneOfficialSeesTheCampaignSurveysAHouseholdAndAStaleSaveIsRefusedClearly() {
        AdminUnit xuanBai = commune("Thử Xuân Bái");
        String official = officialOf(xuanBai);
        ReviewCampaign c = campaign(xuanBai, CampaignKind.PERIODIC, 2038, null);
        imports.run(
                ADMIN, c.id(), jsonl(aHousehold("XB38-1").nearPoor().line()), new ReviewImport.Options(false, null));
        ReviewHousehold row =
                survey.households(ADMIN, c.id(), null, null, 0, 10).get(0);
        Http browser = new Http(port).login(official);

        String home = browser.get("/", null).body();
        assertThat(home).contains("/reviews?unitId=" + xuanBai.id());
        String list = browser.get("/reviews?unitId=" + xuanBai.id(), null).body();
        assertThat(list).contains("/reviews/" + c.id()).contains("Rà soát định kỳ");
        Http.Response page = browser.get("/reviews/" + c.id(), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("XB38-1")
                .contains("Diễn biến")
                .contains("Hộ cận nghèo")
                .contains("14/11/2038");

        String form = browser.get("/reviews/" + c.id() + "/households/" + row.id(), null)
                .body();
        assertThat(form).contains("hx-post").contains("Bảo hiểm y tế").contains("Hộ cận nghèo");
        String token = Http.csrfToken(form);
        String fields = "_csrf=" + Http.q(token) + "&area=RURAL&incomePerCapita=1.000.000&ticksGiven=true"
                + "&tick=WATER&tick=SANITATION&tick=HEALTH_INSURANCE&members%5B0%5D.name=" + Http.q("Lê Văn XB38-1")
                + "&members%5B0%5D.relation=HEAD&members%5B0%5D.age=45";
        Http.Response preview = browser.post(
                "/reviews/" + c.id() + "/households/" + row.id() + "/preview",
                null,
                "application/x-www-form-urlencoded",
                fields);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Hộ nghèo")
                .contains("3 chỉ số thiếu hụt ≥ 3")
                .doesNotContain("3 indicators deprived")
                .doesNotContain("<html");

        Http.Response saved = browser.post(
                "/reviews/" + c.id() + "/households/" + row.id(),
                null,
                "application/x-www-form-urlencoded",
                fields + "&version=" + row.version());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(survey.household(ADMIN, c.id(), row.id()).householdClass()).isEqualTo("POOR");

        Http.Response stale = browser.post(
                "/reviews/" + c.id() + "/households/" + row.id(),
                null,
                "application/x-www-form-urlencoded",
                fields.replace("tick=WATER&", "") + "&version=" + row.version());
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Một cán bộ khác đã lưu hộ này").contains("Hộ nghèo (" + official + ")");
        assertThat(survey.household(ADMIN, c.id(), row.id()).householdClass()).isEqualTo("POOR");

        String posting =
                browser.get("/reviews/" + c.id() + "/lists/POSTING", null).body();
        assertThat(posting).contains("Danh sách niêm yết công khai").contains("XB38-1");
        String english = browser.get("/reviews/" + c.id() + "?lang=en", null).body();
        assertThat(english).contains("Flows of poor and near-poor households");
    }

    @Test
    void aRefusedRequestHasAPrintableWrittenAnswer() {
        AdminUnit xuanBai = commune("Thử Xuân Bái");
        String official = officialOf(xuanBai);
        ReviewCampaign r = campaign(xuanBai, CampaignKind.REGULAR, 2038, 5);
        imports.run(ADMIN, r.id(), jsonl(aHousehold("XB38-9").notPoor().line()), new ReviewImport.Options(false, null));
        ReviewRequest req = procedure.receiveRequest(
                ADMIN, r.id(), new ReviewProcedure.NewRequest("M01", today(), "POST", "XB38-9", "Lê Văn XB38-9"));
        procedure.screen(ADMIN, r.id(), req.id(), false, "Thu nhập bình quân trên chuẩn cận nghèo", req.version());
        Http browser = new Http(port).login(official);
        String letter = browser.get("/reviews/" + r.id() + "/requests/" + req.id() + "/refusal", null)
                .body();
        assertThat(letter)
                .contains("ỦY BAN NHÂN DÂN XÃ " + xuanBai.name().toUpperCase(java.util.Locale.ROOT))
                .contains("Thu nhập bình quân trên chuẩn cận nghèo")
                .contains("XB38-9");
    }
}
