package vn.giamngheo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.generator.Places.Allocation;
import vn.giamngheo.generator.Places.Commune;
import vn.giamngheo.generator.Places.SyntheticProvince;
import vn.giamngheo.shared.CsvReader;

/**
 * Beyond a full Thanh Hóa, synthetic provinces of about a million households each; up to a million
 * households the places are exactly those from before synthetic provinces existed.
 */
class SyntheticProvincesTest {
    /** Thanh Hóa full (about 1.04 M), synthetic province 1 full, synthetic province 2 half full. */
    private static final long TWO_PROVINCES = 2_600_000;

    private static final long CAP = 1_000_000 + 1_500;

    private static List<CsvReader.Row> units;
    private static Map<String, String> levelByCode;

    @BeforeAll
    static void listUnits() throws IOException {
        units = unitRows(TWO_PROVINCES);
        levelByCode = new HashMap<>();
        for (CsvReader.Row row : units) {
            levelByCode.put(row.get(0), row.get(3));
        }
    }

    @Test
    void upToAMillionHouseholdsThePlacesAreThoseOfBefore() throws IOException {
        Map<String, Integer> levels = new TreeMap<>();
        for (CsvReader.Row row : unitRows(1_000_000)) {
            levels.merge(row.get(3), 1, Integer::sum);
        }
        // docs/benchmarks.md: 11,654 units for the 1 M run
        assertThat(levels)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("PROVINCE", 3, "DISTRICT", 46, "COMMUNE", 1_064, "VILLAGE", 10_541));
        // digests of every commune's name, size, aims, minority groups and households per village,
        // taken with the code from before synthetic provinces (commit fc6431c)
        assertThat(planDigest(1_000_000)).isEqualTo("99af30df146db3b03d7d1ea3c4328455f0bbf26dbf4dd0735234c6c5aebafa37");
        // ... and on to the last household of a full Thanh Hóa
        assertThat(Places.thanhHoaFullAt()).isEqualTo(1_042_991);
        assertThat(planDigest(1_042_991)).isEqualTo("5f096c6eeb2552e6c1ef6c98e4d75eef657ac99186982eab6d0b1235cb981046");
    }

    @Test
    void thanhHoaFillsToAMillionBeforeTheFirstSyntheticProvince() {
        assertThat(Places.thanhHoaCapacity()).isBetween(1_000_000L, CAP);
        long full = Places.thanhHoaFullAt();
        assertThat(provinces(full).keySet()).containsExactly("thanh-hoa", "kon-tum", "thai-nguyen");
        assertThat(provinces(full)).containsEntry("thanh-hoa", Places.thanhHoaCapacity());
        List<Allocation> next = list(full + 1);
        Commune first = next.get(next.size() - 1).commune();
        assertThat(first.code()).isEqualTo("tinh-tong-hop-01/tong-hop-01/tt-tong-hop-001");
        assertThat(first.district().province().name()).isEqualTo("Tổng hợp 01");
        assertThat(next.get(next.size() - 1).households()).isEqualTo(1);
    }

    @Test
    void twoSyntheticProvincesFollowAndNoProvinceExceedsTheCap() {
        Map<String, Long> provinces = provinces(TWO_PROVINCES);
        assertThat(provinces.keySet())
                .containsExactly("thanh-hoa", "kon-tum", "thai-nguyen", "tinh-tong-hop-01", "tinh-tong-hop-02");
        assertThat(provinces.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TWO_PROVINCES);
        assertThat(provinces.get("thanh-hoa")).isBetween(1_000_000L, CAP);
        assertThat(provinces.get("tinh-tong-hop-01")).isBetween(1_000_000L, CAP);
        assertThat(provinces.get("tinh-tong-hop-02")).isBetween(400_000L, 1_000_000L);

        Map<String, Long> five = provinces(5_000_000);
        assertThat(five).hasSize(7).containsKey("tinh-tong-hop-04").doesNotContainKey("tinh-tong-hop-05");
        five.forEach((code, n) -> assertThat(n).as(code).isLessThanOrEqualTo(CAP));
    }

    @Test
    void theUnitsAreWellFormedWithParentsFirst() {
        Map<String, String> seen = new HashMap<>();
        for (CsvReader.Row row : units) {
            String code = row.get(0);
            String level = row.get(3);
            String parent = row.get(4);
            assertThat(seen.put(code, level)).as("duplicate code " + code).isNull();
            assertThat(row.get(1)).as(code).isNotBlank();
            assertThat(code).matches("[a-z0-9-]+(/[a-z0-9-]+)*");
            String parentLevel = parentLevel(level);
            if (parentLevel == null) {
                assertThat(parent).as(code).isEmpty();
                assertThat(row.get(2)).isEqualTo("Tỉnh");
            } else {
                assertThat(seen.get(parent))
                        .as("parent of " + code + " listed before it")
                        .isEqualTo(parentLevel);
                assertThat(code).startsWith(parent + "/");
            }
        }
        assertThat(units)
                .extracting(row -> String.join(",", row.fields()))
                .contains("tinh-tong-hop-01,Tổng hợp 01,Tỉnh,PROVINCE,,")
                .contains("tinh-tong-hop-02,Tổng hợp 02,Tỉnh,PROVINCE,,")
                .contains("tinh-tong-hop-01/tong-hop-01,Tổng hợp 01,Huyện,DISTRICT,tinh-tong-hop-01,")
                .contains("tinh-tong-hop-02/tong-hop-01/tt-tong-hop-001,Tổng hợp 001,Thị trấn,COMMUNE,"
                        + "tinh-tong-hop-02/tong-hop-01,")
                .contains("tinh-tong-hop-02/tong-hop-01/tong-hop-002/01,1,Thôn,VILLAGE,"
                        + "tinh-tong-hop-02/tong-hop-01/tong-hop-002,");
        assertThat(seen.values().stream().filter("PROVINCE"::equals).count()).isEqualTo(5);
    }

    @Test
    void everyVillageThatReceivesHouseholdsIsListedAndNoOther() {
        Set<String> used = new HashSet<>();
        for (Iterator<Allocation> it = Places.allocate(TWO_PROVINCES); it.hasNext(); ) {
            Allocation a = it.next();
            for (int v = 1; v <= a.villageHouseholds().length; v++) {
                if (a.villageHouseholds()[v - 1] > 0) {
                    used.add(a.commune().villageCode(v));
                }
            }
        }
        Set<String> listed = levelByCode.entrySet().stream()
                .filter(e -> e.getValue().equals("VILLAGE"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(listed).isEqualTo(used);
    }

    @Test
    void theRefsOfHouseholdsInSyntheticProvincesPointToListedVillages() {
        // the households of some communes of the synthetic provinces: the first and last of each
        // province, and every 97th in between
        List<Allocation> picked = new ArrayList<>();
        List<Allocation> all = list(TWO_PROVINCES);
        for (int i = 0; i < all.size(); i++) {
            String province = province(all.get(i));
            if (!province.startsWith("tinh-")) {
                continue;
            }
            boolean first = !province.equals(province(all.get(i - 1)));
            boolean last = i == all.size() - 1 || !province.equals(province(all.get(i + 1)));
            if (first || last || i % 97 == 0) {
                picked.add(all.get(i));
            }
        }
        long expected = picked.stream().mapToLong(Allocation::households).sum();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Generation.households(picked.iterator(), 7, 2025, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize((int) expected);
        Set<String> provinces = new TreeSet<>();
        for (String line : lines) {
            JsonNode h = GeneratedLines.JSON.readTree(line);
            String ref = h.get("ref").stringValue();
            assertThat(ref).matches(".+/\\d{4}");
            assertThat(levelByCode.get(GeneratedLines.village(ref))).as(ref).isEqualTo("VILLAGE");
            assertThat(levelByCode.get(GeneratedLines.commune(ref))).as(ref).isEqualTo("COMMUNE");
            String province = ref.substring(0, ref.indexOf('/'));
            assertThat(levelByCode.get(province)).as(ref).isEqualTo("PROVINCE");
            provinces.add(province);
        }
        assertThat(provinces).containsExactly("tinh-tong-hop-01", "tinh-tong-hop-02");
    }

    @Test
    void theSameNumberOfHouseholdsGivesTheSamePlaces() throws IOException {
        assertThat(planDigest(TWO_PROVINCES)).isEqualTo(planDigest(TWO_PROVINCES));
        assertThat(unitRows(TWO_PROVINCES))
                .extracting(CsvReader.Row::fields)
                .containsExactlyElementsOf(
                        units.stream().map(CsvReader.Row::fields).toList());
        // a larger N keeps every full commune of a smaller one
        List<Allocation> small = list(TWO_PROVINCES);
        List<Allocation> large = list(TWO_PROVINCES + 500_000);
        for (int i = 0; i < small.size() - 1; i++) {
            assertThat(describe(large.get(i))).isEqualTo(describe(small.get(i)));
        }
    }

    @Test
    void syntheticProvincesDifferInPovertyAndEthnicGroups() {
        Map<Integer, Double> poorAim = new LinkedHashMap<>();
        for (int no = 1; no <= 8; no++) {
            SyntheticProvince p = Places.syntheticProvince(no);
            assertThat(p.province().code()).isEqualTo(String.format("tinh-tong-hop-%02d", no));
            for (String group : p.minorities()) {
                assertThat(Codes.Ethnicity.of(group)).isNotEqualTo(Codes.Ethnicity.KINH);
            }
            double poor = 0;
            long households = 0;
            double lowest = 1;
            double highest = 0;
            for (int c = 1; c <= 500; c++) {
                Commune commune = p.commune(c);
                assertThat(commune.capacity()).isBetween(300, 1500);
                assertThat(commune.villages()).isBetween(5, 15);
                assertThat(commune.minorityShare()).isBetween(0.0, 1.0);
                assertThat(commune.poorRate() + commune.nearRate()).isLessThan(0.9);
                poor += commune.poorRate() * commune.capacity();
                households += commune.capacity();
                lowest = Math.min(lowest, commune.poorRate());
                highest = Math.max(highest, commune.poorRate());
            }
            assertThat(highest).as("province " + no).isGreaterThan(3 * lowest);
            poorAim.put(no, poor / households);
        }
        assertThat(poorAim.values()).allSatisfy(aim -> assertThat(aim).isBetween(0.01, 0.12));
        // the upland province 2 is poorer than the lowland province 3
        assertThat(poorAim.get(2)).isGreaterThan(2 * poorAim.get(3));
        assertThat(Places.syntheticProvince(2).minorities()).contains("Mông");
        assertThat(Places.syntheticProvince(4).minorities()).contains("Ba Na");
        // the same kind of province, with its own draws
        assertThat(poorAim.get(5)).isNotEqualTo(poorAim.get(1));
        assertThat(Places.syntheticProvince(1).province())
                .isEqualTo(Places.syntheticProvince(1).province());
        assertThat(Places.syntheticProvince(0).province().code()).isEqualTo("thanh-hoa");
    }

    /** Households per province code, in order of first appearance. */
    private static Map<String, Long> provinces(long n) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Iterator<Allocation> it = Places.allocate(n); it.hasNext(); ) {
            Allocation a = it.next();
            out.merge(province(a), a.households(), Long::sum);
        }
        return out;
    }

    private static String province(Allocation a) {
        return a.commune().district().province().code();
    }

    private static String parentLevel(String level) {
        switch (level) {
            case "DISTRICT":
                return "PROVINCE";
            case "COMMUNE":
                return "DISTRICT";
            case "VILLAGE":
                return "COMMUNE";
            default:
                assertThat(level).isEqualTo("PROVINCE");
                return null;
        }
    }

    private static List<CsvReader.Row> unitRows(long n) throws IOException {
        StringWriter csv = new StringWriter();
        Generation.units(n, csv);
        List<CsvReader.Row> rows = new CsvReader(new StringReader(csv.toString())).readAll();
        assertThat(rows.get(0).fields()).containsExactly("code", "name", "kind", "level", "parent_code", "valid_from");
        return rows.subList(1, rows.size());
    }

    private static List<Allocation> list(long n) {
        List<Allocation> out = new ArrayList<>();
        Places.allocate(n).forEachRemaining(out::add);
        return out;
    }

    /** Everything about an allocation that the generated households depend on. */
    static String describe(Allocation a) {
        Commune c = a.commune();
        Places.District d = c.district();
        return String.join(
                "|",
                d.province().name(),
                d.province().code(),
                d.name(),
                d.code(),
                Arrays.toString(d.minorities()),
                Arrays.toString(d.minorityWeights()),
                c.name(),
                c.kind(),
                c.code(),
                Integer.toString(c.capacity()),
                Integer.toString(c.villages()),
                Double.toString(c.poorRate()),
                Double.toString(c.nearRate()),
                Double.toString(c.minorityShare()),
                Arrays.toString(a.villageHouseholds()));
    }

    static String planDigest(long n) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Iterator<Allocation> it = Places.allocate(n); it.hasNext(); ) {
            md.update((describe(it.next()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
