package vn.giamngheo.generator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import vn.giamngheo.shared.TextFolding;

/**
 * Where generated households live: the demo hierarchy of the seed plans, then synthetic districts
 * and communes in Thanh Hóa when more households are asked for than the demo holds (so that one
 * province can reach a million households). The places depend only on the number of households,
 * never on the seed: two runs with different seeds fill the same villages.
 */
final class Places {
    static final String RURAL_VILLAGE = "Thôn";
    static final String URBAN_VILLAGE = "Tổ dân phố";
    static final String TOWN = "Thị trấn";
    static final String COMMUNE = "Xã";
    static final int COMMUNES_PER_SYNTHETIC_DISTRICT = 25;

    record Province(String name, String code) {}

    /** A district with the minority groups found in it and their relative weights. */
    record District(Province province, String name, String code, String[] minorities, double[] minorityWeights) {}

    /**
     * A commune and what the generator aims for in it: rates of poor and near-poor households under
     * NĐ 07/2021 for the 2025 review, and the share of households headed by an ethnic minority.
     */
    record Commune(
            District district,
            String name,
            String kind,
            String code,
            int capacity,
            int villages,
            double poorRate,
            double nearRate,
            double minorityShare) {
        boolean town() {
            return TOWN.equals(kind);
        }

        /** Town quarters are urban except the outermost fifth; communes are rural. */
        boolean urbanVillage(int villageNo) {
            return town() && villageNo <= Math.ceil(villages * 0.8);
        }

        String villageCode(int villageNo) {
            return code + "/" + (villageNo < 10 ? "0" + villageNo : Integer.toString(villageNo));
        }

        String villageKind() {
            return town() ? URBAN_VILLAGE : RURAL_VILLAGE;
        }
    }

    /** A commune with the number of households to generate in each of its villages (index 0 = no. 1). */
    record Allocation(Commune commune, int[] villageHouseholds) {
        long households() {
            long n = 0;
            for (int h : villageHouseholds) {
                n += h;
            }
            return n;
        }
    }

    private static final List<Commune> DEMO = Demo.communes();
    private static final long DEMO_CAPACITY =
            DEMO.stream().mapToLong(Commune::capacity).sum();
    private static final Province THANH_HOA = DEMO.get(0).district().province();
    private static final District THANH_HOA_PATTERN = DEMO.get(0).district();

    private Places() {}

    static List<Commune> demo() {
        return DEMO;
    }

    static long demoCapacity() {
        return DEMO_CAPACITY;
    }

    /**
     * The communes for {@code households} households, in output order. Up to the demo's capacity the
     * households are spread over all demo communes in proportion to their size; beyond it every demo
     * commune is full and synthetic communes of 300–1,500 households follow, the last one taking the
     * remainder. Lazy: memory does not grow with the number of households.
     */
    static Iterator<Allocation> allocate(long households) {
        if (households <= DEMO_CAPACITY) {
            long[] weights = DEMO.stream().mapToLong(Commune::capacity).toArray();
            long[] counts = split(households, weights);
            List<Allocation> list = new ArrayList<>();
            for (int i = 0; i < DEMO.size(); i++) {
                if (counts[i] > 0) {
                    list.add(allocation(DEMO.get(i), (int) counts[i]));
                }
            }
            return list.iterator();
        }
        return new Iterator<>() {
            private int demoIndex = 0;
            private int syntheticNo = 0;
            private long left = households;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public Allocation next() {
                if (left <= 0) {
                    throw new NoSuchElementException();
                }
                Commune commune = demoIndex < DEMO.size() ? DEMO.get(demoIndex++) : synthetic(++syntheticNo);
                int n = (int) Math.min(commune.capacity(), left);
                left -= n;
                return allocation(commune, n);
            }
        };
    }

    /**
     * Synthetic commune number {@code no} (1-based), in synthetic district {@code (no-1)/25+1} of Thanh
     * Hóa. Named "Tổng hợp NNN" so that nobody takes it for a real place; the first commune of each
     * district is a town. Its profile comes from a stream keyed by its number alone.
     */
    static Commune synthetic(int no) {
        int districtNo = (no - 1) / COMMUNES_PER_SYNTHETIC_DISTRICT + 1;
        String districtName = "Tổng hợp " + pad(districtNo, 2);
        District district = new District(
                THANH_HOA,
                districtName,
                THANH_HOA.code() + "/" + slug(districtName),
                THANH_HOA_PATTERN.minorities(),
                THANH_HOA_PATTERN.minorityWeights());
        SplittableRandom r = new SplittableRandom(Draws.mix(0x5EED_0301L, no));
        boolean town = (no - 1) % COMMUNES_PER_SYNTHETIC_DISTRICT == 0;
        String name = "Tổng hợp " + pad(no, 3);
        int capacity = Draws.between(r, 300, 1500);
        int villages = Draws.between(r, 5, 15);
        // Most lowland communes are almost all Kinh; about a third are Mường upland communes.
        double minority = Draws.chance(r, 0.3) ? 0.3 + 0.6 * r.nextDouble() : 0.05 * r.nextDouble();
        double poor = 0.012 + 0.05 * square(r.nextDouble()) + 0.15 * minority * r.nextDouble();
        double near = 0.013 + 0.6 * poor + 0.01 * r.nextDouble();
        if (town) {
            minority *= 0.3;
            poor *= 0.5;
            near *= 0.7;
        }
        String kind = town ? TOWN : COMMUNE;
        return new Commune(
                district, name, kind, communeCode(district, kind, name), capacity, villages, poor, near, minority);
    }

    static String communeCode(District district, String kind, String name) {
        return district.code() + "/" + (TOWN.equals(kind) ? "tt-" : "") + slug(name);
    }

    /** "Thọ Xuân" → "tho-xuan": folded, lower case, words joined by hyphens. */
    static String slug(String name) {
        return TextFolding.fold(name).replace(' ', '-');
    }

    private static Allocation allocation(Commune commune, int households) {
        SplittableRandom r =
                new SplittableRandom(Draws.mix(0x5EED_0302L, commune.code().hashCode()));
        long[] weights = new long[commune.villages()];
        for (int v = 0; v < weights.length; v++) {
            weights[v] = Draws.between(r, 60, 140); // villages differ in size by up to a factor 2
        }
        long[] split = split(households, weights);
        int[] perVillage = new int[split.length];
        for (int v = 0; v < split.length; v++) {
            perVillage[v] = (int) split[v];
        }
        return new Allocation(commune, perVillage);
    }

    /** Splits {@code total} in proportion to the weights by largest remainder (ties: first wins). */
    static long[] split(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        long[] counts = new long[weights.length];
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            // total ≤ ~10^9 and weights ≤ ~10^4 per item, so the product stays far inside a long
            counts[i] = total * weights[i] / sum;
            remainders[i] = total * weights[i] % sum;
            given += counts[i];
        }
        for (long extra = total - given; extra > 0; extra--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
        }
        return counts;
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static double square(double x) {
        return x * x;
    }
}
