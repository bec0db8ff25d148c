package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.Posting;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.review.CampaignKind;
import vn.giamngheo.review.NewReview;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.Step;
import vn.giamngheo.review.StepRequest;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Jurisdiction;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.HouseholdClass;
import vn.giamngheo.standard.HouseholdInput;

/**
 * The outcomes of support against a computation written here in plain Java over the same hand-built
 * data: two communes of a province, their lists of 2024 (a baseline), 2025 and 2026 (periodic reviews taken to recognition),
 * grants of two contents of two sub-projects in 2024 and 2025, paid in part or whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportOutcomesIT extends SupportFixtures {
    private static final HouseholdClass P = HouseholdClass.POOR;
    private static final HouseholdClass N = HouseholdClass.NEAR_POOR;
    private static final HouseholdClass M = HouseholdClass.MIDDLE;
    private static final HouseholdClass X = HouseholdClass.NOT_POOR;
    /** The list years recognised here (a baseline of year Y gives the lists of Y + 1). */
    private static final List<Integer> RECOGNISED = List.of(2024, 2025, 2026);

    @Autowired
    SupportOutcomes outcomes;

    @Autowired
    ReviewProcedure procedure;

    AdminUnit province;
    AdminUnit communeA;
    AdminUnit communeB;
    /** Household key → list year → class on that list (absent: not reviewed in it). */
    final Map<String, Map<Integer, HouseholdClass>> lists = new LinkedHashMap<>();

    final Map<String, Long> ids = new HashMap<>();
    final Map<String, AdminUnit> communeOf = new HashMap<>();
    /** Every grant as the test made it. */
    final List<Made> made = new ArrayList<>();

    record Made(
            String household, String commune, long contentId, long componentId, int year, long paid, boolean live) {}

    @BeforeAll
    void build() {
        TestUnits t = new TestUnits(units);
        province = t.aProvince();
        communeA = t.aCommuneIn(province);
        communeB = t.aCommuneIn(province);
        t.villagesIn(communeA, 1);
        t.villagesIn(communeB, 1);
        household("a1", communeA, P, M, M);
        household("a2", communeA, P, N, M);
        household("a3", communeA, N, N, N);
        household("a4", communeA, P, M, P);
        household("a6", communeA, P, P, X);
        household("a7", communeA, N, N, N);
        household("b1", communeB, N, M, M);
        household("b2", communeB, P, P, P);
        household("b3", communeB, P, M, M);
        for (int i = 0; i < RECOGNISED.size(); i++) {
            lists(communeA, RECOGNISED.get(i) - 1, i == 0);
            lists(communeB, RECOGNISED.get(i) - 1, i == 0);
        }
        for (AdminUnit c : List.of(communeA, communeB)) {
            for (int year = 2024; year <= 2025; year++) {
                allocate(c, "SAN_XUAT_NN_DA3", year, 100_000_000);
                allocate(c, "SAN_XUAT_NN_DA3", year + 1, 100_000_000);
                allocate(c, "NHA_SUA_CHUA_DA5", year, 100_000_000);
            }
        }
        SupportContent production = content("SAN_XUAT_NN_DA3");
        SupportContent repair = content("NHA_SUA_CHUA_DA5");
        give("a1", production, 2024, 5_000_000, 1);
        give("a2", production, 2024, 4_000_000, 1);
        give("a3", production, 2024, 3_000_000, 1);
        give("a3", repair, 2025, 20_000_000, 1);
        give("a4", production, 2024, 6_000_000, 1);
        give("a6", production, 2025, 2_000_000, 1);
        give("a7", production, 2026, 1_000_000, 1);
        give("b1", production, 2024, 3_000_000, 1);
        give("b1", repair, 2024, 10_000_000, 2);
        give("b2", production, 2024, 2_000_000, 1);
        give("b2", production, 2025, 2_000_000, 1);
        give("b2", repair, 2025, 15_000_000, 0);
        give("b3", production, 2024, 9_000_000, -1);
    }

    @Test
    void theProvinceLineMatchesTheFiguresWorkedByHand() {
        OutcomeTable t = outcomes.table(SYSTEM, province.id(), null, null);
        OutcomeLine l = t.total();
        // worked out on paper from the lists above: see the class comment of the expected computation
        assertThat(l.supported()).isEqualTo(8);
        assertThat(l.households()).isEqualTo(8);
        assertThat(l.base1()).isEqualTo(7);
        assertThat(l.escaped1()).isEqualTo(4);
        assertThat(l.spent1()).isEqualTo(35_000_000);
        assertThat(l.base2()).isEqualTo(6);
        assertThat(l.escaped2()).isEqualTo(4);
        assertThat(l.spent2()).isEqualTo(49_000_000);
        assertThat(l.fellBack()).isEqualTo(1);
        assertThat(l.spent()).isEqualTo(52_000_000);
        assertThat(l.rate1()).isEqualByComparingTo("57.14");
        assertThat(l.rate2()).isEqualByComparingTo("66.67");
        assertThat(l.costPerEscaped1()).isEqualTo(8_750_000L);
        assertThat(l.costPerEscaped2()).isEqualTo(12_250_000L);
    }

    @Test
    void everyBreakdownMatchesTheIndependentComputation() {
        OutcomeTable t = outcomes.table(SYSTEM, province.id(), null, null);
        assertThat(lines(List.of(t.total()))).isEqualTo(expected(g -> "ALL"));
        assertThat(lines(t.byUnit()))
                .isEqualTo(expected(
                        g -> String.valueOf(communeOf.get(g.household()).id())));
        assertThat(lines(t.byContent())).isEqualTo(expected(g -> String.valueOf(g.contentId())));
        assertThat(lines(t.byComponent())).isEqualTo(expected(g -> String.valueOf(g.componentId())));
        assertThat(t.byUnit())
                .extracting(OutcomeLine::name)
                .containsExactlyInAnyOrder(communeA.fullName(), communeB.fullName());
        // a commune's own page counts only its households; one content narrows every line
        OutcomeTable a = outcomes.table(SYSTEM, communeA.id(), null, null);
        assertThat(lines(List.of(a.total())))
                .isEqualTo(rekey(expected(g -> communeOf.get(g.household()) == communeA ? "ALL" : null)));
        long production = content("SAN_XUAT_NN_DA3").id();
        OutcomeTable p = outcomes.table(SYSTEM, province.id(), production, null);
        assertThat(lines(List.of(p.total())))
                .isEqualTo(rekey(expected(g -> g.contentId() == production ? "ALL" : null)));
    }

    @Test
    void theHouseholdsThatFellBackAreListedWithTheirClassesInReachOnly() {
        List<OutcomeHousehold> fell = outcomes.households(SYSTEM, province.id(), null, null, "FELL_BACK");
        assertThat(fell).singleElement().satisfies(h -> {
            assertThat(h.householdId()).isEqualTo(ids.get("a4"));
            assertThat(h.fellBackYear()).isEqualTo(2026);
            assertThat(h.escaped1()).isTrue();
            assertThat(h.classes()).containsOnlyKeys(2024, 2025, 2026);
            assertThat(h.classes().get(2024)).isEqualTo("POOR");
            assertThat(h.classes().get(2025)).isIn("MIDDLE", "NOT_POOR");
            assertThat(h.classes().get(2026)).isEqualTo("POOR");
        });
        List<OutcomeHousehold> all = outcomes.households(SYSTEM, province.id(), null, null, null);
        assertThat(all)
                .extracting(OutcomeHousehold::householdId)
                .containsExactlyInAnyOrderElementsOf(expectedCohort(g -> true));
        assertThat(all.stream()
                        .filter(h -> h.householdId() == ids.get("a7"))
                        .findFirst()
                        .orElseThrow()
                        .escaped1())
                .as("no later list reviewed a7: not counted either way")
                .isNull();

        Actor officialOfA = new Actor(
                "outcome-a",
                Jurisdiction.subtrees(List.of(communeA.path())),
                Set.of(Permission.HOUSEHOLD_READ, Permission.REPORT_READ));
        assertThatThrownBy(() -> outcomes.households(officialOfA, province.id(), null, null, null))
                .isInstanceOf(OutsideJurisdiction.class);
        assertThatThrownBy(() -> outcomes.table(officialOfA, communeB.id(), null, null))
                .isInstanceOf(OutsideJurisdiction.class);
        assertThat(outcomes.households(officialOfA, communeA.id(), null, null, null))
                .extracting(OutcomeHousehold::householdId)
                .containsExactlyInAnyOrderElementsOf(expectedCohort(g -> communeOf.get(g.household()) == communeA));
        int audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = 'outcome-a' AND entity_type = :e")
                .param("e", SupportOutcomes.ENTITY)
                .query(Integer.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void theHouseholdPageShowsEachListYearBesideTheSupportOfThatYear() {
        List<HouseholdYear> years = outcomes.householdYears(SYSTEM, ids.get("a3"));
        assertThat(years).extracting(HouseholdYear::year).containsExactly(2026, 2025, 2024);
        assertThat(years).extracting(HouseholdYear::householdClass).containsOnly("NEAR_POOR");
        assertThat(years).allMatch(HouseholdYear::recognised);
        assertThat(years.get(1).grants())
                .singleElement()
                .satisfies(g -> assertThat(g.paid()).isEqualTo(14_000_000));
        assertThat(years.get(2).paid()).isEqualTo(3_000_000);
        assertThat(years.get(0).grants()).isEmpty();
    }

    @Test
    void theExcelReportHasASheetPerBreakdownAndTheFallBacks() throws Exception {
        SupportOutcomes.Report r = outcomes.report(SYSTEM, province.id(), null, null);
        byte[] xlsx = OutcomeReport.xlsx(r.table(), r.fellBack(), k -> k.equals("class.POOR") ? "Hộ nghèo" : k);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            var units = wb.getSheetAt(0);
            assertThat(units.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(7);
            assertThat(units.getRow(5).getCell(5).getNumericCellValue()).isEqualTo(57.14);
            assertThat(wb.getSheetAt(3).getRow(5).getCell(0).getStringCellValue())
                    .isEqualTo(codeOf("a4"));
        }
    }

    // ---- the independent computation ----

    /** Per key: the ten counts of a line, from the lists and grants as made, by the rules of decision 1430. */
    Map<String, List<Long>> expected(Function<Made, String> key) {
        Map<String, List<Made>> byKey = new TreeMap<>();
        for (Made g : made) {
            String k = key.apply(g);
            if (g.live() && k != null) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
            }
        }
        Map<String, List<Long>> out = new TreeMap<>();
        byKey.forEach((k, gs) -> {
            long[] v = new long[10];
            Map<String, List<Made>> byHousehold = new LinkedHashMap<>();
            gs.forEach(g -> byHousehold
                    .computeIfAbsent(g.household(), x -> new ArrayList<>())
                    .add(g));
            v[0] = byHousehold.size();
            byHousehold.forEach((h, hs) -> {
                Integer y0 = hs.stream()
                        .map(Made::year)
                        .filter(y -> listed(h, y))
                        .min(Integer::compare)
                        .orElse(null);
                if (y0 == null) {
                    return;
                }
                v[1]++;
                boolean seen1 = seen(h, y0 + 1);
                boolean off1 = seen1 && off(h, y0 + 1);
                boolean seen2 = seen(h, y0 + 2);
                boolean off2 = seen2 && (off1 || off(h, y0 + 2));
                long in1 = paid(hs, y0, y0);
                long in2 = paid(hs, y0, y0 + 1);
                if (seen1) {
                    v[2]++;
                    v[4] += in1;
                }
                if (off1) {
                    v[3]++;
                }
                if (seen2) {
                    v[5]++;
                    v[7] += in2;
                }
                if (off2) {
                    v[6]++;
                }
                boolean fell = false;
                for (int a = y0 + 1; a <= 2026; a++) {
                    for (int b = a + 1; b <= 2026; b++) {
                        fell |= off(h, a) && listed(h, b);
                    }
                }
                if (fell) {
                    v[8]++;
                }
                v[9] += paid(hs, Integer.MIN_VALUE, Integer.MAX_VALUE);
            });
            List<Long> counts = new ArrayList<>();
            for (long x : v) {
                counts.add(x);
            }
            out.put(k, counts);
        });
        return out;
    }

    List<Long> expectedCohort(java.util.function.Predicate<Made> which) {
        return made.stream()
                .filter(g -> g.live() && which.test(g) && listed(g.household(), g.year()))
                .map(g -> ids.get(g.household()))
                .distinct()
                .toList();
    }

    private boolean seen(String h, int year) {
        return RECOGNISED.contains(year) && lists.get(h).get(year) != null;
    }

    private boolean listed(String h, int year) {
        HouseholdClass c = lists.get(h).get(year);
        return c == P || c == N;
    }

    private boolean off(String h, int year) {
        HouseholdClass c = lists.get(h).get(year);
        return c == M || c == X;
    }

    private static long paid(List<Made> hs, int from, int to) {
        return hs.stream()
                .filter(g -> g.year() >= from && g.year() <= to)
                .mapToLong(Made::paid)
                .sum();
    }

    private static Map<String, List<Long>> lines(List<OutcomeLine> lines) {
        Map<String, List<Long>> out = new TreeMap<>();
        for (OutcomeLine l : lines) {
            out.put(
                    l.key(),
                    List.of(
                            l.supported(),
                            l.households(),
                            l.base1(),
                            l.escaped1(),
                            l.spent1(),
                            l.base2(),
                            l.escaped2(),
                            l.spent2(),
                            l.fellBack(),
                            l.spent()));
        }
        return out;
    }

    private static Map<String, List<Long>> rekey(Map<String, List<Long>> m) {
        return m.isEmpty() ? Map.of("ALL", List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)) : m;
    }

    // ---- the hand-built data, through the product's own paths ----

    private void household(
            String key, AdminUnit commune, HouseholdClass y2024, HouseholdClass y2025, HouseholdClass y2026) {
        Map<Integer, HouseholdClass> byYear = new TreeMap<>();
        byYear.put(2024, y2024);
        byYear.put(2025, y2025);
        byYear.put(2026, y2026);
        lists.put(key, byYear);
        communeOf.put(key, commune);
    }

    private final String tag = TestUnits.tag();

    private String codeOf(String key) {
        return key.toUpperCase() + "-" + tag;
    }

    /**
     * The lists of {@code year} + 1: a baseline for the first (the lists as given), then a periodic
     * review held in {@code year} that surveys every household of the commune, through its meetings,
     * posting and report to recognition, as an official would.
     */
    private void lists(AdminUnit commune, int year, boolean first) {
        ReviewCampaign c = reviews.create(
                SYSTEM,
                new NewReview(
                        commune.id(), year, "ND07_2021", first ? CampaignKind.BASELINE : CampaignKind.PERIODIC, null));
        if (!first) {
            reviews.advance(SYSTEM, c.id(), StepRequest.to(Step.SCREENING));
            reviews.advance(SYSTEM, c.id(), StepRequest.to(Step.SURVEY));
        }
        StringBuilder jsonl = new StringBuilder();
        lists.forEach((key, byYear) -> {
            HouseholdClass cls = byYear.get(year + 1);
            if (communeOf.get(key) == commune && cls != null) {
                jsonl.append(ExchangeFormat.write(reviewed(codeOf(key), cls, first)))
                        .append('\n');
            }
        });
        AdminUnit village = units.children(commune.id()).get(0);
        imports.run(
                SYSTEM,
                c.id(),
                ReviewImport.source(
                        "JSONL", new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8))),
                new ReviewImport.Options(false, village.id()));
        if (!first) {
            reviews.advance(SYSTEM, c.id(), StepRequest.to(Step.VILLAGE_MEETING));
            procedure.recordMeeting(SYSTEM, c.id(), village.id(), LocalDate.of(year, 11, 2), 20, 15, null);
            reviews.advance(
                    SYSTEM,
                    c.id(),
                    new StepRequest(Step.POSTING, null, LocalDate.of(year, 11, 5), 3, null, null, null, null));
            reviews.advance(SYSTEM, c.id(), StepRequest.to(Step.REPORTING));
            reviews.advance(
                    SYSTEM,
                    c.id(),
                    new StepRequest(Step.RECOGNITION, null, null, null, LocalDate.of(year, 11, 20), null, null, null));
        }
        reviews.advance(
                SYSTEM,
                c.id(),
                new StepRequest(
                        Step.RECOGNISED, null, null, null, null, "12/QĐ-UBND", LocalDate.of(year, 12, 10), "Chủ tịch"));
        lists.keySet().stream()
                .filter(k -> communeOf.get(k) == commune)
                .forEach(k -> ids.computeIfAbsent(
                        k,
                        x -> jdbc.sql("SELECT id FROM household_register WHERE code = :c")
                                .param("c", codeOf(k))
                                .query(Long.class)
                                .single()));
    }

    /**
     * A household as the review finds it: a baseline line carries its recognised class; a surveyed
     * line is classified from its income and deprivations (poor: 1,000,000 and three; near-poor:
     * 1,200,000 and one; middle-living: 2,000,000, in the band above the line; not poor: 3,000,000).
     */
    private static HouseholdInput reviewed(String code, HouseholdClass cls, boolean given) {
        HouseholdInput h = household(code, cls == P || cls == N ? cls : null, 3);
        if (given) {
            return h;
        }
        return new HouseholdInput(
                h.ref(),
                h.area(),
                cls == M ? 2_000_000L : h.incomePerCapita(),
                h.scoreA(),
                h.deprivations(),
                h.members(),
                h.dwelling(),
                h.labourCapacity(),
                h.causes(),
                null);
    }

    private void allocate(AdminUnit commune, String contentCode, int year, long amount) {
        SupportContent c = content(contentCode);
        ledger.allocate(
                SYSTEM,
                new Posting(
                        commune.id(),
                        year,
                        c.componentId(),
                        null,
                        FundingSource.CENTRAL_RECURRENT,
                        amount,
                        LocalDate.of(year, 1, 2),
                        "Giao dự toán (thử)",
                        null));
    }

    /**
     * A grant of the year (from 1 March) approved and paid in {@code tranches} tranches (0: approved,
     * nothing paid; -1: only proposed).
     */
    private void give(String key, SupportContent c, int year, long amount, int tranches) {
        SupportGrant g = grants.propose(
                SYSTEM, grant(ids.get(key), null, c, "CENTRAL_RECURRENT", LocalDate.of(year, 3, 1), amount));
        if (tranches >= 0) {
            g = grants.approve(SYSTEM, g.id(), "9/QĐ-UBND", LocalDate.of(year, 3, 2), g.version());
            for (int i = 1; i <= tranches; i++) {
                g = grants.pay(SYSTEM, g.id(), i, LocalDate.of(year, 4, i), "PC " + i, g.version());
            }
        }
        made.add(new Made(key, communeOf.get(key).fullName(), c.id(), c.componentId(), year, g.paid(), tranches >= 0));
    }
}
