package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.giamngheo.reporting.AlkireFoster.Observation;
import vn.giamngheo.reporting.AlkireFoster.Result;

class AlkireFosterTest {
    static final List<String> FOUR = List.of("A", "B", "C", "D");

    static Observation obs(String pattern, double size, String group) {
        boolean[] d = new boolean[pattern.length()];
        for (int i = 0; i < d.length; i++) {
            d[i] = pattern.charAt(i) == '1';
        }
        return new Observation(d, size, group);
    }

    /**
     * Worked by hand. Four indicators, equal weights 1/4, k = 1/2, four households of size 1:
     * c = (1, 1/2, 1/4, 0) for patterns 1111, 1100, 0010, 0000. Poor: the first two (c ≥ 1/2).
     * H = 2/4 = 0.5; A = (1 + 1/2)/2 = 0.75; M0 = 0.375. Uncensored h = (2/4, 2/4, 2/4, 1/4);
     * censored h(k) = (2/4, 2/4, 1/4, 1/4). Contributions = (1/4·1/2)/0.375 = 1/3, 1/3, 1/6, 1/6.
     */
    @Test
    void aHandWorkedExampleGivesTheTextbookFigures() {
        Result r = AlkireFoster.compute(
                FOUR,
                AlkireFoster.equalWeights(4),
                0.5,
                List.of(obs("1111", 1, "x"), obs("1100", 1, "x"), obs("0010", 1, "y"), obs("0000", 1, "y")));
        assertThat(r.n()).isEqualTo(4);
        assertThat(r.q()).isEqualTo(2);
        assertThat(r.headcount()).isCloseTo(0.5, within(1e-12));
        assertThat(r.intensity()).isCloseTo(0.75, within(1e-12));
        assertThat(r.m0()).isCloseTo(0.375, within(1e-12));
        assertThat(r.indicators().get("C").uncensored()).isCloseTo(0.5, within(1e-12));
        assertThat(r.indicators().get("C").censored()).isCloseTo(0.25, within(1e-12));
        assertThat(r.indicators().get("A").contribution()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.indicators().get("D").contribution()).isCloseTo(1.0 / 6, within(1e-12));
        // groups: x holds both poor households: M0_x = 0.75, M0_y = 0; contribution of x = (2/4 · 0.75)/0.375 = 1
        assertThat(r.groups()).hasSize(2);
        assertThat(r.groups().get(0).m0()).isCloseTo(0.75, within(1e-12));
        assertThat(r.groups().get(0).contribution()).isCloseTo(1.0, within(1e-12));
        assertThat(r.groups().get(1).m0()).isZero();
    }

    @Test
    void personsCountEachHouseholdByItsSize() {
        // the poor household has 5 members, the other 3: H = 5/8
        Result r = AlkireFoster.compute(
                FOUR, AlkireFoster.equalWeights(4), 0.5, List.of(obs("1110", 5, null), obs("0001", 3, null)));
        assertThat(r.headcount()).isCloseTo(5.0 / 8, within(1e-12));
        assertThat(r.m0()).isCloseTo(5.0 / 8 * 0.75, within(1e-12));
    }

    @Test
    void threeOfTwelveEquallyWeightedIndicatorsReachKOneQuarter() {
        List<String> twelve = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        Result r = AlkireFoster.compute(
                twelve,
                AlkireFoster.equalWeights(12),
                0.25,
                List.of(obs("111000000000", 1, null), obs("110000000000", 1, null)));
        assertThat(r.q()).isEqualTo(1);
    }

    @Test
    void theIdentitiesHoldOnRandomDataWithUnequalWeights() {
        SplittableRandom random = new SplittableRandom(7);
        double[] weights = {1, 2, 1, 3, 1, 2};
        List<String> six = List.of("a", "b", "c", "d", "e", "f");
        for (int trial = 0; trial < 50; trial++) {
            List<Observation> data = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean[] d = new boolean[6];
                for (int j = 0; j < 6; j++) {
                    d[j] = random.nextDouble() < 0.3;
                }
                data.add(new Observation(d, 1 + random.nextInt(6), "g" + random.nextInt(4)));
            }
            double k = 0.1 + random.nextDouble() * 0.8;
            Result r = AlkireFoster.compute(six, weights, k, data);
            assertThat(r.m0()).isCloseTo(r.headcount() * r.intensity(), within(1e-12));
            double sumW = 0;
            double viaIndicators = 0;
            double contributions = 0;
            for (var ind : r.indicators().values()) {
                sumW += ind.weight();
                viaIndicators += ind.weight() * ind.censored();
                contributions += ind.contribution();
                assertThat(ind.censored()).isLessThanOrEqualTo(ind.uncensored());
            }
            assertThat(sumW).isCloseTo(1, within(1e-12));
            assertThat(viaIndicators).isCloseTo(r.m0(), within(1e-12));
            if (r.m0() > 0) {
                assertThat(contributions).isCloseTo(1, within(1e-9));
            }
            double decomposed = r.groups().stream()
                    .mapToDouble(g -> g.populationShare() * g.m0())
                    .sum();
            assertThat(decomposed).isCloseTo(r.m0(), within(1e-12));
        }
    }
}
