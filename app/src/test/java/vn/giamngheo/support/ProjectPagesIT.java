package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.BrowserPages;
import vn.giamngheo.Http;
import vn.giamngheo.funding.Project;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.standard.HouseholdClass;

class ProjectPagesIT extends ProjectFixtures {
    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Test
    void anOfficialAddsHouseholdsRecordsReturnsAndSeesWhoIsOverdueOnAPhone() throws Exception {
        Map<String, HouseholdClass> classes = new LinkedHashMap<>();
        classes.put("A", HouseholdClass.POOR);
        classes.put("B", HouseholdClass.NEAR_POOR);
        classes.put("C", HouseholdClass.POOR);
        Place p = place(2, classes);
        Project project = project(p, 20_000_000L, BigDecimal.valueOf(20), 30);
        String official =
                new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, p.commune().unit());
        Http http = new Http(port).login(official);
        String page = http.get("/support/projects/" + project.id(), null).body();
        assertThat(page).contains("Thêm hộ tham gia (vòng 1)", "Tỷ lệ thu hồi: 20");
        String token = Http.csrfToken(page);
        Http.Response join = http.post(
                "/support/projects/" + project.id() + "/participants",
                null,
                "application/x-www-form-urlencoded",
                "householdIds=" + p.id("A") + "&householdIds=" + p.id("B") + "&contentId="
                        + livelihood().id()
                        + "&source=CENTRAL_RECURRENT&from=2024-04-01&until=2024-12-31&amount=" + Http.q("5.000.000")
                        + "&decision=" + Http.q("7/QĐ-UBND") + "&decisionDate=2024-03-20&_csrf=" + Http.q(token));
        assertThat(join.status()).isEqualTo(302);
        assertThat(participants.overview(SYSTEM, project.id()).participants()).hasSize(2);
        payAll(project.id());
        Project accepted = projects.get(SYSTEM, project.id());
        projects.accept(SYSTEM, project.id(), LocalDate.of(2024, 11, 28), accepted.version());
        Participant a = of(project.id(), p.id("A"));
        Participant b = of(project.id(), p.id("B"));
        Http.Response paid = http.post(
                "/support/projects/" + project.id() + "/returns",
                null,
                "application/x-www-form-urlencoded",
                "participantId=" + a.id() + "&amount=" + Http.q("1.000.000") + "&paidOn=2024-12-20&receipt=PT-7&_csrf="
                        + Http.q(token));
        assertThat(paid.status()).isEqualTo(302);
        Http.Response tooMuch = http.post(
                "/support/projects/" + project.id() + "/returns",
                null,
                "application/x-www-form-urlencoded",
                "participantId=" + b.id() + "&amount=" + Http.q("5.000.000") + "&paidOn=2024-12-20&_csrf="
                        + Http.q(token));
        assertThat(tooMuch.status()).isEqualTo(200);
        assertThat(tooMuch.body())
                .contains("Hộ " + b.householdCode() + ": số tiền trả 5.000.000 đồng vượt số còn phải trả");
        // a household of the commune's lists joining a second time is refused by name
        Http.Response again = http.post(
                "/support/projects/" + project.id() + "/participants",
                null,
                "application/x-www-form-urlencoded",
                "householdIds=" + p.id("A") + "&contentId=" + livelihood().id()
                        + "&source=CENTRAL_RECURRENT&from=2024-04-01&until=2024-12-31&amount=1000000"
                        + "&decision=8&decisionDate=2024-03-20&_csrf=" + Http.q(token));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body())
                .contains("Hộ " + a.householdCode() + " (" + a.headName() + ") đã tham gia dự án ở vòng 1");

        page = http.get("/support/projects/" + project.id(), null).body();
        assertThat(page).contains("Đã trả đủ", "Quá hạn", "28/12/2024", b.headName());
        assertThat(http.get("/support/projects/" + project.id() + "/participants", null)
                        .body())
                .contains(a.headName(), "Đã trả đủ");
        assertThat(http.get("/funding/projects/" + project.id(), null).body())
                .contains("/support/projects/" + project.id() + "/participants");

        for (int width : new int[] {390, 1280}) {
            try (BrowserPages browser = BrowserPages.open(port, width, 844)) {
                browser.login(official, TestUsers.PASSWORD);
                browser.go("/support/projects/" + project.id());
                browser.check("the project's households at " + width);
                assertThat(browser.text()).contains("Vòng 1", "Quá hạn", a.headName());
                browser.go("/funding/projects/" + project.id());
                browser.waitFor(By.id("round-1"));
                browser.check("the project page with its households at " + width);
                assertThat(browser.text()).contains(b.headName(), "Phải trả");
            }
        }
    }
}
