package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.standard.HouseholdClass;

/**
 * Single proposals one after another, as the proposal page sends them: every one stored, checked
 * against its household's class. The loop's timings are printed for docs/benchmarks.md (no timing
 * is asserted: the machine is shared).
 */
class SingleProposalLoopIT extends SupportFixtures {
    private static final int N = 40;

    @Test
    void singleProposalsOneAfterAnotherAreEachStoredAndChecked() {
        Map<String, HouseholdClass> classes = new LinkedHashMap<>();
        for (int i = 0; i < N; i++) {
            classes.put("S" + i, i % 2 == 0 ? HouseholdClass.POOR : HouseholdClass.NEAR_POOR);
        }
        Place p = place(2, classes);
        SupportContent production = content("SAN_XUAT_NN_DA3");
        allocate(p, "SAN_XUAT_NN_DA3", 2025, FundingSource.CENTRAL_RECURRENT, 1_000_000_000);
        long[] nanos = new long[N];
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            long t = System.nanoTime();
            SupportGrant g = grants.propose(
                    SYSTEM,
                    grant(p.id("S" + i), null, production, "CENTRAL_RECURRENT", LocalDate.of(2025, 3, 1), 5_000_000));
            nanos[i] = System.nanoTime() - t;
            ids.add(g.id());
            assertThat(g.state()).isEqualTo(GrantState.PROPOSED);
            assertThat(g.householdClass()).isEqualTo(i % 2 == 0 ? "POOR" : "NEAR_POOR");
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(N);
        // electricity is for poor households only: the near-poor S1 is refused, the loop's checks are real
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                vn.giamngheo.shared.InvalidInput.class,
                () -> grants.propose(
                        SYSTEM,
                        grant(
                                p.id("S1"),
                                null,
                                content("TIEN_DIEN"),
                                "CENTRAL_RECURRENT",
                                LocalDate.of(2025, 3, 1),
                                100_000)));
        assertThat(refused.problems()).extracting(x -> x.code()).contains("support.classNotEligible");
        long[] sorted = Arrays.copyOfRange(nanos, 5, N);
        Arrays.sort(sorted);
        System.out.printf(
                "SINGLE-PROPOSAL-LOOP n=%d (after 5 warm-up) median=%.1f ms p90=%.1f ms max=%.1f ms%n",
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.9)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
