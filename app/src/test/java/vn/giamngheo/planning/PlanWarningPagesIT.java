package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;

/** The plan reader's warnings on the review page and the stored plan's page, in the reader's language. */
class PlanWarningPagesIT extends PlanTestBase {
    static final String SEED = "001_77f6fc84ebd74c3d.txt";

    @LocalServerPort
    int port;

    @Test
    void theReviewPageAndTheStoredPlanGiveTheWarningsInVietnameseAndInEnglishOnRequest() throws Exception {
        AdminUnit commune = newCommune(newDistrict());
        PageForms.Browser vi = new PageForms.Browser(port).login(admin());

        String review = upload(vi, commune, "").body();
        assertThat(section(review, "data-testid=\"plan-warnings\"", "</div>"))
                .contains("số kế hoạch để trống (“Số: /KH-UBND”)")
                .doesNotContain("the plan number is blank");
        assertThat(section(review, "data-testid=\"task-warnings\"", "</div>"))
                .contains("không ghi thời gian thực hiện")
                .doesNotContain("no schedule stated");

        String english = upload(new PageForms.Browser(port).login(admin()), commune, "?lang=en")
                .body();
        assertThat(section(english, "data-testid=\"plan-warnings\"", "</div>"))
                .contains("the plan number is blank (&quot;Số: /KH-UBND&quot;)");
        assertThat(section(english, "data-testid=\"task-warnings\"", "</div>")).contains("no schedule stated");

        HttpResponse<String> saved =
                vi.post("/plans/save", PageForms.urlEncoded(PageForms.fields(review, "/plans/save")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        String plan = location.substring(location.indexOf("/plans/"));

        String stored = section(vi.get(plan).body(), "data-testid=\"plan-warnings\"", "</details>");
        assertThat(stored)
                .contains("số kế hoạch để trống (“Số: /KH-UBND”)")
                .contains("chưa khớp danh mục cơ quan: ")
                .doesNotContain("unmatched: ");
        String storedEnglish = section(
                new PageForms.Browser(port)
                        .login(admin())
                        .get(plan + "?lang=en")
                        .body(),
                "data-testid=\"plan-warnings\"",
                "</details>");
        assertThat(storedEnglish).contains("the plan number is blank").contains("unmatched: ");
    }

    private HttpResponse<String> upload(PageForms.Browser browser, AdminUnit commune, String query) throws Exception {
        String list = browser.get("/plans?unitId=" + commune.id()).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", Http.csrfToken(list.substring(list.indexOf("action=\"/plans/upload"))));
        fields.put("unitId", String.valueOf(commune.id()));
        HttpResponse<String> r = browser.multipart(
                "/plans/upload" + query, fields, "file", "ke-hoach.txt", ownCopy(PlanFixtures.seed(SEED)), Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        return r;
    }

    /** From the first {@code start} to the {@code end} after it: one part of a page. */
    private static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s on the page", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }

    /**
     * A file is stored once (same fingerprint) and the demo stores this seed plan: the test uploads
     * its own copy, the same text with a line of its own at the end.
     */
    private static byte[] ownCopy(byte[] seed) {
        return (new String(seed, java.nio.charset.StandardCharsets.UTF_8) + "\n" + java.util.UUID.randomUUID() + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
