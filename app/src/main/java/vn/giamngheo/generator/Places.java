package vn.giamngheo.generator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import vn.giamngheo.shared.TextFolding;

/**
 * Where generated households live: the demo hierarchy of the seed plans, then synthetic districts
 * and communes in Thanh Hóa when more households are asked for than the demo holds, until Thanh Hóa
 * holds a million households, then synthetic provinces of a million households each, built the same
 * way. The places depend only on the number of households, never on the seed: two runs with
 * different seeds fill the same villages.
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
    private static final long THANH_HOA_DEMO_CAPACITY = DEMO.stream()
            .filter(c -> c.district().province().equals(THANH_HOA))
            .mapToLong(Commune::capacity)
            .sum();

    /**
     * How many households a province takes: synthetic communes are added to it while it holds fewer,
     * so a full province holds from this to this + {@link #MAX_SYNTHETIC_COMMUNE} − 1 households.
     */
    static final long PROVINCE_HOUSEHOLDS = 1_000_000;

    static final int MIN_SYNTHETIC_COMMUNE = 300;
    static final int MAX_SYNTHETIC_COMMUNE = 1500;

    /**
     * Thanh Hóa's synthetic communes: most lowland communes are almost all Kinh, about a third are
     * Mường upland communes. Its draws are exactly those from before there were synthetic provinces.
     */
    private static final SyntheticProvince THANH_HOA_SYNTHETIC = new SyntheticProvince(
            0, THANH_HOA, THANH_HOA_PATTERN.minorities(), THANH_HOA_PATTERN.minorityWeights(), 0.3, 0.6, 1.0);

    /** The households Thanh Hóa holds when full: its demo communes and its synthetic ones. */
    private static final long THANH_HOA_CAPACITY;

    static {
        long held = THANH_HOA_DEMO_CAPACITY;
        for (int no = 1; held < PROVINCE_HOUSEHOLDS; no++) {
            held += synthetic(no).capacity();
        }
        THANH_HOA_CAPACITY = held;
    }

    /**
     * What the synthetic provinces look like, taken in turn by province number: a midland province
     * (Kinh with Mường, Dao and Tày communes), a northern upland one (mostly Tày, Nùng, Dao and Mông),
     * a lowland one (almost all Kinh, little poverty) and a Central Highlands one (Ba Na, Xơ Đăng, Giẻ
     * Triêng). Within its range each province draws its own minority weights, share of minority
     * communes and poverty level; each district reweighs its groups again. Invented, plausible only.
     */
    private static final Region[] REGIONS = {
        new Region(new String[] {"Mường", "Dao", "Tày"}, new double[] {60, 20, 20}, 0.2, 0.4, 0.6, 0.85, 1.1),
        new Region(
                new String[] {"Tày", "Nùng", "Dao", "Mông"}, new double[] {30, 25, 15, 30}, 0.6, 0.8, 0.69, 1.3, 1.6),
        new Region(new String[] {"Mường", "Tày", "Nùng"}, new double[] {50, 25, 25}, 0.02, 0.06, 0.3, 0.5, 0.7),
        new Region(
                new String[] {"Ba Na", "Xơ Đăng", "Giẻ Triêng"}, new double[] {40, 35, 25}, 0.35, 0.55, 0.65, 1.0, 1.3)
    };

    /**
     * A kind of province: its minority groups with base weights, the range of the share of minority
     * communes, how far a minority commune's share goes above 30 %, and the range of the factor on
     * the poverty aims of its communes.
     */
    private record Region(
            String[] minorities,
            double[] weights,
            double minorityChanceFrom,
            double minorityChanceTo,
            double minoritySpan,
            double povertyFrom,
            double povertyTo) {}

    /**
     * A province that receives synthetic districts: Thanh Hóa (number 0) or synthetic province "Tổng
     * hợp NN" (number NN ≥ 1), with what its communes are drawn from.
     */
    record SyntheticProvince(
            int no,
            Province province,
            String[] minorities,
            double[] minorityWeights,
            double minorityChance,
            double minoritySpan,
            double povertyFactor) {

        /** Synthetic district {@code districtNo} (1-based): "Tổng hợp NN". */
        District district(int districtNo) {
            String name = "Tổng hợp " + pad(districtNo, 2);
            String code = province.code() + "/" + slug(name);
            if (no == 0) {
                return new District(province, name, code, minorities, minorityWeights);
            }
            SplittableRandom r = new SplittableRandom(Draws.mix(Draws.mix(0x5EED_0305L, no), districtNo));
            double[] weights = new double[minorityWeights.length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = minorityWeights[i] * (0.5 + r.nextDouble());
            }
            return new District(province, name, code, minorities, weights);
        }

        /**
         * Synthetic commune number {@code communeNo} (1-based) of this province, in district {@code
         * (communeNo-1)/25+1}. Named "Tổng hợp NNN" so that nobody takes it for a real place; the first
         * commune of each district is a town. Its profile comes from a stream keyed by the province
         * and commune numbers alone.
         */
        Commune commune(int communeNo) {
            District district = district((communeNo - 1) / COMMUNES_PER_SYNTHETIC_DISTRICT + 1);
            long key = no == 0 ? Draws.mix(0x5EED_0301L, communeNo) : Draws.mix(Draws.mix(0x5EED_0306L, no), communeNo);
            SplittableRandom r = new SplittableRandom(key);
            boolean town = (communeNo - 1) % COMMUNES_PER_SYNTHETIC_DISTRICT == 0;
            String name = "Tổng hợp " + pad(communeNo, 3);
            int capacity = Draws.between(r, MIN_SYNTHETIC_COMMUNE, MAX_SYNTHETIC_COMMUNE);
            int villages = Draws.between(r, 5, 15);
            double minority =
                    Draws.chance(r, minorityChance) ? 0.3 + minoritySpan * r.nextDouble() : 0.05 * r.nextDouble();
            // Thanh Hóa's factor is exactly 1, so its aims are bit for bit those of before
            double poor = povertyFactor * (0.012 + 0.05 * square(r.nextDouble()) + 0.15 * minority * r.nextDouble());
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
    }

    private Places() {}

    static List<Commune> demo() {
        return DEMO;
    }

    static long demoCapacity() {
        return DEMO_CAPACITY;
    }

    /** Households that fill the demo and Thanh Hóa; any more go to synthetic provinces. */
    static long thanhHoaFullAt() {
        return DEMO_CAPACITY - THANH_HOA_DEMO_CAPACITY + THANH_HOA_CAPACITY;
    }

    /** Households in Thanh Hóa when it is full. */
    static long thanhHoaCapacity() {
        return THANH_HOA_CAPACITY;
    }

    /**
     * The communes for {@code households} households, in output order. Up to the demo's capacity the
     * households are spread over all demo communes in proportion to their size; beyond it every demo
     * commune is full and synthetic communes of 300–1,500 households follow, the last one taking the
     * remainder: first in Thanh Hóa until it holds {@link #PROVINCE_HOUSEHOLDS}, then in synthetic
     * province 1, 2, … each filled the same way. Lazy: memory does not grow with the number of
     * households.
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
            private SyntheticProvince province = THANH_HOA_SYNTHETIC;
            private int communeNo = 0;
            private long held = THANH_HOA_DEMO_CAPACITY; // households in the province's communes so far
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
                Commune commune;
                if (demoIndex < DEMO.size()) {
                    commune = DEMO.get(demoIndex++);
                } else {
                    if (held >= PROVINCE_HOUSEHOLDS) {
                        province = syntheticProvince(province.no() + 1);
                        communeNo = 0;
                        held = 0;
                    }
                    commune = province.commune(++communeNo);
                    held += commune.capacity();
                }
                int n = (int) Math.min(commune.capacity(), left);
                left -= n;
                return allocation(commune, n);
            }
        };
    }

    /** Synthetic commune number {@code no} (1-based) of Thanh Hóa; see {@link SyntheticProvince#commune}. */
    static Commune synthetic(int no) {
        return THANH_HOA_SYNTHETIC.commune(no);
    }

    /**
     * Thanh Hóa for {@code no} = 0, else synthetic province "Tổng hợp NN" (code {@code
     * tinh-tong-hop-NN}, so that it cannot be taken for a district), of the kind {@link #REGIONS}
     * gives in turn, with its own draws from a stream keyed by its number alone.
     */
    static SyntheticProvince syntheticProvince(int no) {
        if (no == 0) {
            return THANH_HOA_SYNTHETIC;
        }
        String name = "Tổng hợp " + pad(no, 2);
        Province province = new Province(name, "tinh-" + slug(name));
        Region region = REGIONS[(no - 1) % REGIONS.length];
        SplittableRandom r = new SplittableRandom(Draws.mix(0x5EED_0304L, no));
        double[] weights = new double[region.weights().length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = region.weights()[i] * (0.6 + 0.8 * r.nextDouble());
        }
        double chance = between(r, region.minorityChanceFrom(), region.minorityChanceTo());
        double poverty = between(r, region.povertyFrom(), region.povertyTo());
        return new SyntheticProvince(
                no, province, region.minorities(), weights, chance, region.minoritySpan(), poverty);
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

    private static double between(SplittableRandom r, double from, double to) {
        return from + (to - from) * r.nextDouble();
    }
}
