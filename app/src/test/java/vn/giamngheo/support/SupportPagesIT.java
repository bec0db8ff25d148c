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
    void theSupportPagesFitAPhoneAndSpeakVietnamese() throws Exception {
        Place p = place(3, Map.of("Q", HouseholdClass.POOR, "N", HouseholdClass.NEAR_POOR));
        SupportContent electricity = content("TIEN_DIEN");
        allocate(p, "TIEN_DIEN", 2025, FundingSource.CENTRAL_RECURRENT, 10_000_000);
        SupportGrant g = grants.propose(
                SYSTEM, grant(p.id("Q"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2025, 1, 1), 184_000));
        grants.approve(SYSTEM, g.id(), "1/QĐ-UBND", LocalDate.of(2025, 1, 5), g.version());
        String official =
                new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, p.commune().unit());
        try (BrowserPages b = BrowserPages.open(port, 390, 844)) {
            b.login(official, TestUsers.PASSWORD);
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
        }
    }
}
