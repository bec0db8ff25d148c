package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.review.TestHousehold.aHousehold;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.standard.HouseholdClass;

class WhatIfIT extends ReviewFixtures {
    @Autowired
    WhatIf whatIf;

    @Autowired
    CurrentUser users;

    @Test
    void reclassifyingTheRecognisedListsShowsWhoWouldChangeClass() {
        AdminUnit commune = commune("Thử Xuân Giang");
        ReviewCampaign baseline = campaign(commune, CampaignKind.BASELINE, 2031, null);
        importJsonl(
                baseline,
                village(commune, "1").id(),
                aHousehold("XG-W1").poor().recognised(HouseholdClass.POOR),
                aHousehold("XG-W2").nearPoor().recognised(HouseholdClass.POOR),
                aHousehold("XG-W3").nearPoor().recognised(HouseholdClass.NEAR_POOR));
        recogniseBaseline(baseline);

        // the same standard: the facts recorded contradict one recognised class (XS-W2 has one deprivation)
        WhatIf.Result same = whatIf.compare(ADMIN, commune.id(), 2032, "ND07_2021", null, 100);
        assertThat(same.fromTo())
                .containsEntry("POOR→POOR", 1L)
                .containsEntry("POOR→NEAR_POOR", 1L)
                .containsEntry("NEAR_POOR→NEAR_POOR", 1L);
        assertThat(same.changedCount()).isEqualTo(1);
        assertThat(same.changed()).extracting(WhatIf.Change::code).containsExactly("XG-W2");
        assertThat(same.byChildUnit()).containsKey("Xã " + commune.name());
        assertThat(same.derivedFromFacts()).isZero();

        // NĐ 351/2025 uses WASTE, which NĐ 07 ticks never covered: indicators are derived from facts instead
        WhatIf.Result next = whatIf.compare(ADMIN, commune.id(), 2032, "ND351_2025", null, 100);
        assertThat(next.households()).isEqualTo(3);
        assertThat(next.derivedFromFacts()).isEqualTo(3);
        assertThat(next.fromTo().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(3);

        // outside the jurisdiction nothing is read
        assertThat(whatIf.compare(
                                users.actorFor(officialOf(commune("Thử Xuân Bái"))),
                                commune.id(),
                                2032,
                                "ND07_2021",
                                null,
                                100)
                        .households())
                .isZero();
    }

    @Test
    void theChangedHouseholdsComeInCommuneAndCodeOrderAndTheLimitKeepsTheFirst() {
        AdminUnit commune = commune("Thử Xuân Hòa");
        ReviewCampaign baseline = campaign(commune, CampaignKind.BASELINE, 2031, null);
        // imported out of order; every one recognised poor although its facts say near-poor
        importJsonl(
                baseline,
                village(commune, "1").id(),
                aHousehold("XH-W4").nearPoor().recognised(HouseholdClass.POOR),
                aHousehold("XH-W1").nearPoor().recognised(HouseholdClass.POOR),
                aHousehold("XH-W3").nearPoor().recognised(HouseholdClass.POOR),
                aHousehold("XH-W2").nearPoor().recognised(HouseholdClass.POOR),
                aHousehold("XH-W5").poor().recognised(HouseholdClass.POOR));
        recogniseBaseline(baseline);

        WhatIf.Result all = whatIf.compare(ADMIN, commune.id(), 2032, "ND07_2021", null, 100);
        assertThat(all.changed()).extracting(WhatIf.Change::code).containsExactly("XH-W1", "XH-W2", "XH-W3", "XH-W4");
        WhatIf.Result two = whatIf.compare(ADMIN, commune.id(), 2032, "ND07_2021", null, 2);
        assertThat(two.changedCount()).isEqualTo(4);
        assertThat(two.changed()).extracting(WhatIf.Change::code).containsExactly("XH-W1", "XH-W2");
        assertThat(whatIf.compare(ADMIN, commune.id(), 2032, "ND07_2021", null, 0)
                        .changed())
                .isEmpty();
    }
}
