package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.review.TransitionRule.Found;
import vn.giamngheo.review.TransitionRule.ListClass;
import vn.giamngheo.review.TransitionRule.Outcome;

/**
 * The flow rule as the database holds it (review_flow_category, V23_1), counted by {@link
 * FlowCounter}: each kind of change has its own line and the flows balance.
 */
class FlowRuleIT extends IntegrationTestBase {
    @Autowired
    JdbcClient jdbc;

    private final Map<String, String> categories = new HashMap<>();

    /** Adds households with this outcome on both sides, placed by the database's flow rule. */
    void add(FlowCounter c, ListClass before, ListClass after, Transition t, long n) {
        for (ListClass side : new ListClass[] {ListClass.POOR, ListClass.NEAR_POOR}) {
            String b = before == ListClass.NONE ? null : before.name();
            String a = after == ListClass.NONE ? null : after.name();
            String tr = t == null ? null : t.name();
            String category = categories.computeIfAbsent(
                    side + "|" + b + "|" + a + "|" + tr,
                    k -> jdbc.sql(
                                    "SELECT review_flow_category(:side, CAST(:b AS text), CAST(:a AS text), CAST(:t AS text))")
                            .param("side", side.name())
                            .param("b", b)
                            .param("a", a)
                            .param("t", tr)
                            .query(String.class)
                            .optional()
                            .orElse("")); // "" = no category, so that it is cached too
            c.add(side, before == side, after == side, category.isEmpty() ? null : category, n);
        }
    }

    void reviewed(FlowCounter c, ListClass before, Found found, boolean another, boolean ever, long n) {
        Outcome o = TransitionRule.reviewed(before, found, another, ever);
        add(c, before, o.after(), o.transition(), n);
    }

    @Test
    void aHandMadeCommuneGivesEachKindOfChangeItsOwnLineAndBalances() {
        FlowCounter c = new FlowCounter();
        reviewed(c, ListClass.POOR, Found.POOR, false, true, 10); // stayed poor
        reviewed(c, ListClass.POOR, Found.ABOVE, false, true, 3); // escaped
        reviewed(c, ListClass.POOR, Found.NEAR_POOR, false, true, 2); // poor → near-poor
        reviewed(c, ListClass.NEAR_POOR, Found.POOR, false, true, 1); // near-poor → poor
        reviewed(c, ListClass.NONE, Found.POOR, false, true, 4); // fell back
        reviewed(c, ListClass.NONE, Found.POOR, false, false, 5); // newly poor
        reviewed(c, ListClass.NONE, Found.POOR, true, true, 6); // moved in
        Outcome out = TransitionRule.notReviewed(ListClass.POOR, false);
        add(c, ListClass.POOR, out.after(), out.transition(), 7); // moved out
        reviewed(c, ListClass.NEAR_POOR, Found.NEAR_POOR, false, true, 8);
        reviewed(c, ListClass.NEAR_POOR, Found.ABOVE, false, true, 9);

        Flows f = c.flows();
        assertThat(f.poor()).isEqualTo(new PoorFlow(22, 3, 2, 1, 4, 5, 6, 7, 26));
        assertThat(f.nearPoor()).isEqualTo(new NearPoorFlow(18, 9, 1, 2, 0, 0, 0, 0, 10));
        assertThat(f.balances()).isTrue();
        // seed 003: thoát nghèo = to near-poor + escaped; phát sinh = newly poor + from near-poor
        assertThat(f.poor().thoatNgheo()).isEqualTo(5);
        assertThat(f.poor().phatSinh()).isEqualTo(6);
        assertThat(f.poor().taiNgheo()).isEqualTo(4);
        assertThat(f.poor().netReduction()).isEqualTo(5 - 4 - 6);
    }

    @Test
    void withoutAPreviousListEverythingFoundPoorIsNewAndTheStartIsZero() {
        FlowCounter c = new FlowCounter();
        reviewed(c, ListClass.NONE, Found.POOR, false, false, 12);
        reviewed(c, ListClass.NONE, Found.NEAR_POOR, false, false, 9);
        reviewed(c, ListClass.NONE, Found.ABOVE, false, false, 100);
        Flows f = c.flows();
        assertThat(f.poor()).isEqualTo(new PoorFlow(0, 0, 0, 0, 0, 12, 0, 0, 12));
        assertThat(f.nearPoor()).isEqualTo(new NearPoorFlow(0, 0, 0, 0, 0, 9, 0, 0, 9));
    }

    /** One random commune: reviewed households and previous-list households left out, households and persons. */
    Flows[] randomCommune(Random r) {
        FlowCounter households = new FlowCounter();
        FlowCounter persons = new FlowCounter();
        long[] expected = new long[4]; // poor start, poor end, near-poor start, near-poor end (households)
        int n = 50 + r.nextInt(400);
        for (int i = 0; i < n; i++) {
            ListClass before = ListClass.values()[r.nextInt(3)];
            Outcome o;
            if (before != ListClass.NONE && r.nextInt(10) == 0) {
                o = TransitionRule.notReviewed(before, r.nextBoolean());
            } else {
                o = TransitionRule.reviewed(before, Found.values()[r.nextInt(4)], r.nextInt(5) == 0, r.nextInt(3) == 0);
            }
            int size = 1 + r.nextInt(9);
            add(households, before, o.after(), o.transition(), 1);
            add(persons, before, o.after(), o.transition(), size);
            expected[0] += before == ListClass.POOR ? 1 : 0;
            expected[1] += o.after() == ListClass.POOR ? 1 : 0;
            expected[2] += before == ListClass.NEAR_POOR ? 1 : 0;
            expected[3] += o.after() == ListClass.NEAR_POOR ? 1 : 0;
        }
        Flows h = households.flows();
        assertThat(new long[] {
                    h.poor().start(),
                    h.poor().end(),
                    h.nearPoor().start(),
                    h.nearPoor().end()
                })
                .isEqualTo(expected);
        return new Flows[] {h, persons.flows()};
    }

    @Test
    void theIdentityHoldsForHouseholdsAndPersonsOnRandomCommunesAndRolledUpOverTwo() {
        for (long seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            Flows[] a = randomCommune(r);
            Flows[] b = randomCommune(r);
            assertThat(a[0].balances() && a[1].balances() && b[0].balances() && b[1].balances())
                    .as("seed %d", seed)
                    .isTrue();
            assertThat(a[0].plus(b[0]).balances())
                    .as("households rolled up, seed %d", seed)
                    .isTrue();
            assertThat(a[1].plus(b[1]).balances())
                    .as("persons rolled up, seed %d", seed)
                    .isTrue();
            PoorFlow p = a[0].plus(b[0]).poor();
            assertThat(p.netReduction()).isEqualTo(p.start() - p.end() - p.movedOut() + p.movedIn());
        }
    }
}
