package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.adminunit.SplitCommunes;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.PovertyClassifier;
import vn.giamngheo.standard.PovertyStandards;

/**
 * Reports across a reorganisation (decisions 1905, 1906), on units of their own: two communes with
 * recognised lists merged into a new commune on 1 July 2025, then that commune merged again (a chain),
 * and a commune split in parts. Every list counts once at every level and every year, the new commune
 * holds its predecessors' lists from the first list year after the merger, nothing counts as moved
 * because of it, and a year before the merger reads the same in the old units and in today's.
 */
class ReformReportsIT extends IntegrationTestBase {
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    AdminUnits units;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewImport imports;

    @Autowired
    ReviewProcedure procedure;

    @Autowired
    PovertyStandards standards;

    @Autowired
    Reports reports;

    @Autowired
    SplitCommunes splits;

    @Autowired
    JdbcClient jdbc;

    private ReviewFixture f;

    private List<ObjectNode> listed(int n, long seed, String tag) throws Exception {
        var nd07 = standards.get("ND07_2021", null);
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode line : ReviewFixture.generated(n, seed, tag)) {
            String cls = PovertyClassifier.classify(ExchangeFormat.parse(line.toString()), nd07)
                    .householdClass()
                    .name();
            if (cls.equals("POOR") || cls.equals("NEAR_POOR")) {
                line.put("recognizedClass", cls);
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void aMergedCommunesListsCountOnceAndReadTheSameInTheOldUnitsAndInTodays() throws Exception {
        f = new ReviewFixture(units, reviews, imports, procedure);
        String tag = ReviewFixture.tag();
        AdminUnit province = f.unit(null, tag, "Sắp Xếp " + tag, "Tỉnh", "PROVINCE");
        AdminUnit district = f.unit(province.id(), tag + "-d", "Cũ", "Huyện", "DISTRICT");
        AdminUnit a = f.commune(district.id(), tag + "-a", "Một", 1);
        AdminUnit b = f.commune(district.id(), tag + "-b", "Hai", 1);
        List<ObjectNode> aLines = listed(120, 31, tag + "a");
        List<ObjectNode> bLines = listed(100, 37, tag + "b");
        f.baseline(a.id(), 2023, aLines, aLines.stream().map(l -> "1").toList());
        f.baseline(b.id(), 2023, bLines, bLines.stream().map(l -> "1").toList());
        // a's 2024 review: the lists of 2025, with moves
        List<ObjectNode> surveyed = aLines.stream()
                .map(l -> {
                    ObjectNode copy = l.deepCopy();
                    copy.remove("recognizedClass");
                    return copy;
                })
                .toList();
        f.periodic(a.id(), 2024, surveyed, surveyed.stream().map(l -> "1").toList());
        Map<String, Long> a2025 = cells(a, 2025);
        Map<String, Long> b2025 = cells(b, 2025);
        Map<String, Long> province2025 = cells(province, 2025);
        Map<String, Long> province2024 = cells(province, 2024);
        assertThat(a2025.get("POOR|HH")).isPositive();

        AdminUnit c =
                units.create(f.actor, new NewAdminUnit(province.id(), tag + "-c", "Hợp Nhất", "Xã", "COMMUNE", REFORM));
        units.merge(f.actor, List.of(a.id(), b.id()), c.id(), REFORM, "Nghị quyết thử " + tag);

        // recorded: 2025 stays with the old communes, 2026 on is the new commune's, each list once
        assertThat(cells(c, 2025)).isEmpty();
        // the lists stay; the households registered are counted where they are filed now
        assertThat(listed(cells(a, 2025))).isEqualTo(listed(a2025));
        assertThat(cells(a, 2026)).isEmpty();
        assertThat(cells(b, 2026)).isEmpty();
        Map<String, Long> c2026 = cells(c, 2026);
        for (String k : List.of("POOR|HH", "NEAR_POOR|HH", "POOR|PERSONS", "NEAR_POOR|PERSONS")) {
            assertThat(c2026.get(k)).as(k).isEqualTo(a2025.getOrDefault(k, 0L) + b2025.getOrDefault(k, 0L));
            assertThat(cells(province, 2026).get(k)).as(k).isEqualTo(province2025.get(k));
        }
        // nothing moved because of the merger: 2026 opens with what 2025 closed
        for (String side : List.of("POOR", "NEAR_POOR")) {
            assertThat(c2026.get(side + ".START|HH")).isEqualTo(c2026.get(side + ".END|HH"));
            assertThat(c2026.getOrDefault(side + ".MOVED_IN|HH", 0L)).isZero();
            assertThat(c2026.getOrDefault(side + ".MOVED_OUT|HH", 0L)).isZero();
        }

        // today's units: the years before the merger summed by succession, the same totals
        for (int year : List.of(2024, 2025)) {
            Map<String, Long> recorded = year == 2024 ? province2024 : province2025;
            for (Form form : List.of(Form.SUMMARY, Form.FLOWS)) {
                List<TableBuilder.UnitCells> now = reports.rows(province, year, form, Structure.CURRENT);
                TableBuilder.UnitCells total = now.get(now.size() - 1);
                assertThat(total.total()).isTrue();
                for (var entry : recorded.entrySet()) {
                    // households registered are counted where they are filed today
                    boolean compared = !entry.getKey().startsWith("REGISTERED")
                            && (form == Form.FLOWS || !entry.getKey().contains("."));
                    if (compared) {
                        assertThat(total.cells().getOrDefault(entry.getKey(), 0L))
                                .as(form + " " + year + " " + entry.getKey())
                                .isEqualTo(entry.getValue());
                    }
                }
                assertThat(now).extracting(TableBuilder.UnitCells::unitId).contains(c.id());
                TableBuilder.UnitCells newCommune = now.stream()
                        .filter(r -> c.id() == r.unitId() && !r.total())
                        .findFirst()
                        .orElseThrow();
                Map<String, Long> old = year == 2024 ? sum(cells(a, 2024), cells(b, 2024)) : sum(a2025, b2025);
                assertThat(newCommune.cells().get("POOR|HH")).isEqualTo(old.get("POOR|HH"));
            }
            List<TableBuilder.UnitCells> asRecorded = reports.rows(province, year, Form.SUMMARY, Structure.RECORDED);
            assertThat(asRecorded).extracting(TableBuilder.UnitCells::unitId).contains(district.id());
            if (year == 2024) {
                // the new commune did not exist in 2024
                assertThat(asRecorded)
                        .extracting(TableBuilder.UnitCells::unitId)
                        .doesNotContain(c.id());
            }
        }
        Report current = reports.report(
                f.actor,
                Form.SUMMARY,
                province.id(),
                2024,
                false,
                Locale.forLanguageTag("vi"),
                null,
                Structure.CURRENT);
        assertThat(current.notes())
                .anyMatch(n -> n.contains("Xã Hợp Nhất")
                        && n.contains("Xã Một")
                        && n.contains("Xã Hai")
                        && n.contains("01/07/2025")
                        && n.contains("Nghị quyết thử " + tag));
        assertThat(current.period()).contains("đơn vị hành chính hiện nay");

        // a chain: the new commune merged again; its lists go on to the next successor
        AdminUnit e = units.create(
                f.actor,
                new NewAdminUnit(province.id(), tag + "-e", "Tiếp Nối", "Xã", "COMMUNE", LocalDate.of(2027, 1, 1)));
        units.merge(f.actor, List.of(c.id()), e.id(), LocalDate.of(2027, 1, 1), "Nghị quyết thử 2 " + tag);
        assertThat(listed(cells(c, 2026))).isEqualTo(listed(c2026));
        assertThat(cells(c, 2027)).isEmpty();
        assertThat(cells(e, 2027).get("POOR|HH")).isEqualTo(c2026.get("POOR|HH"));
        assertThat(cells(province, 2027).get("POOR|HH")).isEqualTo(province2025.get("POOR|HH"));
        long throughTheChain = currentLists(e.id());
        assertThat(throughTheChain).isEqualTo(currentLists(a.id()) + currentLists(b.id()));
        assertThat(throughTheChain).isPositive();
    }

    @Test
    void aSplitCommunesPartsHoldTheHouseholdsFiledUnderThem() throws Exception {
        f = new ReviewFixture(units, reviews, imports, procedure);
        String tag = ReviewFixture.tag();
        AdminUnit province = f.unit(null, tag, "Chia Tách " + tag, "Tỉnh", "PROVINCE");
        AdminUnit s = f.commune(province.id(), tag + "-s", "Chia", 2);
        List<ObjectNode> lines = listed(160, 41, tag);
        List<String> villages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            villages.add(i % 2 == 0 ? "1" : "2");
        }
        f.baseline(s.id(), 2024, lines, villages);
        Map<String, Long> before = cells(province, 2025);
        AdminUnit one = units.create(
                f.actor, new NewAdminUnit(province.id(), tag + "-s1", "Phần Một", "Xã", "COMMUNE", REFORM));
        AdminUnit two = units.create(
                f.actor, new NewAdminUnit(province.id(), tag + "-s2", "Phần Hai", "Xã", "COMMUNE", REFORM));
        units.recordSplit(f.actor, s.id(), List.of(one.id(), two.id()), REFORM, "Nghị quyết chia " + tag);
        AdminUnit village1 = units.children(s.id()).stream()
                .filter(v -> v.name().equals("1"))
                .findFirst()
                .orElseThrow();
        splits.assign(f.actor, village1.id(), one.id());

        long inVillage1 = jdbc.sql("""
                        SELECT count(*) FROM review_current_lists(:s) l JOIN household_register h ON h.id = l.household_id
                        WHERE h.unit_id = :v
                        """)
                .param("s", s.id())
                .param("v", village1.id())
                .query(Long.class)
                .single();
        assertThat(inVillage1).isPositive();
        Map<String, Long> part1 = cells(one, 2026);
        Map<String, Long> rest = cells(s, 2026);
        assertThat(part1.getOrDefault("POOR|HH", 0L) + part1.getOrDefault("NEAR_POOR|HH", 0L))
                .isEqualTo(inVillage1);
        assertThat(cells(two, 2026)).doesNotContainKey("POOR|HH").doesNotContainKey("NEAR_POOR|HH");
        for (String k : List.of("POOR|HH", "NEAR_POOR|HH", "POOR|PERSONS")) {
            assertThat(part1.getOrDefault(k, 0L) + rest.getOrDefault(k, 0L))
                    .as(k)
                    .isEqualTo(before.get(k));
            assertThat(cells(province, 2026).get(k)).as(k).isEqualTo(before.get(k));
        }
    }

    /**
     * The flows of a split commune's year read in today's units: each household's outcome goes to the
     * part its village (of its review row) went to. Each part's opening, closing and moves between the
     * lists are counted here from the input lines and their classes, and the parts' flows sum to the
     * predecessor's as recorded.
     */
    @Test
    void aSplitCommunesPartsTakeTheFlowsOfTheirVillages() throws Exception {
        f = new ReviewFixture(units, reviews, imports, procedure);
        String tag = ReviewFixture.tag();
        AdminUnit province = f.unit(null, tag, "Chia Luồng " + tag, "Tỉnh", "PROVINCE");
        AdminUnit s = f.commune(province.id(), tag + "-s", "Chia Luồng", 2);
        List<ObjectNode> lines = listed(160, 43, tag);
        List<String> villages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            villages.add(i % 3 == 0 ? "1" : "2");
        }
        f.baseline(s.id(), 2023, lines, villages);
        List<ObjectNode> surveyed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode copy = lines.get(i).deepCopy();
            copy.remove("recognizedClass");
            if (i % 4 == 0 && copy.has("incomePerCapita")) {
                // a quarter of the households earn far more: they leave the lists
                copy.put("incomePerCapita", 20_000_000);
            }
            surveyed.add(copy);
        }
        f.periodic(s.id(), 2024, surveyed, villages);
        Map<String, Long> recorded = cells(s, 2025);

        AdminUnit one = units.create(
                f.actor, new NewAdminUnit(province.id(), tag + "-s1", "Luồng Một", "Xã", "COMMUNE", REFORM));
        AdminUnit two = units.create(
                f.actor, new NewAdminUnit(province.id(), tag + "-s2", "Luồng Hai", "Xã", "COMMUNE", REFORM));
        units.recordSplit(f.actor, s.id(), List.of(one.id(), two.id()), REFORM, "Nghị quyết chia " + tag);
        for (AdminUnit v : units.children(s.id())) {
            splits.assign(f.actor, v.id(), v.name().equals("1") ? one.id() : two.id());
        }

        // independently: each household's class before (the baseline's recognised one) and after (the survey's)
        var nd07 = standards.get("ND07_2021", null);
        Map<String, Map<String, Long>> expected = Map.of("1", new HashMap<>(), "2", new HashMap<>());
        for (int i = 0; i < lines.size(); i++) {
            String before = lines.get(i).get("recognizedClass").asString();
            String after = PovertyClassifier.classify(
                            ExchangeFormat.parse(surveyed.get(i).toString()), nd07)
                    .householdClass()
                    .name();
            Map<String, Long> part = expected.get(villages.get(i));
            part.merge(before + ".START|HH", 1L, Long::sum);
            part.merge(after + ".END|HH", 1L, Long::sum);
            if (!before.equals(after)) {
                part.merge(
                        before + (List.of("POOR", "NEAR_POOR").contains(after) ? ".TO_OTHER|HH" : ".ESCAPED|HH"),
                        1L,
                        Long::sum);
            }
        }
        List<TableBuilder.UnitCells> now = reports.rows(province, 2025, Form.FLOWS, Structure.CURRENT);
        Map<Long, Map<String, Long>> byUnit = new HashMap<>();
        now.stream().filter(r -> !r.total()).forEach(r -> byUnit.put(r.unitId(), r.cells()));
        for (var part : List.of(Map.entry(one, "1"), Map.entry(two, "2"))) {
            Map<String, Long> got = byUnit.get(part.getKey().id());
            for (String side : List.of("POOR", "NEAR_POOR")) {
                for (String k :
                        List.of(side + ".START|HH", side + ".END|HH", side + ".TO_OTHER|HH", side + ".ESCAPED|HH")) {
                    assertThat(got.getOrDefault(k, 0L))
                            .as("%s %s", part.getKey().name(), k)
                            .isEqualTo(expected.get(part.getValue()).getOrDefault(k, 0L));
                }
            }
        }
        assertThat(expected.get("1").getOrDefault("POOR.ESCAPED|HH", 0L)
                        + expected.get("1").getOrDefault("NEAR_POOR.ESCAPED|HH", 0L))
                .as("the data have moves between the lists in the first part")
                .isPositive();
        // every flow of the predecessor's year lands in exactly one part
        for (var entry : recorded.entrySet()) {
            if (entry.getKey().contains(".") && entry.getKey().endsWith("|HH")) {
                long parts = byUnit.get(one.id()).getOrDefault(entry.getKey(), 0L)
                        + byUnit.get(two.id()).getOrDefault(entry.getKey(), 0L)
                        + byUnit.getOrDefault(s.id(), Map.of()).getOrDefault(entry.getKey(), 0L);
                assertThat(parts).as(entry.getKey()).isEqualTo(entry.getValue());
            }
        }
    }

    /** The cells of the lists, without the households registered (counted where they are filed today). */
    private static Map<String, Long> listed(Map<String, Long> cells) {
        Map<String, Long> m = new HashMap<>(cells);
        m.keySet().removeIf(k -> k.startsWith("REGISTERED"));
        return m;
    }

    private long currentLists(long communeId) {
        return jdbc.sql("SELECT count(*) FROM review_current_lists(:c)")
                .param("c", communeId)
                .query(Long.class)
                .single();
    }

    private static Map<String, Long> sum(Map<String, Long> x, Map<String, Long> y) {
        Map<String, Long> m = new HashMap<>(x);
        y.forEach((k, v) -> m.merge(k, v, Long::sum));
        return m;
    }

    /** A unit's kept cells of a year (a cell brought to zero by a delta stays as a row of 0: left out). */
    private Map<String, Long> cells(AdminUnit unit, int year) {
        Map<String, Long> m = new HashMap<>();
        jdbc.sql("SELECT row_key || '|' || col, value FROM report_cell WHERE unit_id = :u AND list_year = :y"
                        + " AND form IN ('SUMMARY', 'FLOWS') AND value <> 0")
                .param("u", unit.id())
                .param("y", year)
                .query(rs -> {
                    m.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
        return m;
    }
}
