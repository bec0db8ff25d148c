package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void aGrantOfTheListWhoseHouseholdTheListsNoLongerQualifyIsListedForReviewNotCancelled() {
        Place p = place(2, Map.of("P", HouseholdClass.POOR));
        // a household on the lists of another commune only
        Place elsewhere = place(2, Map.of("X", HouseholdClass.POOR));
        allocate(p, "BHYT_HO_TRO", 2025, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        EntitlementLists.Request request = cardsOf2025(p);
        EntitlementLists.Run first = lists.build(SYSTEM, request);
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.noLongerEligible()).isEmpty();
        // a card of the list for a member of a household the list's lists in force do not hold (as
        // when a household leaves them after the run), written past the facade
        long stray = jdbc.sql("""
                        INSERT INTO support_grant (household_id, member_ord, per_person, content_id, group_id, component_id,
                            program_id, source, unit_id, period, period_kind, amount, decision, state, list_id, created_at,
                            created_by, changed_at, changed_by)
                        SELECT :x, 0, per_person, content_id, group_id, component_id, program_id, source, unit_id, period,
                            period_kind, amount, decision, 'APPROVED', list_id, now(), 'x', now(), 'x'
                        FROM support_grant WHERE list_id = :list LIMIT 1
                        RETURNING id
                        """)
                .param("x", elsewhere.id("X"))
                .param("list", first.listId())
                .query(Long.class)
                .single();
        EntitlementLists.Run again = lists.build(SYSTEM, request);
        assertThat(again.added()).isZero();
        assertThat(again.noLongerEligible()).containsExactly(stray);
        assertThat(grants.get(SYSTEM, stray).state()).isEqualTo(GrantState.APPROVED);
    }

    @Test
    void twoRunsOfOneListAtOnceQueueTheSecondAddsNothing() throws Exception {
        Place p = place(3, Map.of("A", HouseholdClass.POOR, "B", HouseholdClass.NEAR_POOR));
        allocate(p, "BHYT_HO_TRO", 2025, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        EntitlementLists.Request request = cardsOf2025(p);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EntitlementLists.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return lists.build(SYSTEM, request);
            }));
        }
        start.countDown();
        List<EntitlementLists.Run> done = new ArrayList<>();
        for (Future<EntitlementLists.Run> f : runs) {
            done.add(f.get());
        }
        pool.shutdown();
        assertThat(done).extracting(EntitlementLists.Run::runNo).containsExactlyInAnyOrder(1, 2);
        assertThat(done).extracting(EntitlementLists.Run::added).containsExactlyInAnyOrder(6, 0);
        assertThat(grants.ofHousehold(SYSTEM, p.id("A")))
                .hasSize(3)
                .allMatch(g -> g.state().live());
        assertThat(ledger.balances(SYSTEM, p.commune().id(), 2025, null).get(0).committed())
                .isEqualTo(3 * 1_263_600L + 3 * 884_520L);
        assertThat(ledger.inconsistencies()).isEmpty();
    }

    private EntitlementLists.Request cardsOf2025(Place p) {
        return new EntitlementLists.Request(
                p.commune().id(),
                content("BHYT_HO_TRO").id(),
                LocalDate.of(2025, 3, 1),
                "CENTRAL_RECURRENT",
                1_263_600L,
                884_520L,
                "9/QĐ-UBND",
                LocalDate.of(2025, 1, 10));
    }
}
