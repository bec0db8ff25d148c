package vn.giamngheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) walking the pages as a person
 * does, at a phone's width (390×844, a touch device) or a desktop's, and checking every page it
 * opens: no 5xx, nothing wider than the screen, and no English on a Vietnamese page — English
 * words from a list, and codes in capitals joined by underscores (HEALTH_INSURANCE, ND07_2021).
 */
public final class BrowserPages implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Words of English sentences that no Vietnamese page has a reason to show. */
    static final Set<String> ENGLISH = Set.of(
            "the",
            "of",
            "and",
            "is",
            "are",
            "not",
            "yet",
            "with",
            "must",
            "cannot",
            "household",
            "households",
            "error",
            "field",
            "unknown",
            "outside",
            "your",
            "jurisdiction",
            "required",
            "found",
            "page",
            "status",
            "whitelabel",
            "forbidden",
            "invalid",
            "should",
            "give",
            "step",
            "survey",
            "surveyed",
            "number",
            "null",
            "true",
            "false",
            "none",
            "done",
            "added",
            "changed");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    public final ChromeDriver driver;
    private final String base;
    private final int width;

    private BrowserPages(ChromeDriver driver, String base, int width) {
        this.driver = driver;
        this.base = base;
        this.width = width;
    }

    /** A browser of {@code width}×{@code height} CSS pixels; a width under 500 emulates a phone. */
    public static BrowserPages open(int port, int width, int height) throws Exception {
        return open(port, width, height, Files.createTempDirectory("chromium-profile"));
    }

    /** A browser on no application (a script run in a blank page). */
    public static BrowserPages openBlank(int width, int height) throws Exception {
        return open(0, width, height);
    }

    /**
     * A browser keeping its profile in {@code profile}: a second one opened on the same folder after
     * the first is closed is the same browser restarted (its storage and service workers kept).
     */
    public static BrowserPages open(int port, int width, int height, Path profile) throws Exception {
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
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--lang=en-US",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        boolean phone = width < 500;
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
        return new BrowserPages(driver, "http://localhost:" + port, width);
    }

    public BrowserPages login(String username, String password) {
        driver.get(base + "/login");
        waitFor(By.id("username"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.tagName("h1"));
        check("after login of " + username);
        return this;
    }

    /** Opens a path of the application and checks the page. */
    public BrowserPages go(String path) {
        driver.get(base + path);
        waitFor(By.tagName("body"));
        check(path);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Clicks and checks the page the click leads to. */
    public BrowserPages click(String css) {
        WebElement e = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
        e.click();
        waitFor(By.tagName("body"));
        check("after clicking " + css);
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The checks every page must pass: status, width, language. */
    public void check(String where) {
        JavascriptExecutor js = driver;
        Number status = (Number) js.executeScript(
                "var n = performance.getEntriesByType('navigation'); return n.length ? n[0].responseStatus : 0;");
        assertThat(status.intValue()).as("HTTP status of " + where).isLessThan(500);
        Number scrollWidth = (Number)
                js.executeScript("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        assertThat(scrollWidth.intValue())
                .as("page width of " + where + " on a screen " + width + " px wide")
                .isLessThanOrEqualTo(width);
        String lang = (String) js.executeScript("return document.documentElement.lang;");
        if ("vi".equals(lang)) {
            String text = text();
            assertThat(englishIn(text))
                    .as("English on the Vietnamese page " + where)
                    .isEmpty();
            Matcher iso = ISO_DAY.matcher(text);
            assertThat(iso.find() ? iso.group() : null)
                    .as("a date written yyyy-mm-dd instead of dd/mm/yyyy on " + where)
                    .isNull();
        }
    }

    /** The English words and codes in a text. */
    public static List<String> englishIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            found.add(code.group());
        }
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String word = w.group();
            // a word of Latin letters only that is also a Vietnamese syllable without marks ("an", "the" is not)
            if (ENGLISH.contains(word.toLowerCase(java.util.Locale.ROOT)) && !vietnameseNeighbours(text, w)) {
                found.add(word);
            }
        }
        return found;
    }

    /** "the" inside "Thẻ"? No: the pattern stops at a marked letter, so a match is a whole unmarked run. */
    private static boolean vietnameseNeighbours(String text, Matcher w) {
        int before = w.start() - 1;
        int after = w.end();
        return (before >= 0 && Character.isLetter(text.charAt(before)))
                || (after < text.length() && Character.isLetter(text.charAt(after)));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
