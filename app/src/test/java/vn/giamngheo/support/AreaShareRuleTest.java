package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The share by area a near-poor household gets: the highest determined share in force where it lives. */
class AreaShareRuleTest {
    static final AreaShare DISTRICT = share(1, AreaKind.POOR_DISTRICT, "100", null, LocalDate.of(2025, 8, 14));
    static final AreaShare COMMUNE = share(2, AreaKind.POOR_COMMUNE, "100", LocalDate.of(2025, 8, 15), null);
    static final AreaShare MOUNTAIN = share(3, AreaKind.ETHNIC_MOUNTAIN_AREA, null, null, null);
    static final List<AreaShare> SHARES = List.of(DISTRICT, COMMUNE, MOUNTAIN);

    static AreaShare share(long id, AreaKind kind, String pct, LocalDate from, LocalDate to) {
        return new AreaShare(
                id,
                7,
                "NEAR_POOR",
                kind,
                pct == null ? null : new BigDecimal(pct),
                from,
                to,
                pct == null ? null : "NĐ",
                pct == null ? "NOT_FOUND" : "FIRM",
                null,
                0);
    }

    static AreaDesignation designated(String path, AreaKind kind, LocalDate from, LocalDate to) {
        return new AreaDesignation(1, 1, "Đơn vị", path, kind, "1/QĐ", null, from, to, null, false, null, 0);
    }

    @Test
    void aPoorDistrictCoversItsCommunesUntilTheNewDecreeAndAPoorCommuneFromIt() {
        var district = designated("/1/2/", AreaKind.POOR_DISTRICT, LocalDate.of(2021, 1, 1), null);
        var commune = designated("/1/2/5/", AreaKind.POOR_COMMUNE, LocalDate.of(2021, 1, 1), null);
        List<AreaDesignation> both = List.of(district, commune);
        assertThat(AreaShareRule.highest(SHARES, both, "NEAR_POOR", "/1/2/5/9/", LocalDate.of(2025, 1, 1)))
                .get()
                .satisfies(a -> assertThat(a.share()).isEqualTo(DISTRICT));
        assertThat(AreaShareRule.highest(SHARES, both, "NEAR_POOR", "/1/2/5/9/", LocalDate.of(2026, 1, 1)))
                .get()
                .satisfies(a -> assertThat(a.share()).isEqualTo(COMMUNE));
        // another commune of the district after the decree: nothing by area
        assertThat(AreaShareRule.highest(SHARES, both, "NEAR_POOR", "/1/2/6/", LocalDate.of(2026, 1, 1)))
                .isEmpty();
        // poor households are not what these rows are about
        assertThat(AreaShareRule.highest(SHARES, both, "POOR", "/1/2/5/", LocalDate.of(2026, 1, 1)))
                .isEmpty();
    }

    @Test
    void anAreaWhoseShareIsNotDeterminedMatchesButGivesNoAmount() {
        var mountain = designated("/1/3/", AreaKind.ETHNIC_MOUNTAIN_AREA, LocalDate.of(2021, 1, 1), null);
        assertThat(AreaShareRule.matches(SHARES, List.of(mountain), "NEAR_POOR", "/1/3/4/", LocalDate.of(2026, 1, 1)))
                .singleElement()
                .satisfies(a -> assertThat(a.share().determined()).isFalse());
        assertThat(AreaShareRule.highest(SHARES, List.of(mountain), "NEAR_POOR", "/1/3/4/", LocalDate.of(2026, 1, 1)))
                .isEmpty();
    }

    @Test
    void aDesignationNotInForceOnTheDayOrVoidedGivesNothing() {
        var ended = designated("/1/2/5/", AreaKind.POOR_COMMUNE, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31));
        assertThat(AreaShareRule.highest(SHARES, List.of(ended), "NEAR_POOR", "/1/2/5/", LocalDate.of(2026, 1, 1)))
                .isEmpty();
        var voided = new AreaDesignation(
                1,
                1,
                "Xã",
                "/1/2/5/",
                AreaKind.POOR_COMMUNE,
                "1/QĐ",
                null,
                LocalDate.of(2025, 9, 1),
                null,
                null,
                true,
                "nhầm",
                1);
        assertThat(AreaShareRule.highest(SHARES, List.of(voided), "NEAR_POOR", "/1/2/5/", LocalDate.of(2026, 1, 1)))
                .isEmpty();
    }

    @Test
    void theAmountsByAreaNeverFallBelowTheGeneralOneAndRoundToTheDong() {
        var commune = designated("/1/2/5/", AreaKind.POOR_COMMUNE, LocalDate.of(2025, 9, 1), null);
        var mountain = designated("/1/3/", AreaKind.ETHNIC_MOUNTAIN_AREA, LocalDate.of(2021, 1, 1), null);
        AreaShare seventy = share(4, AreaKind.EXTREMELY_DIFFICULT_COMMUNE, "70.5", null, null);
        var hard = designated("/1/4/", AreaKind.EXTREMELY_DIFFICULT_COMMUNE, LocalDate.of(2021, 1, 1), null);
        List<AreaShareRule.Applied> applied = List.of(
                new AreaShareRule.Applied(COMMUNE, commune),
                new AreaShareRule.Applied(MOUNTAIN, mountain),
                new AreaShareRule.Applied(seventy, hard));
        AreaAmounts a = AreaAmounts.of(applied, 1_263_601, 884_520);
        assertThat(a.paths()).containsExactly("/1/2/5/", "/1/4/");
        // 100 % of the poor amount; 70.5 % of it is 890.839 (rounded), above the general 884.520
        assertThat(a.amounts()).containsExactly(1_263_601L, 890_839L);
        assertThat(AreaAmounts.of(applied, 1_000_000, 900_000).amounts()).containsExactly(1_000_000L, 900_000L);
        assertThat(AreaAmounts.of(List.of(new AreaShareRule.Applied(MOUNTAIN, mountain)), 10, 7)
                        .any())
                .isFalse();
        assertThat(seventy.percentText()).isEqualTo("70,5");
        assertThat(COMMUNE.percentText()).isEqualTo("100");
    }
}
