package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.BrowserPages;
import vn.giamngheo.IntegrationTestBase;

/**
 * A person's path through the login page in a real headless Chromium (Debian's chromium and
 * chromium-driver packages, installed by .ci/run): the commune official logs in and sees the home
 * page of Xuân Bái.
 */
class BrowserLoginIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

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
        browser.go("/");
        browser.waitFor(By.id("username"));
        // Vietnamese although the browser asks for English: officials' pages speak Vietnamese first
        assertThat(browser.find("h1").getText()).isEqualTo("Đăng nhập");
        browser.find("#username").sendKeys("xuanbai");
        browser.find("#password").sendKeys("giamngheo-demo");
        browser.click("button[type=submit]");
        browser.waitFor(By.cssSelector("[data-testid=jurisdiction-unit]"));
        String home = browser.find("[data-testid=jurisdiction-unit]").getText();
        assertThat(home).contains("Xã Xuân Bái").contains("Huyện Thọ Xuân");
        assertThat(browser.find("h1").getText()).startsWith("Xin chào");
    }
}
