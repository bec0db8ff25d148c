package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.giamngheo.funding.Balance;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.HouseholdClass;

class NoDoubleSupportIT extends SupportFixtures {

    @Test
    void twentyConcurrentApprovalsOfTheSameContentForTheSameHouseholdLetExactlyOneThrough() throws Exception {
        Place p = place(3, Map.of("D", HouseholdClass.POOR));
        SupportContent electricity = content("TIEN_DIEN");
        allocate(p, "TIEN_DIEN", 2024, FundingSource.CENTRAL_RECURRENT, 10_000_000);
        List<SupportGrant> proposals = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // twenty sources of the same quarter's electricity support (different days of the quarter)
            proposals.add(grants.propose(
                    SYSTEM,
                    grant(p.id("D"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2024, 4, 1 + i), 184_000)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (SupportGrant g : proposals) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    grants.approve(SYSTEM, g.id(), "15/QĐ-UBND", LocalDate.of(2024, 4, 25), g.version());
                    return "approved";
                } catch (InvalidInput e) {
                    return e.problems().get(0).code() + ":"
                            + e.problems().get(0).message().args().get(0);
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes.stream().filter("approved"::equals)).hasSize(1);
        List<SupportGrant> live = grants.ofHousehold(SYSTEM, p.id("D")).stream()
                .filter(g -> g.state().live())
                .toList();
        assertThat(live).hasSize(1);
        // every refusal names the one grant that got through
        assertThat(outcomes.stream().filter(o -> !o.equals("approved")))
                .hasSize(19)
                .allMatch(o -> o.equals("support.doubleSupport:" + live.get(0).id()));
        Balance b = ledger.balances(SYSTEM, p.commune().id(), 2024, null).get(0);
        assertThat(b.committed()).isEqualTo(184_000);
        assertThat(ledger.inconsistencies()).isEmpty();
    }

    @Test
    void theDatabaseRefusesASecondLiveGrantWrittenPastTheFacade() {
        Place p = place(3, Map.of("S", HouseholdClass.POOR));
        SupportContent electricity = content("TIEN_DIEN");
        allocate(p, "TIEN_DIEN", 2024, FundingSource.CENTRAL_RECURRENT, 1_000_000);
        SupportGrant g = grants.propose(
                SYSTEM, grant(p.id("S"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2024, 7, 1), 184_000));
        grants.approve(SYSTEM, g.id(), "16/QĐ-UBND", LocalDate.of(2024, 7, 2), g.version());
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO support_grant (household_id, per_person, content_id, group_id, component_id, program_id,
                            source, unit_id, period, period_kind, amount, decision, state, created_at, created_by,
                            changed_at, changed_by)
                        SELECT household_id, per_person, content_id, group_id, component_id, program_id, 'LOCAL_COUNTERPART',
                            unit_id, daterange('2024-08-01', '2024-09-01'), 'MONTH', 10, 'x', 'APPROVED', now(), 'x', now(), 'x'
                        FROM support_grant WHERE id = :id
                        """).param("id", g.id()).update())
                .hasMessageContaining("support_grant_no_double_support");
    }

    @Test
    void aMembersGrantOfAContentGivenPerHouseholdOverlapsTheHouseholdsButPerPersonContentsDoNot() {
        Place p = place(4, Map.of("M", HouseholdClass.POOR));
        SupportContent electricity = content("TIEN_DIEN");
        SupportContent insurance = content("BHYT_HO_TRO");
        allocate(p, "TIEN_DIEN", 2024, FundingSource.CENTRAL_RECURRENT, 1_000_000);
        allocate(p, "BHYT_HO_TRO", 2024, FundingSource.CENTRAL_RECURRENT, 10_000_000);
        SupportGrant household = grants.propose(
                SYSTEM, grant(p.id("M"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2024, 1, 5), 184_000));
        grants.approve(SYSTEM, household.id(), "1/QĐ-UBND", LocalDate.of(2024, 1, 10), household.version());
        SupportGrant member = grants.propose(
                SYSTEM, grant(p.id("M"), 2, electricity, "LOCAL_COUNTERPART", LocalDate.of(2024, 2, 1), 100_000));
        assertThatThrownBy(() -> grants.approve(SYSTEM, member.id(), "2/QĐ-UBND", LocalDate.of(2024, 2, 2), 0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).code()).isEqualTo("support.doubleSupport");
                    assertThat(e.problems().get(0).message().args().get(0)).isEqualTo(household.id());
                });
        // health insurance is per person: two members each hold their own card for the year
        for (int ord = 0; ord < 2; ord++) {
            SupportGrant card = grants.propose(
                    SYSTEM, grant(p.id("M"), ord, insurance, "CENTRAL_RECURRENT", LocalDate.of(2024, 3, 1), 1_263_600));
            assertThat(grants.approve(SYSTEM, card.id(), "3/QĐ-UBND", LocalDate.of(2024, 3, 1), card.version())
                            .state())
                    .isEqualTo(GrantState.APPROVED);
            assertThat(card.from()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(card.until()).isEqualTo(LocalDate.of(2024, 12, 31));
        }
        // … and per-person contents need a member
        assertThatThrownBy(() -> grants.propose(
                        SYSTEM,
                        grant(p.id("M"), null, insurance, "CENTRAL_RECURRENT", LocalDate.of(2025, 1, 1), 1_263_600)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems()).anyMatch(x -> x.code().equals("support.memberRequired")));
    }

    @Test
    void theHigherGrantReplacesTheOneHeldInOneTransactionWithItsLedgerEntriesReversed() {
        Place p = place(3, Map.of("R", HouseholdClass.POOR));
        SupportContent house = content("NHA_XAY_MOI_DA5");
        allocate(p, "NHA_XAY_MOI_DA5", 2024, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        allocate(p, "NHA_XAY_MOI_DA5", 2024, FundingSource.LOCAL_COUNTERPART, 100_000_000);
        SupportGrant first = grants.propose(
                SYSTEM, grant(p.id("R"), null, house, "CENTRAL_RECURRENT", LocalDate.of(2024, 3, 1), 30_000_000));
        first = grants.approve(SYSTEM, first.id(), "20/QĐ-UBND", LocalDate.of(2024, 3, 5), first.version());
        first = grants.pay(SYSTEM, first.id(), 1, LocalDate.of(2024, 4, 1), "PC-01", first.version());
        assertThat(first.paid()).isEqualTo(21_000_000); // 70 % at the foundation
        SupportGrant higher = grants.propose(
                SYSTEM, grant(p.id("R"), null, house, "LOCAL_COUNTERPART", LocalDate.of(2024, 6, 1), 40_000_000));
        long firstId = first.id();
        assertThatThrownBy(() -> grants.approve(SYSTEM, higher.id(), "21/QĐ-UBND", LocalDate.of(2024, 6, 2), 0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).code()).isEqualTo("support.doubleSupport");
                    assertThat(e.problems().get(0).message().args())
                            .contains(firstId, "20/QĐ-UBND", "05/03/2024", java.math.BigDecimal.valueOf(30_000_000));
                });
        // a lower one cannot replace it: the highest level applies
        SupportGrant lower = grants.propose(
                SYSTEM, grant(p.id("R"), null, house, "LOCAL_COUNTERPART", LocalDate.of(2024, 6, 1), 25_000_000));
        assertThatThrownBy(() -> grants.replace(
                        SYSTEM, lower.id(), firstId, "Mức cao hơn", "22/QĐ-UBND", LocalDate.of(2024, 6, 2), 0))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("support.replaceNotHigher"));
        SupportGrant replaced = grants.replace(
                SYSTEM,
                higher.id(),
                firstId,
                "Áp dụng mức hỗ trợ cao hơn của tỉnh",
                "21/QĐ-UBND",
                LocalDate.of(2024, 6, 2),
                0);
        assertThat(replaced.state()).isEqualTo(GrantState.APPROVED);
        SupportGrant old = grants.get(SYSTEM, firstId);
        assertThat(old.state()).isEqualTo(GrantState.CANCELLED);
        assertThat(old.reason()).isEqualTo("Áp dụng mức hỗ trợ cao hơn của tỉnh");
        assertThat(old.replacedBy()).isEqualTo(higher.id());
        assertThat(grants.payments(SYSTEM, firstId)).allMatch(SupportGrant.Payment::reversed);
        Map<FundingSource, Balance> bySource = new java.util.EnumMap<>(FundingSource.class);
        ledger.balances(SYSTEM, p.commune().id(), 2024, null).forEach(b -> bySource.put(b.source(), b));
        assertThat(bySource.get(FundingSource.CENTRAL_RECURRENT).committed()).isZero();
        assertThat(bySource.get(FundingSource.CENTRAL_RECURRENT).disbursed()).isZero();
        assertThat(bySource.get(FundingSource.LOCAL_COUNTERPART).committed()).isEqualTo(40_000_000);
        assertThat(ledger.inconsistencies()).isEmpty();
        // the rest is paid and settled; a settled grant is final
        replaced = grants.pay(SYSTEM, replaced.id(), 1, LocalDate.of(2024, 7, 1), null, replaced.version());
        replaced = grants.pay(SYSTEM, replaced.id(), 2, LocalDate.of(2024, 9, 1), null, replaced.version());
        assertThat(replaced.paid()).isEqualTo(40_000_000);
        SupportGrant settled = grants.settle(SYSTEM, replaced.id(), LocalDate.of(2024, 12, 1), replaced.version());
        assertThatThrownBy(() -> grants.cancel(SYSTEM, settled.id(), "thử", settled.version()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("support.settledFinal"));
    }

    @Test
    void aReplacementThatCannotBeApprovedLeavesTheExistingGrantUntouched() {
        Place p = place(3, Map.of("T", HouseholdClass.POOR));
        SupportContent house = content("NHA_SUA_CHUA_DA5");
        allocate(p, "NHA_SUA_CHUA_DA5", 2024, FundingSource.CENTRAL_RECURRENT, 30_000_000);
        SupportGrant first = grants.propose(
                SYSTEM, grant(p.id("T"), null, house, "CENTRAL_RECURRENT", LocalDate.of(2024, 3, 1), 15_000_000));
        first = grants.approve(SYSTEM, first.id(), "30/QĐ-UBND", LocalDate.of(2024, 3, 5), first.version());
        // nothing allocated from the local budget: the higher grant's commitment is refused by the ledger
        SupportGrant higher = grants.propose(
                SYSTEM, grant(p.id("T"), null, house, "LOCAL_COUNTERPART", LocalDate.of(2024, 6, 1), 20_000_000));
        long firstId = first.id();
        assertThatThrownBy(() -> grants.replace(
                        SYSTEM, higher.id(), firstId, "Mức cao hơn", "31/QĐ-UBND", LocalDate.of(2024, 6, 2), 0))
                .isInstanceOf(InvalidInput.class);
        assertThat(grants.get(SYSTEM, firstId).state()).isEqualTo(GrantState.APPROVED);
        assertThat(grants.get(SYSTEM, higher.id()).state()).isEqualTo(GrantState.PROPOSED);
        assertThat(ledger.balances(SYSTEM, p.commune().id(), 2024, null).get(0).committed())
                .isEqualTo(15_000_000);
    }
}
