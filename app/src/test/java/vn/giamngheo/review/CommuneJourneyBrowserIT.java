package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.BrowserPages;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.HouseholdClass;

/**
 * The commune official's day in a real Chromium at a phone's width (390×844), then the
 * administrator's at a desktop's, every page checked by {@link BrowserPages} (no 5xx, nothing wider
 * than the screen, no English on a Vietnamese page): home to-do → a household found by its head's
 * name without accents → its phone edited → its survey started from the registry (three members)
 * and saved → meetings, posting, recognition → the lists with a certificate per household → the
 * reports → the targets → the plans assigned from above.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommuneJourneyBrowserIT extends ReviewFixtures {
    static final int YEAR = 2061;

    @LocalServerPort
    int port;

    @Autowired
    HouseholdRegistry registry;

    @Autowired
    UserAccounts accounts;

    @Autowired
    vn.giamngheo.planning.Plans plans;

    /** The commune's official: the test's own commune, not the demo's. */
    String official;

    AdminUnit xuanBai;
    ReviewCampaign campaign;
    long rowId;
    long householdId;

    @BeforeAll
    void lastYearsListsAndThisYearsCampaignAtTheSurvey() {
        xuanBai = commune("Thử Xuân Bái");
        official = new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, xuanBai);
        // the district's plan that gives every commune work (seed 003), as its official uploads it
        try {
            byte[] text = java.nio.file.Files.readAllBytes(
                    java.nio.file.Path.of("src/test/resources/seeds/003_10de011b70d5e53d.txt"));
            // a copy of its own: one plan in force per original file
            byte[] copy = (new String(text, java.nio.charset.StandardCharsets.UTF_8) + "\n" + xuanBai.code())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var file = new vn.giamngheo.planning.UploadedFile("ke-hoach.txt", "text/plain", copy);
            AdminUnit district = units.ancestry(xuanBai).get(1);
            plans.save(ADMIN, plans.draft(district.id(), file), file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ReviewCampaign baseline = campaign(xuanBai, CampaignKind.BASELINE, YEAR - 1, null);
        importJsonl(
                baseline,
                village(xuanBai, "1").id(),
                aHousehold("XBJ-1")
                        .nearPoor()
                        .recognised(HouseholdClass.NEAR_POOR)
                        .withMembers(3)
                        .headedBy("Đặng Thị Hồng Nhung"),
                aHousehold("XBJ-2").poor().recognised(HouseholdClass.POOR).withMembers(4),
                aHousehold("XBJ-3")
                        .nearPoor()
                        .recognised(HouseholdClass.NEAR_POOR)
                        .withMembers(2));
        recogniseBaseline(baseline);
        campaign = campaign(xuanBai, CampaignKind.PERIODIC, YEAR, null);
        while (reviews.get(ADMIN, campaign.id()).step() != Step.SURVEY) {
            reviews.advance(
                    ADMIN,
                    campaign.id(),
                    StepRequest.to(campaign.kind()
                            .next(reviews.get(ADMIN, campaign.id()).step())));
        }
        // the others surveyed by another official; the official surveys the first one on the phone
        for (TestHousehold other : List.of(
                aHousehold("XBJ-2").poor().withMembers(4),
                aHousehold("XBJ-3").notPoor().withMembers(2))) {
            ReviewHousehold r = survey.households(
                            ADMIN, campaign.id(), null, other.input().ref(), 0, 10)
                    .get(0);
            survey.save(ADMIN, campaign.id(), r.id(), other.line(), r.version());
        }
        ReviewHousehold row =
                survey.households(ADMIN, campaign.id(), null, "XBJ-1", 0, 10).get(0);
        rowId = row.id();
        householdId = row.householdId();
        assertThat(row.input()).isNull();
    }

    BrowserPages browser;

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCommuneOfficialsDayOnAPhoneAndTheAdministratorsOnADesktop() throws Exception {
        browser = BrowserPages.open(port, 390, 844);
        BrowserPages b = browser;
        b.login(official, TestUsers.PASSWORD);
        assertThat(b.find("[data-testid=todo]").getText()).contains("Rà soát định kỳ " + YEAR);

        b.go("/households?q=dang+thi+hong+nhung");
        assertThat(b.text()).contains("Đặng Thị Hồng Nhung");
        b.go("/households/" + householdId + "/edit");
        Number formHeight = (Number) b.driver.executeScript("return document.documentElement.scrollHeight;");
        assertThat(formHeight.intValue())
                .as("the household form on a phone (members folded, yes/no facts beside their labels)")
                .isLessThan(3200);
        b.find("#phone").clear();
        b.find("#phone").sendKeys("0912 345 678");
        b.click("[data-testid=save]");
        assertThat(b.find("[data-testid=phone]").getText()).isEqualTo("0912 345 678");

        b.go("/reviews/" + campaign.id() + "/households/" + rowId);
        assertThat(b.all("[data-testid=prefilled]")).hasSize(1);
        assertThat(b.find("input[name='members[0].name']").getAttribute("value"))
                .isEqualTo("Đặng Thị Hồng Nhung");
        assertThat(b.find("input[name='members[2].name']").getAttribute("value"))
                .isEqualTo("Thành viên 2 XBJ-1");
        b.click("[data-testid=save-next]");
        ReviewHousehold saved = survey.household(ADMIN, campaign.id(), rowId);
        assertThat(saved.persons()).isEqualTo(3);
        assertThat(ExchangeFormat.parse(saved.input()).members()).hasSize(3);
        assertThat(saved.householdClass()).isEqualTo("NEAR_POOR");

        clickToRecognised(b);
        b.go("/");
        b.go("/reviews/" + campaign.id());
        b.go("/reviews/" + campaign.id() + "/lists/POSTING");
        b.go("/reviews/" + campaign.id() + "/lists/NEAR_POOR");
        assertThat(b.text()).contains("Đặng Thị Hồng Nhung");
        assertThat(b.all("[data-testid=certificate]")).isNotEmpty();
        String certificate = b.find("[data-testid=certificate]").getAttribute("href");
        assertThat(certificate).contains("/certificates/");

        b.go("/reports/flows?unitId=" + xuanBai.id() + "&year=" + (YEAR + 1));
        b.go("/reports/summary?unitId=" + xuanBai.id() + "&year=" + (YEAR + 1));
        assertThat(b.text()).as("the commune's summary by village").contains("Thôn 1");
        AdminUnit district = units.ancestry(xuanBai).get(1);
        b.go("/targets?unitId=" + district.id() + "&year=" + (YEAR + 1));
        assertThat(b.find("h1").getText()).contains(Integer.toString(YEAR + 1));
        b.go("/plans?unitId=" + xuanBai.id());
        assertThat(b.all("[data-testid=plans-from-above] tr")).hasSizeGreaterThan(1);
        b.go("/reports/mpi?unitId=" + xuanBai.id() + "&year=" + (YEAR + 1));
        assertThat(b.find("[data-testid=mpi-headline]").getText()).contains("M0");
        // at k = 1 of 12 indicators the near-poor household deprived in water only is counted
        b.go("/reports/mpi?unitId=" + xuanBai.id() + "&year=" + (YEAR + 1) + "&k=0.08&indicator=WATER");
        assertThat(b.find("[data-testid=mpi-drill]").getText()).contains("XBJ-1");
        b.go("/households/" + householdId);
        assertThat(b.find("[data-testid=household-certificate]").getAttribute("href"))
                .contains("/certificates/" + rowId + "/pdf");
        for (String page : List.of(
                "/reviews?unitId=" + xuanBai.id(),
                "/households/" + householdId,
                "/agencies",
                "/standards/ND07_2021",
                "/reports/dashboard",
                "/")) {
            b.go(page);
        }
        assertThat(b.find("h1").getText()).startsWith("Xin chào");
        b.close();

        browser = BrowserPages.open(port, 1366, 768);
        BrowserPages admin = browser;
        String administrator = new TestUsers(accounts).anAdministrator();
        admin.login(administrator, TestUsers.PASSWORD);
        admin.go("/admin/users");
        String username = "cbxa" + (System.nanoTime() % 1_000_000);
        admin.find("input[name=username]").sendKeys(username);
        admin.find("input[name=fullName]").sendKeys("Lê Văn Thử");
        admin.find("input[name=password]").sendKeys("mat-khau-du-dai");
        // the commune's random tag, unaccented as an official types it: only this test's commune matches
        admin.find("[data-testid=unit-query]")
                .sendKeys(xuanBai.name().substring(xuanBai.name().lastIndexOf(' ') + 1));
        admin.waitFor(org.openqa.selenium.By.cssSelector("[data-testid=unit-option]"));
        admin.find("[data-testid=unit-option]").click();
        admin.find("input[name=roles][value=COMMUNE_OFFICIAL]").click();
        admin.click("[data-testid=create-user]");
        assertThat(admin.find("[data-testid=users]").getText())
                .contains(username)
                .contains("Xã " + xuanBai.name());
        // what this administrator did (the whole trail holds every other test's entries too)
        admin.go("/admin/audit?username=" + administrator);
        assertThat(admin.find("[data-testid=audit]").getText()).contains("Tạo mới");
        admin.go("/households/" + householdId);
        admin.go("/standards/ND351_2025");
    }

    /**
     * The meeting, the posting, the report and the recognition as the official does them on the
     * campaign page: a first meeting that fails (the campaign goes back and says why), the meetings
     * of every village, the posting dates, and a decision dated in the future that is refused with
     * what was typed kept, before the right one.
     */
    void clickToRecognised(BrowserPages b) {
        LocalDate today = today();
        boolean failedOnce = false;
        boolean refusedOnce = false;
        for (int guard = 0; guard < 20; guard++) {
            Step step = reviews.get(ADMIN, campaign.id()).step();
            if (step == Step.RECOGNISED) {
                return;
            }
            b.go("/reviews/" + campaign.id());
            if (step == Step.VILLAGE_MEETING) {
                List<Long> places = survey.households(ADMIN, campaign.id(), null, null, 0, 1000).stream()
                        .map(h -> h.villageId() == null ? campaign.unitId() : h.villageId())
                        .distinct()
                        .toList();
                if (!failedOnce) {
                    failedOnce = true;
                    meeting(b, places.get(0), today.minusDays(22), 5);
                    assertThat(b.find("[data-testid=meeting-failed]").getText())
                            .as("a failed vote says why the campaign went back")
                            .contains("5", "30");
                    assertThat(reviews.get(ADMIN, campaign.id()).step()).isNotEqualTo(Step.VILLAGE_MEETING);
                    continue;
                }
                for (Long place : places) {
                    meeting(b, place, today.minusDays(21), 20);
                }
                b.go("/reviews/" + campaign.id());
            }
            String form = "[data-testid=advance] ";
            if (!b.all(form + "input[name=postingStart]").isEmpty()) {
                day(b, form + "input[name=postingStart]", today.minusDays(20));
                b.find(form + "input[name=postingDays]").sendKeys("3");
            }
            if (!b.all(form + "input[name=reportedOn]").isEmpty()) {
                day(b, form + "input[name=reportedOn]", today.minusDays(3));
            }
            if (!b.all(form + "input[name=decisionNumber]").isEmpty()) {
                b.find(form + "input[name=decisionNumber]").sendKeys("12/QĐ-UBND");
                b.find(form + "input[name=signer]").sendKeys("Nguyễn Văn Chủ Tịch");
                day(b, form + "input[name=decisionDate]", refusedOnce ? today.minusDays(1) : today.plusDays(5));
                if (!refusedOnce) {
                    b.click(form + "button[type=submit]");
                    refusedOnce = true;
                    assertThat(b.find("[data-testid=problems]").getText())
                            .contains(today.plusDays(5)
                                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                    assertThat(b.find(form + "input[name=decisionNumber]").getAttribute("value"))
                            .as("the decision typed is kept after the refusal")
                            .isEqualTo("12/QĐ-UBND");
                    assertThat(b.find(form + "input[name=signer]").getAttribute("value"))
                            .isEqualTo("Nguyễn Văn Chủ Tịch");
                    assertThat(reviews.get(ADMIN, campaign.id()).step()).isEqualTo(step);
                    continue;
                }
            }
            b.click(form + "button[type=submit]");
        }
        throw new AssertionError("the campaign did not reach recognition by clicks");
    }

    private static void meeting(BrowserPages b, long place, LocalDate heldOn, int agreeing) {
        String form = "[data-testid=meeting-form] ";
        new org.openqa.selenium.support.ui.Select(b.find(form + "select[name=villageId]"))
                .selectByValue(Long.toString(place));
        day(b, form + "input[name=heldOn]", heldOn);
        b.find(form + "input[name=attendees]").sendKeys("30");
        b.find(form + "input[name=agreeing]").sendKeys(Integer.toString(agreeing));
        b.click(form + "button[type=submit]");
    }

    /** A date input set as the browser's picker would (its value is ISO whatever the display). */
    private static void day(BrowserPages b, String css, LocalDate day) {
        b.driver.executeScript("arguments[0].value = arguments[1];", b.find(css), day.toString());
    }
}
