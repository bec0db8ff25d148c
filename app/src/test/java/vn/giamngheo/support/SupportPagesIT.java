package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.BrowserPages;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.standard.HouseholdClass;

class SupportPagesIT extends SupportFixtures {
    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EntitlementLists lists;

    @Test
    void anOfficialSeesTheRefusalWithTheGrantHeldAndReplacesItFromThePage() throws Exception {
        Place p = place(3, Map.of("P", HouseholdClass.POOR));
        SupportContent house = content("NHA_XAY_MOI_DA5");
        allocate(p, "NHA_XAY_MOI_DA5", 2024, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        allocate(p, "NHA_XAY_MOI_DA5", 2024, FundingSource.LOCAL_COUNTERPART, 100_000_000);
        SupportGrant held = grants.propose(
                SYSTEM, grant(p.id("P"), null, house, "CENTRAL_RECURRENT", LocalDate.of(2024, 3, 1), 30_000_000));
        held = grants.approve(SYSTEM, held.id(), "20/QĐ-UBND", LocalDate.of(2024, 3, 5), held.version());
        SupportGrant higher = grants.propose(
                SYSTEM, grant(p.id("P"), null, house, "LOCAL_COUNTERPART", LocalDate.of(2024, 6, 1), 40_000_000));
        String official =
                new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, p.commune().unit());
        Http http = new Http(port).login(official);
        String page = http.get("/support/grants/" + higher.id(), null).body();
        assertThat(page).contains("Người hưởng đang có hỗ trợ cùng nội dung, cùng thời kỳ", "20/QĐ-UBND", "30.000.000");
        String token = Http.csrfToken(page);
        Http.Response approve = http.post(
                "/support/grants/" + higher.id() + "/approve",
                null,
                "application/x-www-form-urlencoded",
                "decision=21&decisionDate=2024-06-02&version=0&_csrf=" + Http.q(token));
        assertThat(approve.status()).isEqualTo(200);
        assertThat(approve.body()).contains("Trùng hỗ trợ: người hưởng đã có hỗ trợ số " + held.id());
        Http.Response replace = http.post(
                "/support/grants/" + higher.id() + "/replace",
                null,
                "application/x-www-form-urlencoded",
                "existingId=" + held.id() + "&reason=" + Http.q("Mức của tỉnh cao hơn")
                        + "&decision=21&decisionDate=2024-06-02&version=0&_csrf=" + Http.q(token));
        assertThat(replace.status()).isEqualTo(302);
        assertThat(grants.get(SYSTEM, held.id()).state()).isEqualTo(GrantState.CANCELLED);
        assertThat(grants.get(SYSTEM, higher.id()).state()).isEqualTo(GrantState.APPROVED);
        String household = http.get("/households/" + p.id("P"), null).body();
        assertThat(household).contains("Hỗ trợ đã nhận", "Hỗ trợ xây mới nhà ở", "40.000.000", "Đã hủy");
        // the API lists the commune's grants; another commune's official is refused them
        assertThat(http.get("/api/v1/support-grants?unitId=" + p.commune().id(), null)
                        .json()
                        .size())
                .isEqualTo(2);
        String stranger = new TestUsers(accounts)
                .a(Role.COMMUNE_OFFICIAL, new TestUnits(units).aCommune().unit());
        Http other = new Http(port).login(stranger);
        assertThat(other.get("/api/v1/support-grants/" + higher.id(), null).status())
                .isEqualTo(403);
        assertThat(other.get("/support/grants/" + higher.id(), null).body()).doesNotContain("Lò Văn P");
        assertThat(other.get("/api/v1/support-grants/households/" + p.id("P"), null)
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void thePaymentListNamesTheRecipientWithTheFullIdAndThePublicCopyMasksIt() throws Exception {
        Place p = place(3, Map.of("K", HouseholdClass.POOR));
        SupportContent electricity = content("TIEN_DIEN");
        allocate(p, "TIEN_DIEN", 2025, FundingSource.CENTRAL_RECURRENT, 10_000_000);
        jdbc.sql(
                        "UPDATE household_member SET citizen_id = '038012345678' WHERE household_id = :h AND relation = 'HEAD'")
                .param("h", p.id("K"))
                .update();
        SupportGrant g = grants.propose(
                SYSTEM, grant(p.id("K"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2025, 4, 1), 184_000));
        grants.approve(SYSTEM, g.id(), "7/QĐ-UBND", LocalDate.of(2025, 4, 3), g.version());
        String official =
                new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, p.commune().unit());
        String base =
                "/api/v1/support-grants/payment-list?unitId=" + p.commune().id() + "&contentId=" + electricity.id();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(bytes(official, base + "&format=xlsx")))) {
            var sheet = wb.getSheetAt(0);
            StringBuilder text = new StringBuilder();
            sheet.forEach(
                    row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text).contains("Lò Văn K", "038012345678", "184000", "Ký nhận hoặc điểm chỉ");
        }
        String pub = pdfText(bytes(official, base + "&format=pdf&public=true"));
        assertThat(pub).contains("********5678", "Lò Văn K", "184.000").doesNotContain("038012345678");
        assertThat(pdfText(bytes(official, base + "&format=pdf"))).contains("038012345678");
    }

    static String pdfText(byte[] bytes) throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    byte[] bytes(String user, String path) throws Exception {
        return bytes(port, user, path);
    }

    /** A download as the user (HTTP Basic), required to succeed. */
    static byte[] bytes(int port, String user, String path) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString((user + ":" + TestUsers.PASSWORD)
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        var res = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(res.statusCode()).as(path).isEqualTo(200);
        return res.body();
    }

    @Test
    void theSupportPagesFitAPhoneAndSpeakVietnamese() throws Exception {
        Place p = place(3, Map.of("Q", HouseholdClass.POOR, "N", HouseholdClass.NEAR_POOR));
        SupportContent electricity = content("TIEN_DIEN");
        allocate(p, "TIEN_DIEN", 2025, FundingSource.CENTRAL_RECURRENT, 10_000_000);
        SupportGrant g = grants.propose(
                SYSTEM, grant(p.id("Q"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2025, 1, 1), 184_000));
        grants.approve(SYSTEM, g.id(), "1/QĐ-UBND", LocalDate.of(2025, 1, 5), g.version());
        String official =
                new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, p.commune().unit());
        SupportContent cards = content("BHYT_HO_TRO");
        allocate(p, "BHYT_HO_TRO", 2025, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        long listId = lists.build(
                        SYSTEM,
                        new EntitlementLists.Request(
                                p.commune().id(),
                                cards.id(),
                                LocalDate.of(2025, 1, 1),
                                "CENTRAL_RECURRENT",
                                1_263_600L,
                                884_520L,
                                "3/QĐ-UBND",
                                LocalDate.of(2025, 1, 2)))
                .listId();
        try (BrowserPages b = BrowserPages.open(port, 390, 844)) {
            b.login(official, TestUsers.PASSWORD);
            b.go("/support/lists?unitId=" + p.commune().id());
            assertThat(b.text()).contains("Hỗ trợ đóng bảo hiểm y tế", "chưa cấu hình", "Hỗ trợ tiền điện");
            b.go("/support/lists/" + listId);
            assertThat(b.text()).contains("3/QĐ-UBND", "Lò Văn Q", "Hộ cận nghèo");
            b.go("/support/areas?unitId=" + p.commune().id());
            assertThat(b.text()).contains("Chưa có quyết định công nhận nào");
            b.go("/support?unitId=" + p.commune().id());
            assertThat(b.text()).contains("Hỗ trợ tiền điện", "Đã phê duyệt");
            b.go("/support/grants/" + g.id());
            assertThat(b.text()).contains("Hỗ trợ số " + g.id(), "184.000");
            b.go("/support/batch?unitId=" + p.commune().id());
            assertThat(b.text()).contains("Lò Văn Q", "Lò Văn N");
            b.go("/support/recheck?unitId=" + p.commune().id());
            b.go("/support/rules");
            assertThat(b.text()).contains("Hỗ trợ đóng bảo hiểm y tế", "Theo từng người");
            b.go("/households/" + p.id("Q"));
            assertThat(b.text()).contains("Hỗ trợ đã nhận", "Hỗ trợ tiền điện");
            b.check("the household page with its support year by year");
            b.go("/support/outcomes?unitId=" + p.commune().id());
            assertThat(b.text()).contains("Kết quả hỗ trợ", p.commune().unit().fullName(), "không có hộ");
            b.check("the outcomes of support of a commune");
            b.go("/support/outcomes/households?unitId=" + p.commune().id());
            assertThat(b.text()).contains("Lò Văn Q", "chưa có danh sách");
            b.check("the supported households of a commune");
        }
    }
}
