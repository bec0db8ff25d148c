package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.BrowserPages;
import vn.giamngheo.CuttableProxy;
import vn.giamngheo.CuttableProxy.Mode;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.standard.HouseholdClass;

/**
 * A village reviewer's day without signal, in a real Chromium at a phone's width behind a proxy the
 * test cuts (and DevTools' offline emulation): log in online → download the village → offline →
 * reload → survey three households (one with a new member) → restart the browser offline → still
 * there → online, the connection cut mid-send → sent again: each stored exactly once with its
 * class → a fourth survey after an office edit is shown as a conflict, side by side, not
 * overwritten.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldSurveyBrowserIT extends ReviewFixtures {
    static final int YEAR = 2063;

    @LocalServerPort
    int port;

    CuttableProxy proxy;
    BrowserPages browser;
    AdminUnit commune;
    AdminUnit village;
    ReviewCampaign campaign;
    String reviewer;
    final Map<String, ReviewHousehold> rows = new java.util.HashMap<>();

    @BeforeAll
    void aCampaignAtTheSurveyWithHouseholdsInTwoVillages() throws Exception {
        commune = commune("Thôn Ngoại Tuyến");
        village = village(commune, "1");
        ReviewCampaign baseline = campaign(commune, CampaignKind.BASELINE, YEAR - 1, null);
        importJsonl(
                baseline,
                village.id(),
                aHousehold("FSB-1").poor().recognised(HouseholdClass.POOR).withMembers(3),
                aHousehold("FSB-2")
                        .nearPoor()
                        .recognised(HouseholdClass.NEAR_POOR)
                        .withMembers(2),
                aHousehold("FSB-3")
                        .nearPoor()
                        .recognised(HouseholdClass.NEAR_POOR)
                        .withMembers(2),
                aHousehold("FSB-4").poor().recognised(HouseholdClass.POOR).withMembers(4));
        importJsonl(
                baseline,
                village(commune, "2").id(),
                aHousehold("FSB-9").poor().recognised(HouseholdClass.POOR).withMembers(2));
        recogniseBaseline(baseline);
        campaign = campaign(commune, CampaignKind.PERIODIC, YEAR, null);
        toSurvey(campaign);
        for (ReviewHousehold r : survey.households(ADMIN, campaign.id(), null, "FSB-", 0, 100)) {
            rows.put(r.householdCode(), r);
        }
        assertThat(rows).containsKeys("FSB-1", "FSB-2", "FSB-3", "FSB-4", "FSB-9");
        reviewer = new TestUsers(userAccounts).a(Role.VILLAGE_REVIEWER, village);
        proxy = new CuttableProxy(port);
    }

    @AfterAll
    void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void theReviewersDayWithoutSignal() throws Exception {
        try {
            walk();
        } catch (Throwable e) {
            if (browser != null) {
                System.err.println("PAGE AT FAILURE: " + browser.driver.getCurrentUrl() + "\n" + browser.text());
            }
            throw e;
        }
    }

    void walk() throws Exception {
        Path profile = Files.createTempDirectory("chromium-field-");
        browser = BrowserPages.open(proxy.port(), 390, 844, profile);
        BrowserPages b = browser;
        b.login(reviewer, TestUsers.PASSWORD);
        b.go("/field/");
        waitUntil(b, "return document.getElementById('ready').getAttribute('data-ready') === 'true'");
        // only the campaign of the reviewer's commune is offered; the download holds their village only
        b.waitFor(By.cssSelector("[data-testid=download-" + campaign.id() + "]"));
        b.click("[data-testid=download-" + campaign.id() + "]");
        b.waitFor(By.cssSelector("[data-testid=household-FSB-1]"));
        assertThat(b.all("[data-testid^=household-]")).hasSize(4);
        assertThat(b.text()).doesNotContain("FSB-9");

        // the signal goes: the page comes back from the phone
        offline(b, true);
        b.driver.navigate().refresh();
        b.waitFor(By.cssSelector("[data-testid=household-FSB-1]"));
        assertThat(b.find("[data-testid=net]").getText()).isEqualTo("Đang ngoại tuyến");

        String poor = survey(b, "FSB-1", "1000000", List.of("EMPLOYMENT", "NUTRITION", "WATER"), null);
        assertThat(poor).isEqualTo("POOR");
        String notPoor = survey(b, "FSB-2", "3000000", List.of(), null);
        assertThat(notPoor).isEqualTo("NOT_POOR");
        String nearPoor = survey(b, "FSB-3", "1200000", List.of("WATER"), "Nguyễn Bé Mới");
        assertThat(nearPoor).isEqualTo("NEAR_POOR");
        assertThat(b.find("[data-testid=unsent]").getAttribute("data-count")).isEqualTo("3");

        // the browser is closed and opened again, still without signal: everything is still there
        b.close();
        browser = BrowserPages.open(proxy.port(), 390, 844, profile);
        b = browser;
        offline(b, true);
        b.go("/field/");
        waitUntil(b, "return document.getElementById('unsent').getAttribute('data-count') === '3'");
        b.go("/field/#c/" + campaign.id() + "/h/" + rows.get("FSB-3").id());
        b.waitFor(By.cssSelector("[data-testid=field-form]"));
        assertThat(b.all("fieldset.member")).hasSize(3);
        assertThat(b.find("input[name='members[2].name']").getAttribute("value"))
                .isEqualTo("Nguyễn Bé Mới");

        // the signal comes back; the session did not survive the restart: the reviewer logs in again.
        // The first send reaches the server but its answer is lost on the way back.
        offline(b, false);
        proxy.mode(Mode.CUT_SENDS, "POST /api/v1/field/campaigns/");
        b.login(reviewer, TestUsers.PASSWORD);
        b.go("/field/");
        waitUntil(b, "return true", () -> proxy.cut() >= 1);
        waitUntil(b, "return document.getElementById('send-now').textContent === 'Gửi ngay'");
        assertThat(stored()).as("stored by the cut send").isEqualTo(1);
        assertThat(b.find("[data-testid=unsent]").getAttribute("data-count")).isEqualTo("3");

        proxy.mode(Mode.ONLINE, null);
        b.click("[data-testid=send-now]");
        waitUntil(b, "return document.getElementById('unsent').getAttribute('data-count') === '0'");
        assertThat(stored()).as("each survey stored exactly once").isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM review_field_submission WHERE campaign_id = :c")
                        .param("c", campaign.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        Map<String, String> expected = Map.of("FSB-1", poor, "FSB-2", notPoor, "FSB-3", nearPoor);
        for (var e : expected.entrySet()) {
            ReviewHousehold now =
                    survey.household(ADMIN, campaign.id(), rows.get(e.getKey()).id());
            assertThat(now.householdClass()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(now.version())
                    .as(e.getKey() + " saved once")
                    .isEqualTo(rows.get(e.getKey()).version() + 1);
            assertThat(now.changedBy()).isEqualTo(reviewer);
        }
        assertThat(survey.household(ADMIN, campaign.id(), rows.get("FSB-3").id())
                        .persons())
                .isEqualTo(3);

        // the commune office edits the fourth household meanwhile; the reviewer's survey of it is a conflict
        ReviewHousehold fourth =
                survey.household(ADMIN, campaign.id(), rows.get("FSB-4").id());
        survey.save(
                ADMIN,
                campaign.id(),
                fourth.id(),
                aHousehold("FSB-4").notPoor().withMembers(4).line(),
                fourth.version());
        ReviewHousehold office = survey.household(ADMIN, campaign.id(), fourth.id());
        survey(b, "FSB-4", "500000", List.of("EMPLOYMENT", "WATER", "SANITATION"), null);
        b.go("/field/");
        b.waitFor(By.cssSelector("[data-testid=conflict-FSB-4]"));
        ReviewHousehold after = survey.household(ADMIN, campaign.id(), fourth.id());
        assertThat(after.version()).as("not overwritten").isEqualTo(office.version());
        assertThat(after.input()).isEqualTo(office.input());
        b.click("[data-testid=conflict-FSB-4]");
        b.waitFor(By.cssSelector("[data-testid=side-by-side] .side"));
        assertThat(b.all("[data-testid=side-by-side] .side")).hasSize(2);
        String sides = b.find("[data-testid=side-by-side]").getText();
        assertThat(sides).contains("Bản của bạn (trên máy)", "Bản trên máy chủ", "500000", "review-test");
        b.click("[data-testid=keep-theirs]");
        waitUntil(
                b,
                "return location.hash === '' && !document.querySelector('[data-testid=side-by-side]')"
                        + " && !document.querySelector('[data-testid=conflicts]') && !!document.querySelector('h1')");
        assertThat(jdbc.sql("SELECT outcome FROM review_field_submission WHERE review_row_id = :r")
                        .param("r", fourth.id())
                        .query(String.class)
                        .list())
                .containsExactly("KEPT_THEIRS");
        assertThat(survey.household(ADMIN, campaign.id(), fourth.id()).version())
                .isEqualTo(office.version());
    }

    /**
     * Size and speed (not asserted as times): a village of 300 households, every fact of the form
     * given for 5 members each, downloaded; the bundle's bytes (as sent, gzip, and as kept), then the
     * list opened offline with the CPU throttled ×4, five times. Figures go to
     * target/field-bench.txt and docs/benchmarks.md.
     */
    @Test
    void aVillageOf300HouseholdsFitsOnThePhoneAndOpensOffline() throws Exception {
        AdminUnit place = commune("Ba Trăm Hộ");
        AdminUnit v = village(place, "1");
        ReviewCampaign baseline = campaign(place, CampaignKind.BASELINE, YEAR - 1, null);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append(fullHousehold("BTH-" + i, i)).append('\n');
        }
        imports.run(ADMIN, baseline.id(), jsonl(lines.toString()), new ReviewImport.Options(false, v.id()));
        recogniseBaseline(baseline);
        ReviewCampaign big = campaign(place, CampaignKind.PERIODIC, YEAR, null);
        toSurvey(big);
        String user = new TestUsers(userAccounts).a(Role.VILLAGE_REVIEWER, v);
        BrowserPages b = BrowserPages.open(proxy.port(), 390, 844, Files.createTempDirectory("chromium-bench-"));
        try {
            proxy.mode(Mode.ONLINE, null);
            b.login(user, TestUsers.PASSWORD);
            b.go("/field/");
            waitUntil(b, "return document.getElementById('ready').getAttribute('data-ready') === 'true'");
            b.waitFor(By.cssSelector("[data-testid=download-" + big.id() + "]"));
            long started = System.nanoTime();
            b.click("[data-testid=download-" + big.id() + "]");
            try {
                new WebDriverWait(b.driver, Duration.ofSeconds(180))
                        .until(d -> !d.findElements(By.cssSelector("[data-testid=household-BTH-0]"))
                                .isEmpty());
            } catch (RuntimeException e) {
                System.err.println("PAGE AT FAILURE: " + b.text());
                throw e;
            }
            long downloadMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(b.all("[data-testid^=household-]")).hasSize(300);
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) b.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1], url = '/api/v1/field/campaigns/' + arguments[0] + '/download';"
                            + " fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (t) {"
                            + "  var e = performance.getEntriesByType('resource').filter(function (x) { return x.name.indexOf(url) >= 0; }).pop();"
                            + "  navigator.storage.estimate().then(function (s) {"
                            + "   done({ json: new Blob([t]).size, transfer: e ? e.encodedBodySize : -1, stored: s.usage }); }); });",
                    big.id());
            long json = ((Number) size.get("json")).longValue();
            assertThat(json).as("the download of 300 households, bytes").isLessThanOrEqualTo(2L * 1024 * 1024);
            offline(b, true);
            b.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            List<Double> opens = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                b.driver.get("about:blank");
                b.driver.get("http://localhost:" + proxy.port() + "/field/#c/" + big.id());
                b.waitFor(By.cssSelector("[data-testid=household-BTH-299]"));
                opens.add(((Number) b.driver.executeScript("return window.fieldListDrawnAt")).doubleValue());
            }
            b.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
            offline(b, false);
            List<Double> sorted = opens.stream().sorted().toList();
            String report = "households=300 download_and_store_ms=" + downloadMs + " json_bytes=" + json
                    + " gzip_bytes=" + size.get("transfer")
                    + " origin_storage_bytes=" + size.get("stored") + " open_offline_cpu4_ms=" + opens
                    + " median_ms=" + sorted.get(2);
            System.out.println("FIELD BENCH " + report);
            Files.writeString(Path.of("target/field-bench.txt"), report + "\n");
        } finally {
            b.close();
        }
    }

    /** A household with every fact of the survey form given, 5 members. */
    private static String fullHousehold(String code, int i) {
        StringBuilder m = new StringBuilder();
        String[] names = {"Nguyễn Văn Hùng", "Trần Thị Lan", "Nguyễn Văn Minh", "Nguyễn Thị Hoa", "Lê Thị Bình"};
        int[] ages = {48, 45, 19, 14, 72};
        String[] relations = {"HEAD", "SPOUSE", "CHILD", "CHILD", "PARENT"};
        for (int k = 0; k < 5; k++) {
            m.append(k == 0 ? "" : ",")
                    .append("{\"name\":\"")
                    .append(names[k])
                    .append(' ')
                    .append(i)
                    .append("\",\"age\":")
                    .append(ages[k])
                    .append(",\"sex\":\"")
                    .append(k % 2 == 0 ? "M" : "F")
                    .append("\",\"relation\":\"")
                    .append(relations[k])
                    .append("\",\"ethnicity\":\"Kinh\",\"healthInsured\":true,\"stunted\":false,"
                            + "\"underweight\":false,\"education\":\"LOWER_SECONDARY\",\"inSchool\":")
                    .append(ages[k] < 20)
                    .append(",\"employment\":\"SELF_EMPLOYED\",\"disabled\":false,\"socialAllowance\":false,"
                            + "\"personOfMerit\":false}");
        }
        return "{\"ref\":\"" + code + "\",\"area\":\"RURAL\",\"incomePerCapita\":" + (900_000 + i * 1000)
                + ",\"deprivations\":[\"WATER\",\"SANITATION\",\"EMPLOYMENT\"],\"laborCapacity\":true,"
                + "\"causes\":[\"CAPITAL\",\"LAND\"],\"recognizedClass\":\"POOR\","
                + "\"dwelling\":{\"livingAreaM2\":42.5,\"wallDurable\":true,\"columnDurable\":true,\"roofDurable\":false,"
                + "\"cleanWater\":false,\"hygienicLatrine\":false,\"telecom\":true,\"infoDevice\":true,"
                + "\"loudspeakerAccess\":true,\"wasteCollected\":false},\"members\":[" + m + "]}";
    }

    /** Fills the survey of a household on the phone, saves it there, and answers the class the phone showed. */
    private String survey(BrowserPages b, String code, String income, List<String> ticks, String newMember) {
        b.go("/field/#c/" + campaign.id() + "/h/" + rows.get(code).id());
        b.waitFor(By.cssSelector("[data-testid=field-form]"));
        var incomeField = b.find("input[name=incomePerCapita]");
        incomeField.clear();
        incomeField.sendKeys(income);
        b.driver.executeScript(
                "var f = document.querySelector('[data-testid=field-form]'), ticks = arguments[0];"
                        + " f.elements.ticksGiven.checked = true;"
                        + " f.querySelectorAll('input[name=tick]').forEach(function (c) { c.checked = ticks.indexOf(c.value) >= 0; });"
                        + " f.dispatchEvent(new Event('change'));",
                ticks);
        if (newMember != null) {
            b.click("[data-testid=add-member]");
            int index = b.all("fieldset.member").size() - 1;
            b.find("input[name='members[" + index + "].name']").sendKeys(newMember);
            b.find("input[name='members[" + index + "].age']").sendKeys("0");
            new Select(b.find("select[name='members[" + index + "].relation']")).selectByValue("GRANDCHILD");
        }
        b.driver.executeScript("document.querySelector('[data-testid=field-form]').dispatchEvent(new Event('change'))");
        String shown = b.find("[data-testid=phone-class]").getAttribute("data-class");
        assertThat(b.find("[data-testid=reasons]").getText()).isNotBlank();
        b.click("[data-testid=save-on-phone]");
        b.waitFor(By.cssSelector("[data-testid=households]"));
        return shown;
    }

    private int stored() {
        return jdbc.sql("SELECT count(*) FROM review_field_submission WHERE campaign_id = :c AND outcome = 'STORED'")
                .param("c", campaign.id())
                .query(Integer.class)
                .single();
    }

    /** The signal goes or comes back: DevTools' emulation for the page, the proxy for its service worker. */
    void offline(BrowserPages b, boolean off) {
        proxy.mode(off ? Mode.OFFLINE : Mode.ONLINE, null);
        b.driver.executeCdpCommand("Network.enable", Map.of());
        b.driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", off, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    static void waitUntil(BrowserPages b, String script) {
        new WebDriverWait(b.driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
    }

    static void waitUntil(BrowserPages b, String script, java.util.function.BooleanSupplier also) {
        new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> also.getAsBoolean());
    }
}
