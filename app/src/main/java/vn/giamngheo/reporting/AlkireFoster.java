package vn.giamngheo.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Alkire–Foster adjusted headcount ratio and its partial indices (Alkire & Foster 2011, J.
 * Public Economics 95; Alkire et al. 2015 ch. 5; docs/domain/poverty-standards.md §6). Pure.
 *
 * <p>For unit i with deprivation vector g_i and weights w (summing to 1): c_i = Σ_j w_j g_ij; i is
 * multidimensionally poor when c_i ≥ k; H = q/n, A = Σ c_i(k)/q, M0 = H·A; h_j = share deprived in j;
 * h_j(k) = share poor and deprived in j; contribution_j = w_j h_j(k) / M0. Each observation carries a
 * size (household members when persons are the unit of analysis, 1 for households).
 */
public final class AlkireFoster {
    /** A small tolerance so that 3 × (1/12) counts as reaching k = 0.25 despite floating point. */
    private static final double EPSILON = 1e-9;

    private AlkireFoster() {}

    /** One observation: its deprivations (indexed like the indicator list), its size and its group. */
    public record Observation(boolean[] deprived, double size, String group) {}

    /** The measures for one cut-off k. */
    public record Result(
            double k,
            double n,
            double q,
            double headcount,
            double intensity,
            double m0,
            Map<String, IndicatorResult> indicators,
            List<GroupResult> groups) {}

    /** Per indicator: weight, uncensored and censored headcount ratios, percentage contribution to M0. */
    public record IndicatorResult(double weight, double uncensored, double censored, double contribution) {}

    /** A subgroup: population share, its own H, A, M0, and its contribution to the total M0. */
    public record GroupResult(
            String group,
            double n,
            double populationShare,
            double headcount,
            double intensity,
            double m0,
            double contribution) {}

    /** Equal weights 1/d. */
    public static double[] equalWeights(int d) {
        double[] w = new double[d];
        java.util.Arrays.fill(w, 1.0 / d);
        return w;
    }

    /**
     * Computes the measures. Weights must be non-negative and are normalised to sum to 1; {@code k}
     * is a share of the total weight (0 < k ≤ 1).
     */
    public static Result compute(List<String> indicators, double[] weights, double k, List<Observation> observations) {
        if (indicators.size() != weights.length) {
            throw new IllegalArgumentException(
                    "one weight per indicator: " + indicators.size() + " indicators, " + weights.length + " weights");
        }
        if (!(k > 0 && k <= 1)) {
            throw new IllegalArgumentException("k must be a share of the total weight in (0, 1], got " + k);
        }
        double[] w = normalised(weights);
        Totals all = new Totals(w.length);
        Map<String, Totals> byGroup = new LinkedHashMap<>();
        for (Observation o : observations) {
            double c = 0;
            for (int j = 0; j < w.length; j++) {
                if (o.deprived()[j]) {
                    c += w[j];
                }
            }
            boolean poor = c >= k - EPSILON;
            all.add(o, c, poor);
            if (o.group() != null) {
                byGroup.computeIfAbsent(o.group(), g -> new Totals(w.length)).add(o, c, poor);
            }
        }
        double m0 = all.m0();
        Map<String, IndicatorResult> perIndicator = new LinkedHashMap<>();
        for (int j = 0; j < w.length; j++) {
            double censored = all.n == 0 ? 0 : all.censored[j] / all.n;
            perIndicator.put(
                    indicators.get(j),
                    new IndicatorResult(
                            w[j],
                            all.n == 0 ? 0 : all.uncensored[j] / all.n,
                            censored,
                            m0 == 0 ? 0 : w[j] * censored / m0));
        }
        List<GroupResult> groups = new ArrayList<>();
        for (var e : byGroup.entrySet()) {
            Totals g = e.getValue();
            double share = all.n == 0 ? 0 : g.n / all.n;
            groups.add(new GroupResult(
                    e.getKey(), g.n, share, g.headcount(), g.intensity(), g.m0(), m0 == 0 ? 0 : share * g.m0() / m0));
        }
        return new Result(k, all.n, all.q, all.headcount(), all.intensity(), m0, perIndicator, groups);
    }

    private static double[] normalised(double[] weights) {
        double sum = 0;
        for (double x : weights) {
            if (x < 0) {
                throw new IllegalArgumentException("weights cannot be negative");
            }
            sum += x;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("the weights must not all be zero");
        }
        double[] w = new double[weights.length];
        for (int j = 0; j < w.length; j++) {
            w[j] = weights[j] / sum;
        }
        return w;
    }

    /** Weighted sums over a population (all, or one group). */
    private static final class Totals {
        double n;
        double q;
        double censoredScore;
        final double[] uncensored;
        final double[] censored;

        Totals(int d) {
            uncensored = new double[d];
            censored = new double[d];
        }

        void add(Observation o, double c, boolean poor) {
            n += o.size();
            if (poor) {
                q += o.size();
                censoredScore += c * o.size();
            }
            for (int j = 0; j < uncensored.length; j++) {
                if (o.deprived()[j]) {
                    uncensored[j] += o.size();
                    if (poor) {
                        censored[j] += o.size();
                    }
                }
            }
        }

        double headcount() {
            return n == 0 ? 0 : q / n;
        }

        double intensity() {
            return q == 0 ? 0 : censoredScore / q;
        }

        double m0() {
            return n == 0 ? 0 : censoredScore / n;
        }
    }
}
