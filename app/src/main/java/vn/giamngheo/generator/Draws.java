package vn.giamngheo.generator;

import java.util.SplittableRandom;

/**
 * Random draws built only on {@link SplittableRandom#nextLong()}/{@code nextDouble()}/{@code nextInt()}
 * (SplitMix64, specified by the JDK) and {@link StrictMath}, so that the output is byte-identical on
 * every JVM and platform — {@code Math.log} and the JDK's own Gaussian are allowed to differ.
 */
final class Draws {
    private Draws() {}

    /** A seed for one household's stream: the SplitMix64 finaliser over the run seed and a key. */
    static long mix(long seed, long key) {
        long z = seed + 0x9E3779B97F4A7C15L * (key + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Standard normal by Box–Muller. */
    static double normal(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble(); // in (0, 1], so the logarithm is finite
        double u2 = r.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    static int weighted(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Fixed weights, summed once: most draws use the same few tables millions of times. */
    static final class Table {
        private final double[] cumulative;

        Table(double... weights) {
            cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        int draw(SplittableRandom r) {
            double x = r.nextDouble() * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length - 1; i++) {
                if (x < cumulative[i]) {
                    return i;
                }
            }
            return cumulative.length - 1;
        }
    }

    /** An integer in [from, to], both inclusive. */
    static int between(SplittableRandom r, int from, int to) {
        return from + r.nextInt(to - from + 1);
    }

    /**
     * The standard normal distribution function, by the Abramowitz–Stegun 7.1.26 approximation of erf
     * (error below 1.5e-7): only used once per commune to place the poverty thresholds.
     */
    static double phi(double x) {
        double z = Math.abs(x) / StrictMath.sqrt(2.0);
        double t = 1.0 / (1.0 + 0.3275911 * z);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1.0 - poly * StrictMath.exp(-z * z);
        return x >= 0 ? 0.5 * (1.0 + erf) : 0.5 * (1.0 - erf);
    }
}
