package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.HouseholdClass;

class BadSupportInputIT extends SupportFixtures {

    @Test
    void aBatchWithAnyRefusedRowStoresNothingAndNamesEachRowAndField() {
        Place p = place(3, Map.of("A", HouseholdClass.POOR, "B", HouseholdClass.NEAR_POOR));
        SupportContent electricity = content("TIEN_DIEN");
        SupportContent house = content("NHA_XAY_MOI_DA5");
        SupportContent insurance = content("BHYT_HO_TRO");
        allocate(p, "TIEN_DIEN", 2024, FundingSource.CENTRAL_RECURRENT, 1_000_000);
        List<NewGrant> rows = List.of(
                // 1: fine
                grant(p.id("A"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2024, 1, 1), 184_000),
                // 2: a household that does not exist
                new NewGrant(
                        null,
                        "KHONG-CO",
                        null,
                        null,
                        electricity.id(),
                        "CENTRAL_RECURRENT",
                        null,
                        LocalDate.of(2024, 1, 1),
                        null,
                        184_000L,
                        null),
                // 3: a member the household does not have
                grant(p.id("A"), 7, insurance, "CENTRAL_RECURRENT", LocalDate.of(2024, 1, 1), 1_000_000),
                // 4: the 2021–2025 housing content is not in force in 2027
                grant(p.id("A"), null, house, "CENTRAL_RECURRENT", LocalDate.of(2027, 3, 1), 30_000_000),
                // 5: over the 40,000,000 central ceiling
                grant(p.id("A"), null, house, "CENTRAL_RECURRENT", LocalDate.of(2024, 3, 1), 45_000_000),
                // 6: electricity is for poor households, B is near-poor
                grant(p.id("B"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2024, 1, 1), 184_000),
                // 7: the same quarter twice in one list
                grant(p.id("A"), null, electricity, "LOCAL_COUNTERPART", LocalDate.of(2024, 2, 1), 100_000),
                // 8: no amount
                new NewGrant(
                        p.id("A"),
                        null,
                        null,
                        null,
                        house.id(),
                        "CENTRAL_RECURRENT",
                        null,
                        LocalDate.of(2024, 3, 1),
                        null,
                        null,
                        null));
        assertThatThrownBy(() -> grants.proposeAll(SYSTEM, rows, false))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems())
                            .extracting(x -> x.line() + ":" + x.field() + ":" + x.code())
                            .containsExactlyInAnyOrder(
                                    "2:householdId:support.householdUnknown",
                                    "3:memberOrd:support.memberNotInHousehold",
                                    "4:from:support.contentNotValid",
                                    "5:amount:support.overNorm",
                                    "6:householdId:support.classNotEligible",
                                    "7:contentId:support.doubleInBatch",
                                    "8:amount:support.amountRequired");
                    assertThat(e.problems().stream()
                                    .filter(x -> x.line() == 2)
                                    .findFirst()
                                    .orElseThrow()
                                    .ref())
                            .isEqualTo("KHONG-CO");
                });
        assertThat(grants.ofHousehold(SYSTEM, p.id("A"))).isEmpty();
        assertThat(grants.ofHousehold(SYSTEM, p.id("B"))).isEmpty();
    }

    @Test
    void aDryRunChecksEveryRowAndStoresNothing() {
        Place p = place(3, Map.of("A", HouseholdClass.POOR, "B", HouseholdClass.NEAR_POOR));
        SupportContent insurance = content("BHYT_HO_TRO");
        List<NewGrant> rows = List.of(
                grant(p.id("A"), 0, insurance, "CENTRAL_RECURRENT", LocalDate.of(2024, 5, 1), 1_263_600),
                grant(p.id("B"), 1, insurance, "CENTRAL_RECURRENT", LocalDate.of(2024, 5, 1), 884_520));
        SupportGrants.Batch dry = grants.proposeAll(SYSTEM, rows, true);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.rows()).hasSize(2).allMatch(r -> r.id() == null);
        assertThat(dry.rows().get(1).grant().householdClass()).isEqualTo("NEAR_POOR");
        assertThat(grants.ofHousehold(SYSTEM, p.id("A"))).isEmpty();
        SupportGrants.Batch stored = grants.proposeAll(SYSTEM, rows, false);
        assertThat(stored.rows()).allMatch(r -> r.id() != null);
        assertThat(grants.ofHousehold(SYSTEM, p.id("B"))).singleElement().satisfies(g -> {
            assertThat(g.state()).isEqualTo(GrantState.PROPOSED);
            assertThat(g.memberOrd()).isEqualTo(1);
            assertThat(g.memberName()).startsWith("Thành viên 1");
        });
    }

    @Test
    void approvingAListRefusesItWholeWhenOneGrantIsRefused() {
        Place p = place(3, Map.of("A", HouseholdClass.POOR, "C", HouseholdClass.POOR));
        SupportContent electricity = content("TIEN_DIEN");
        allocate(p, "TIEN_DIEN", 2024, FundingSource.CENTRAL_RECURRENT, 1_000_000);
        SupportGrant held = grants.propose(
                SYSTEM, grant(p.id("A"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2024, 10, 1), 184_000));
        grants.approve(SYSTEM, held.id(), "40/QĐ-UBND", LocalDate.of(2024, 10, 2), held.version());
        SupportGrants.Batch list = grants.proposeAll(
                SYSTEM,
                List.of(
                        grant(p.id("C"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2024, 10, 1), 184_000),
                        grant(p.id("A"), null, electricity, "CENTRAL_RECURRENT", LocalDate.of(2024, 11, 1), 184_000)),
                false);
        List<Long> ids = list.rows().stream().map(SupportGrants.Checked::id).toList();
        assertThatThrownBy(() -> grants.approveAll(SYSTEM, ids, "41/QĐ-UBND", LocalDate.of(2024, 11, 2)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(x -> {
                            assertThat(x.line()).isEqualTo(2);
                            assertThat(x.code()).isEqualTo("support.doubleSupport");
                        }));
        assertThat(grants.get(SYSTEM, ids.get(0)).state()).isEqualTo(GrantState.PROPOSED);
        assertThat(ledger.balances(SYSTEM, p.commune().id(), 2024, null).get(0).committed())
                .isEqualTo(184_000);
    }
}
