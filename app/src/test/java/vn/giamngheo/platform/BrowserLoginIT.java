package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.BrowserPages;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/**
 * A person's path through the login page in a real headless Chromium (Debian's chromium and
 * chromium-driver packages, installed by .ci/run): a commune official of the test's own commune logs
 * in and sees the home page of that commune and its district.
 */
class BrowserLoginIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts users;

    BrowserPages browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = BrowserPages.open(port, 412, 900);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCommuneOfficialLogsInAndSeesTheCommunesHomePage() {
        TestUnits places = new TestUnits(units);
        AdminUnit district = places.aDistrictIn(places.aProvince());
        AdminUnit commune = places.aCommuneIn(district);
        String official = new TestUsers(users).a(Role.COMMUNE_OFFICIAL, commune);
        browser.go("/");
        browser.waitFor(By.id("username"));
        // Vietnamese although the browser asks for English: officials' pages speak Vietnamese first
        assertThat(browser.find("h1").getText()).isEqualTo("Đăng nhập");
        browser.find("#username").sendKeys(official);
        browser.find("#password").sendKeys(TestUsers.PASSWORD);
        browser.click("button[type=submit]");
        browser.waitFor(By.cssSelector("[data-testid=jurisdiction-unit]"));
        String home = browser.find("[data-testid=jurisdiction-unit]").getText();
        assertThat(home).contains("Xã " + commune.name()).contains("Huyện " + district.name());
        assertThat(browser.find("h1").getText()).startsWith("Xin chào");
    }
}
