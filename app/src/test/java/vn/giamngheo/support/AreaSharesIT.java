package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.BrowserPages;
import vn.giamngheo.Http;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.NotPermitted;
import vn.giamngheo.standard.HouseholdClass;

/**
 * Health-insurance shares by area: a near-poor household in a designated poor commune gets the poor
 * household's amount on the list, applied from the data; an area whose share is not in our notes is
 * shown "chưa xác định" and takes the general amount until a national official enters it. The list
 * as a PDF, and its posting copy with ID numbers masked. The re-check names an area no longer in force.
 */
class AreaSharesIT extends SupportFixtures {
    static final long FULL = 1_263_600L;
    static final long GENERAL = 884_520L;

    @LocalServerPort
    int port;

    @Autowired
    EntitlementLists lists;

    @Autowired
    AreaDesignations areas;

    @Autowired
    AreaShares shares;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUser currentUser;

    private EntitlementLists.Request cards(Place p, int year) {
        return new EntitlementLists.Request(
                p.commune().id(),
                content("BHYT_HO_TRO").id(),
                LocalDate.of(year, 3, 1),
                "CENTRAL_RECURRENT",
                FULL,
                GENERAL,
                "9/QĐ-UBND",
                LocalDate.of(year, 1, 10));
    }

    private void designate(Place p, String kind, LocalDate from, LocalDate to) {
        areas.add(
                SYSTEM,
                List.of(new AreaDesignations.NewDesignation(
                        p.commune().id(), null, kind, "77/QĐ-TTg (thử)", null, from, to, null)));
    }

    private AreaShare mountainShare() {
        return shares.all().stream()
                .filter(s -> s.areaKind() == AreaKind.ETHNIC_MOUNTAIN_AREA
                        && s.householdClass().equals("NEAR_POOR"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNearPoorHouseholdInAPoorCommuneGetsThePoorAmountOnTheList() throws Exception {
        Place poor = place(2, Map.of("P", HouseholdClass.POOR, "N", HouseholdClass.NEAR_POOR));
        Place plain = place(2, Map.of("M", HouseholdClass.NEAR_POOR));
        for (Place p : List.of(poor, plain)) {
            allocate(p, "BHYT_HO_TRO", 2026, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        }
        designate(poor, "POOR_COMMUNE", LocalDate.of(2025, 9, 1), null);
        jdbc.sql(
                        "UPDATE household_member SET citizen_id = '038099887766' WHERE household_id = :h AND relation = 'HEAD'")
                .param("h", poor.id("N"))
                .update();

        EntitlementLists.Run run = lists.build(SYSTEM, cards(poor, 2026));
        assertThat(run.added()).isEqualTo(4);
        assertThat(run.amount()).isEqualTo(4 * FULL);
        assertThat(grants.ofHousehold(SYSTEM, poor.id("N"))).hasSize(2).allMatch(g -> g.amount() == FULL);
        EntitlementLists.Run other = lists.build(SYSTEM, cards(plain, 2026));
        assertThat(grants.ofHousehold(SYSTEM, plain.id("M"))).hasSize(2).allMatch(g -> g.amount() == GENERAL);
        assertThat(other.amount()).isEqualTo(2 * GENERAL);
        // a 2025 list: NĐ 188/2025 was not in force on its first day, and no poor district is designated
        allocate(poor, "BHYT_HO_TRO", 2025, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        lists.build(SYSTEM, cards(poor, 2025));
        assertThat(grants.ofHousehold(SYSTEM, poor.id("N")).stream()
                        .filter(g -> g.from().getYear() == 2025))
                .hasSize(2)
                .allMatch(g -> g.amount() == GENERAL);

        String official =
                new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, poor.commune().unit());
        Http http = new Http(port).login(official);
        String page = http.get("/support/lists/" + run.listId(), null).body();
        assertThat(page).contains("Mức hỗ trợ theo địa bàn", "Xã nghèo", "77/QĐ-TTg (thử)", "100 % mức đóng");
        // the PDF to sign shows the share and the full ID; the posting copy masks it
        String pdf = SupportPagesIT.pdfText(
                SupportPagesIT.bytes(port, official, "/api/v1/entitlement-lists/" + run.listId() + "/pdf"));
        assertThat(pdf).contains("DANH SÁCH", "038099887766", "1.263.600", "100 %");
        String posted = SupportPagesIT.pdfText(
                SupportPagesIT.bytes(port, official, "/api/v1/entitlement-lists/" + run.listId() + "/pdf?public=true"));
        assertThat(posted).contains("********7766", "1.263.600").doesNotContain("038099887766");
        for (int width : new int[] {390, 1280}) {
            try (BrowserPages browser = BrowserPages.open(port, width, 844)) {
                browser.login(official, TestUsers.PASSWORD);
                browser.go("/support/lists/" + run.listId());
                browser.check("an entitlement list with its shares by area at " + width);
                browser.go("/support/areas?unitId=" + poor.commune().id());
                browser.check("the areas and shares by area at " + width);
                assertThat(browser.text()).contains("Chưa xác định", "NĐ 188/2025/NĐ-CP");
            }
        }
    }

    @Test
    void anAreaWithoutADeterminedShareTakesTheGeneralAmountUntilANationalOfficialEntersIt() {
        Place p = place(1, Map.of("N", HouseholdClass.NEAR_POOR));
        allocate(p, "BHYT_HO_TRO", 2026, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        allocate(p, "BHYT_HO_TRO", 2027, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        designate(p, "ETHNIC_MOUNTAIN_AREA", LocalDate.of(2021, 1, 1), null);
        AreaShare before = mountainShare();
        assertThat(before.determined()).isFalse();
        assertThat(before.confidence()).isEqualTo("NOT_FOUND");
        lists.build(SYSTEM, cards(p, 2026));
        assertThat(grants.ofHousehold(SYSTEM, p.id("N")))
                .singleElement()
                .satisfies(g -> assertThat(g.amount()).isEqualTo(GENERAL));

        var commune = currentUser.actorFor(
                new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, p.commune().unit()));
        var correction = new AreaShares.Correction(new BigDecimal("100"), "Văn bản thử", null, before.version());
        assertThatThrownBy(() -> shares.correct(commune, before.id(), correction))
                .isInstanceOf(NotPermitted.class);
        InvalidInput bad = catchThrowableOfType(
                InvalidInput.class,
                () -> shares.correct(
                        SYSTEM,
                        before.id(),
                        new AreaShares.Correction(new BigDecimal("150"), " ", null, before.version())));
        assertThat(bad.problems())
                .extracting(x -> x.field() + ":" + x.code())
                .containsExactlyInAnyOrder(
                        "sharePercent:support.shareRange", "legalSource:support.shareSourceRequired");
        try {
            AreaShare set = shares.correct(SYSTEM, before.id(), correction);
            assertThat(set.confidence()).isEqualTo("USER");
            assertThatThrownBy(() -> shares.correct(SYSTEM, before.id(), correction))
                    .isInstanceOf(ConcurrentEdit.class);
            lists.build(SYSTEM, cards(p, 2027));
            assertThat(grants.ofHousehold(SYSTEM, p.id("N")).stream()
                            .filter(g -> g.from().getYear() == 2027))
                    .singleElement()
                    .satisfies(g -> assertThat(g.amount()).isEqualTo(FULL));
        } finally {
            AreaShare now = mountainShare();
            shares.correct(SYSTEM, now.id(), new AreaShares.Correction(null, null, null, now.version()));
        }
        assertThat(mountainShare().determined()).isFalse();
        assertThat(mountainShare().confidence()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theRecheckListsAGrantWhoseAreaIsNoLongerDesignated() {
        Place p = place(1, Map.of("P", HouseholdClass.POOR));
        SupportContent production = content("SAN_XUAT_HP2");
        allocate(p, "SAN_XUAT_HP2", 2026, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        ContentRule rule = grants.rule(production.id()).orElseThrow();
        LocalDate from = LocalDate.now().withDayOfYear(1);
        // designated from the grants' first day until yesterday
        designate(p, "POOR_COMMUNE", from, LocalDate.now().minusDays(1));
        areas.setRuleAreas(SYSTEM, production.id(), List.of("POOR_COMMUNE"), rule.version());
        try {
            SupportGrant g =
                    grants.propose(SYSTEM, grant(p.id("P"), null, production, "CENTRAL_RECURRENT", from, 2_000_000));
            g = grants.approve(SYSTEM, g.id(), "3/QĐ-UBND", from, g.version());
            List<SupportGrants.Recheck> rows =
                    grants.recheck(SYSTEM, p.commune().id());
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.classNow()).isEqualTo("POOR");
                assertThat(r.reasons()).extracting(x -> x.code()).containsExactly("support.areaNotInForce");
            });
        } finally {
            areas.setRuleAreas(
                    SYSTEM,
                    production.id(),
                    List.of(),
                    grants.rule(production.id()).orElseThrow().version());
        }
        assertThat(grants.recheck(SYSTEM, p.commune().id())).isEmpty();
    }
}
