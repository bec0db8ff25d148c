package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.standard.HouseholdClass;

class EntitlementListsIT extends SupportFixtures {
    @Autowired
    EntitlementLists lists;

    @Test
    void aHealthInsuranceListCoversEveryMemberOnceAndAReRunAddsOnlyWhatChanged() {
        Place p = place(3, Map.of("A", HouseholdClass.POOR, "B", HouseholdClass.POOR, "C", HouseholdClass.NEAR_POOR));
        SupportContent cards = content("BHYT_HO_TRO");
        allocate(p, "BHYT_HO_TRO", 2025, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        allocate(p, "BHYT_HO_TRO", 2025, FundingSource.LOCAL_COUNTERPART, 100_000_000);
        // A's head already holds a card for 2025, paid by the province
        SupportGrant held = grants.propose(
                SYSTEM, grant(p.id("A"), 0, cards, "LOCAL_COUNTERPART", LocalDate.of(2025, 1, 1), 1_263_600));
        held = grants.approve(SYSTEM, held.id(), "5/QĐ-UBND", LocalDate.of(2025, 1, 2), held.version());
        EntitlementLists.Request request = new EntitlementLists.Request(
                p.commune().id(),
                cards.id(),
                LocalDate.of(2025, 3, 1),
                "CENTRAL_RECURRENT",
                1_263_600L,
                884_520L,
                "9/QĐ-UBND",
                LocalDate.of(2025, 1, 10));
        EntitlementLists.Run first = lists.build(SYSTEM, request);
        assertThat(first.added()).isEqualTo(8);
        assertThat(first.held()).isEqualTo(1);
        assertThat(first.amount()).isEqualTo(5 * 1_263_600L + 3 * 884_520L);
        assertThat(grants.ofHousehold(SYSTEM, p.id("C")))
                .hasSize(3)
                .allMatch(
                        g -> g.amount() == 884_520 && g.listId() == first.listId() && g.state() == GrantState.APPROVED);
        EntitlementLists.Run again = lists.build(SYSTEM, request);
        assertThat(again.listId()).isEqualTo(first.listId());
        assertThat(again.runNo()).isEqualTo(2);
        assertThat(again.added()).isZero();
        assertThat(again.amount()).isZero();
        // the province's card is cancelled: the next run adds exactly that member
        grants.cancel(SYSTEM, held.id(), "Chuyển sang danh sách của xã", held.version());
        EntitlementLists.Run third = lists.build(SYSTEM, request);
        assertThat(third.added()).isEqualTo(1);
        assertThat(third.held()).isZero();
        assertThat(grants.ofHousehold(SYSTEM, p.id("A")).stream()
                        .filter(g -> g.state().live())
                        .map(SupportGrant::memberOrd))
                .containsExactlyInAnyOrder(0, 1, 2);
        long committed = ledger.balances(SYSTEM, p.commune().id(), 2025, null).stream()
                .filter(b -> b.source() == FundingSource.CENTRAL_RECURRENT)
                .findFirst()
                .orElseThrow()
                .committed();
        assertThat(committed).isEqualTo(first.amount() + 1_263_600L);
        assertThat(lists.get(SYSTEM, first.listId()).runs()).hasSize(3);
    }

    @Test
    void anElectricityListTakesPoorHouseholdsOnly() {
        Place p = place(2, Map.of("P", HouseholdClass.POOR, "N", HouseholdClass.NEAR_POOR));
        SupportContent electricity = content("TIEN_DIEN");
        allocate(p, "TIEN_DIEN", 2025, FundingSource.CENTRAL_RECURRENT, 10_000_000);
        EntitlementLists.Run run = lists.build(
                SYSTEM,
                new EntitlementLists.Request(
                        p.commune().id(),
                        electricity.id(),
                        LocalDate.of(2025, 5, 15),
                        "CENTRAL_RECURRENT",
                        184_000L,
                        null,
                        "11/QĐ-UBND",
                        LocalDate.of(2025, 4, 2)));
        assertThat(run.added()).isEqualTo(1);
        assertThat(grants.ofHousehold(SYSTEM, p.id("P"))).singleElement().satisfies(g -> {
            assertThat(g.from()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(g.until()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
        assertThat(grants.ofHousehold(SYSTEM, p.id("N"))).isEmpty();
    }
}
