package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.funding.EntryKind;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.standard.HouseholdClass;

class EntitlementCancelShareIT extends SupportFixtures {
    @Autowired
    EntitlementLists lists;

    private long committed(Place p) {
        return ledger.balances(SYSTEM, p.commune().id(), 2025, null).stream()
                .filter(b -> b.source() == FundingSource.CENTRAL_RECURRENT)
                .findFirst()
                .orElseThrow()
                .committed();
    }

    @Test
    void cancellingOneGrantOfAListReversesOnlyItsShareOfTheListsCommitment() {
        Place p = place(
                2,
                Map.of(
                        "A",
                        HouseholdClass.POOR,
                        "B",
                        HouseholdClass.POOR,
                        "C",
                        HouseholdClass.POOR,
                        "D",
                        HouseholdClass.POOR));
        SupportContent electricity = content("TIEN_DIEN");
        allocate(p, "TIEN_DIEN", 2025, FundingSource.CENTRAL_RECURRENT, 10_000_000);
        EntitlementLists.Run run = lists.build(
                SYSTEM,
                new EntitlementLists.Request(
                        p.commune().id(),
                        electricity.id(),
                        LocalDate.of(2025, 4, 1),
                        "CENTRAL_RECURRENT",
                        184_000L,
                        null,
                        "12/QĐ-UBND",
                        LocalDate.of(2025, 4, 2)));
        assertThat(run.added()).isEqualTo(4);
        assertThat(committed(p)).isEqualTo(4 * 184_000L);
        List<SupportGrant> onList = grants.inUnit(SYSTEM, p.commune().id(), electricity.id(), null, run.listId(), 10);
        assertThat(onList).hasSize(4).allMatch(g -> g.commitmentEntryId() != null);

        SupportGrant one = onList.get(0);
        grants.cancel(SYSTEM, one.id(), "Hộ đã chuyển khẩu", one.version());
        assertThat(committed(p)).isEqualTo(4 * 184_000L - 184_000L);
        SupportGrant two = onList.get(1);
        grants.cancel(SYSTEM, two.id(), "Hộ đã thoát nghèo", two.version());
        assertThat(committed(p)).isEqualTo(2 * 184_000L);
        // the ledger stays append-only: whole entries reversed, the rest committed again
        long reversals = ledger.entries(SYSTEM, p.commune().id(), 2025, 100).stream()
                .filter(e -> e.kind() == EntryKind.REVERSAL)
                .count();
        assertThat(reversals).isEqualTo(2);
        SupportGrant three = onList.get(2);
        SupportGrant four = onList.get(3);
        grants.cancel(SYSTEM, three.id(), "Sai đối tượng", three.version());
        grants.cancel(SYSTEM, four.id(), "Sai đối tượng", four.version());
        assertThat(committed(p)).isZero();
        assertThat(ledger.inconsistencies()).isEmpty();
    }
}
