package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.IntegrationTestBase;

/**
 * A person's path through the login page in a real headless Chromium (Debian's chromium and
 * chromium-driver packages, installed by .ci/run): the commune official logs in and sees the home
 * page of Xuân Bái.
 */
class BrowserLoginIT extends IntegrationTestBase {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        assertThat(CHROMIUM).as("install Debian's chromium (see .ci/run)").exists();
        assertThat(CHROMEDRIVER)
                .as("install Debian's chromium-driver (see .ci/run)")
                .exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"),
                "--lang=en-US",
                "--window-size=412,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCommuneOfficialLogsInAndSeesTheCommunesHomePage() {
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        // Vietnamese although the browser asks for English: officials' pages speak Vietnamese first
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
        browser.findElement(By.id("username")).sendKeys("xuanbai");
        browser.findElement(By.id("password")).sendKeys("giamngheo-demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=jurisdiction-unit]")));
        String home = browser.findElement(By.cssSelector("[data-testid=jurisdiction-unit]"))
                .getText();
        assertThat(home).contains("Xã Xuân Bái").contains("Huyện Thọ Xuân");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Xin chào");
    }
}
