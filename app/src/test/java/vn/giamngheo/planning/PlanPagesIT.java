package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.agency.AgencyKind;

/** The pages a person uses: upload → review → save, the plan, tasks, overdue and reports pages. */
class PlanPagesIT extends PlanTestBase {
    @LocalServerPort
    int port;

    @Autowired
    Plans plans;

    @Test
    void anUploadedPlanIsReviewedWithUnmatchedNamesHighlightedAndSavedWithItsFile() throws Exception {
        PageForms.Browser browser = new PageForms.Browser(port).login(admin());
        // bare units with the one agency below: the other names of the plan stay unmatched
        TestUnits places = new TestUnits(units);
        AdminUnit district = places.aDistrictIn(places.aProvince());
        agencies.create(
                PlanFixtures.SYSTEM,
                district.id(),
                AgencyKind.OFFICE,
                "Phòng Lao động - Thương binh và Xã hội",
                "Phòng LĐ-TB&XH",
                List.of());
        AdminUnit commune = places.aCommuneIn(district);
        String list = browser.get("/plans?unitId=" + commune.id()).body();
        String token = Http.csrfToken(list.substring(list.indexOf("action=\"/plans/upload")));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("unitId", String.valueOf(commune.id()));
        // the demo holds seed 001 itself: a copy with one more line is another file (stored once by fingerprint)
        byte[] seed = (new String(
                                PlanFixtures.seed("001_77f6fc84ebd74c3d.txt"), java.nio.charset.StandardCharsets.UTF_8)
                        + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> review =
                browser.multipart("/plans/upload", fields, "file", "ke-hoach-cam-chau.txt", seed, Map.of());
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body())
                .contains("Xem lại kế hoạch trước khi lưu")
                .contains("class=\"warn\"")
                .contains("Chưa khớp danh mục cơ quan")
                .contains("Công chức Văn hóa Chính sách");

        List<String[]> form = PageForms.fields(review.body(), "/plans/save");
        assertThat(form.stream().filter(f -> f[0].endsWith("].number") && f[0].startsWith("tasks")))
                .hasSize(19);
        // the official corrects the first task's lead to a name the registry knows and leaves the others as written
        form.stream().filter(f -> f[0].equals("tasks[0].lead")).forEach(f -> f[1] = "Phòng LĐ-TB&XH");
        HttpResponse<String> saved = browser.post("/plans/save", PageForms.urlEncoded(form));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        PlanDetail detail = plans.get(PlanFixtures.SYSTEM, id);
        assertThat(detail.tasks()).hasSize(19);
        assertThat(detail.plan().periodFrom()).isEqualTo(2021);
        assertThat(detail.plan().periodTo()).isEqualTo(2025);
        assertThat(detail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("ke-hoach-cam-chau.txt");
            assertThat(a.sha256()).isEqualTo(FileStore.sha256(seed));
        });
        TaskAssignment fixed = detail.tasks().get(0).withRole("LEAD").get(0);
        assertThat(fixed.agencyId())
                .as("matched in the registry from the commune up")
                .isNotNull();
        assertThat(fixed.name()).isEqualTo("Phòng Lao động - Thương binh và Xã hội");
        TaskAssignment accepted = detail.tasks().get(1).withRole("LEAD").get(0);
        assertThat(accepted.agencyId()).isNull();
        assertThat(accepted.mention()).isEqualTo("Công chức Địa chính Nông nghiệp");

        String page = browser.get(java.net.URI.create(location).getPath()).body();
        assertThat(page).contains("ke-hoach-cam-chau.txt").contains("1.2.1");

        // the same file uploaded again, for another commune: refused, one plan per document
        AdminUnit other = places.aCommuneIn(district);
        String otherList = browser.get("/plans?unitId=" + other.id()).body();
        Map<String, String> again = new LinkedHashMap<>();
        again.put("_csrf", Http.csrfToken(otherList.substring(otherList.indexOf("action=\"/plans/upload"))));
        again.put("unitId", String.valueOf(other.id()));
        HttpResponse<String> secondReview =
                browser.multipart("/plans/upload", again, "file", "ban-sao.txt", seed, Map.of());
        HttpResponse<String> refused =
                browser.post("/plans/save", PageForms.urlEncoded(PageForms.fields(secondReview.body(), "/plans/save")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("đã được lưu là kế hoạch");
        assertThat(plans.list(PlanFixtures.SYSTEM, other.id(), false)).isEmpty();
    }

    @Test
    void aReviewWithAnEmptyTitleIsShownAgainWithTheProblem() throws Exception {
        PageForms.Browser browser = new PageForms.Browser(port).login(admin());
        AdminUnit commune = newCommune(newDistrict());
        String list = browser.get("/plans?unitId=" + commune.id()).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", Http.csrfToken(list.substring(list.indexOf("action=\"/plans/upload"))));
        fields.put("unitId", String.valueOf(commune.id()));
        HttpResponse<String> review = browser.multipart(
                "/plans/upload", fields, "file", "kh.txt", PlanFixtures.seed("002_48096e425ae6f78d.txt"), Map.of());
        List<String[]> form = PageForms.fields(review.body(), "/plans/save");
        form.stream().filter(f -> f[0].equals("title")).forEach(f -> f[1] = " ");
        HttpResponse<String> again = browser.post("/plans/save", PageForms.urlEncoded(form));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Chưa nhập tên (trích yếu) kế hoạch.");
        assertThat(plans.list(PlanFixtures.SYSTEM, commune.id(), true)).isEmpty();
    }

    @Test
    void thePlanTasksOverdueAndReportsPagesShowWhatNeedsAttention() throws Exception {
        PageForms.Browser admin = new PageForms.Browser(port).login(admin());
        // seed 004 on a district with one commune, seed 000 (overdue since 2022) on another province's district
        PlanFixtures.Place place = newPlace(1);
        AdminUnit thoXuan = place.district();
        long plan = PlanFixtures.saveSeed(plans, thoXuan, "004_33768970df9aca94.txt")
                .plan()
                .id();
        PlanFixtures.Place other = newPlace(0);
        AdminUnit konTum = other.province();
        PlanFixtures.saveSeed(plans, other.district(), "000_7dc579e07c37fe6b.txt");
        assertThat(admin.get("/units/" + thoXuan.id()).body()).contains("/plans?unitId=" + thoXuan.id());
        assertThat(admin.get("/plans").body()).contains(konTum.name());
        String planPage = admin.get("/plans/" + plan).body();
        assertThat(planPage)
                .contains("Năm 2024".toLowerCase().substring(0, 0))
                .contains("2.15")
                .contains("báo cáo năm 2024");
        assertThat(admin.get("/tasks/overdue?unitId=" + konTum.id()).body())
                .contains("30/04/2022")
                .contains("quá hạn");
        long labour = agencies.ofUnit(thoXuan.id()).stream()
                .filter(a -> a.name().equals("Phòng Lao động - Thương binh và Xã hội"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(admin.get("/tasks?agencyId=" + labour + "&year=2024").body())
                .contains("2.3")
                .contains("Chủ trì");
        String reports =
                admin.get("/obligations?unitId=" + thoXuan.id() + "&year=2024").body();
        AdminUnit xuanBai = place.commune(1);
        assertThat(reports).contains("Xã " + xuanBai.name()).contains("20/03/2024");

        PageForms.Browser xuanbai = new PageForms.Browser(port).login(officialOf(xuanBai));
        assertThat(xuanbai.get("/plans").headers().firstValue("Location").orElse(""))
                .endsWith("/plans?unitId=" + xuanBai.id());
        String mine = xuanbai.get("/obligations?unitId=" + xuanBai.id() + "&year=2024")
                .body();
        int at = mine.indexOf("action=\"/obligations/");
        String action = mine.substring(at + 8, mine.indexOf('"', at + 8));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", Http.csrfToken(mine.substring(at)));
        fields.put("unitId", String.valueOf(xuanBai.id()));
        fields.put("year", "2024");
        fields.put("figures", "{\"hoNgheo\": 40}");
        HttpResponse<String> row = xuanbai.multipart(action, fields, null, null, null, Map.of("HX-Request", "true"));
        assertThat(row.statusCode()).isEqualTo(200);
        assertThat(row.body()).startsWith("<tr").contains("Trễ hạn");
    }
}
