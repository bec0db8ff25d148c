package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AreaEligibilityTest {
    static ContentRule bound(List<String> areas) {
        return new ContentRule(
                1,
                false,
                List.of("POOR", "NEAR_POOR"),
                null,
                false,
                null,
                null,
                false,
                PeriodKind.YEAR,
                false,
                "x",
                "FIRM",
                null,
                0,
                areas);
    }

    static AreaDesignation designation(AreaKind kind, LocalDate from, LocalDate to, boolean voided) {
        return new AreaDesignation(
                7, 70, "Xã Thử", "/1/70/", kind, "1/QĐ-TTg", null, from, to, null, voided, voided ? "nhầm" : null, 0);
    }

    static Eligibility.Facts facts(LocalDate day, List<AreaDesignation> areas) {
        return new Eligibility.Facts("POOR", null, false, null, day.getYear(), day, areas);
    }

    @Test
    void aContentWithNoAreaConditionIgnoresTheAreas() {
        assertThat(Eligibility.check(bound(List.of()), "Nhà ở", facts(LocalDate.of(2025, 1, 1), List.of())))
                .isEmpty();
    }

    @Test
    void noDesignationOfTheKindsTheContentNeedsIsRefusedNamingThem() {
        var day = LocalDate.of(2025, 3, 1);
        var p = Eligibility.check(
                bound(List.of("POOR_COMMUNE")),
                "Hỗ trợ sản xuất",
                facts(day, List.of(designation(AreaKind.ETHNIC_MOUNTAIN_AREA, LocalDate.of(2020, 1, 1), null, false))));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("support.areaNotDesignated");
            assertThat(x.field()).isEqualTo("householdId");
            assertThat(x.message().args()).containsExactly("Hỗ trợ sản xuất", "xã nghèo", "01/03/2025");
        });
    }

    @Test
    void aDesignationInForceOnTheFirstDayQualifiesAndTheValidityBoundsAreInclusive() {
        var d = designation(AreaKind.POOR_COMMUNE, LocalDate.of(2021, 6, 4), LocalDate.of(2025, 12, 31), false);
        var rule = bound(List.of("POOR_COMMUNE", "EXTREMELY_DIFFICULT_COMMUNE"));
        assertThat(Eligibility.check(rule, "X", facts(LocalDate.of(2021, 6, 4), List.of(d))))
                .isEmpty();
        assertThat(Eligibility.check(rule, "X", facts(LocalDate.of(2025, 12, 31), List.of(d))))
                .isEmpty();
        var after = Eligibility.check(rule, "X", facts(LocalDate.of(2026, 1, 1), List.of(d)));
        assertThat(after).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("support.areaNotInForce");
            assertThat(x.message().args()).contains("1/QĐ-TTg", "04/06/2021", "31/12/2025", "Xã Thử");
        });
        var before = Eligibility.check(rule, "X", facts(LocalDate.of(2021, 6, 3), List.of(d)));
        assertThat(before).extracting(x -> x.code()).containsExactly("support.areaNotInForce");
    }

    @Test
    void aVoidedDesignationCountsForNothing() {
        var d = designation(AreaKind.POOR_COMMUNE, LocalDate.of(2021, 1, 1), null, true);
        assertThat(Eligibility.check(bound(List.of("POOR_COMMUNE")), "X", facts(LocalDate.of(2025, 1, 1), List.of(d))))
                .extracting(x -> x.code())
                .containsExactly("support.areaNotDesignated");
    }

    @Test
    void theAreaIsCheckedBesideTheClass() {
        var facts = new Eligibility.Facts("NEAR_POOR", null, false, null, 2025, LocalDate.of(2025, 1, 1), List.of());
        ContentRule poorOnly = new ContentRule(
                1,
                false,
                List.of("POOR"),
                null,
                false,
                null,
                null,
                false,
                PeriodKind.YEAR,
                false,
                "x",
                "FIRM",
                null,
                0,
                List.of("POOR_COMMUNE"));
        assertThat(Eligibility.check(poorOnly, "X", facts))
                .extracting(x -> x.code())
                .containsExactly("support.classNotEligible", "support.areaNotDesignated");
    }

    @Test
    void aDesignationCoversItsUnitAndTheUnitsUnderIt() {
        var d = designation(AreaKind.POOR_COMMUNE, LocalDate.of(2021, 1, 1), null, false);
        assertThat(d.covers("/1/70/")).isTrue();
        assertThat(d.covers("/1/70/701/")).isTrue();
        assertThat(d.covers("/1/7/")).isFalse();
        assertThat(d.covers("/1/707/")).isFalse();
    }
}
