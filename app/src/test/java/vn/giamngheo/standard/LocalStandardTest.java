package vn.giamngheo.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamngheo.standard.Households.aHousehold;
import static vn.giamngheo.standard.Households.nd07;
import static vn.giamngheo.standard.Households.qd59;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.PovertyStandard.LineValues;

/** A province's own standard derived from a national one with higher lines (as Hồ Chí Minh City did). */
class LocalStandardTest {

    private static final Map<Area, LineValues> HIGHER = Map.of(
            Area.RURAL, new LineValues(null, 2_500_000, null),
            Area.URBAN, new LineValues(null, 3_000_000, 4_000_000L));

    @Test
    void a_local_standard_starts_as_a_draft_version_one_with_the_given_lines() {
        PovertyStandard local =
                nd07().deriveLocal("LOCAL_79_ND07_2021", 79, "Chuẩn nghèo TP.HCM", "NQ 15/2021", HIGHER);

        assertThat(local.kind()).isEqualTo(PovertyStandard.Kind.LOCAL);
        assertThat(local.status()).isEqualTo(PovertyStandard.Status.DRAFT);
        assertThat(local.version()).isEqualTo(1);
        assertThat(local.parentId()).isEqualTo("ND07_2021");
        assertThat(local.provinceUnitId()).isEqualTo(79L);
        assertThat(local.lines().rural().line()).isEqualTo(Figure.firm(2_500_000));
        assertThat(local.lines().rural().middleUpper()).isNull();
        assertThat(local.lines().urban().middleUpper()).isEqualTo(Figure.firm(4_000_000));
        assertThat(local.indicators()).isEqualTo(nd07().indicators());
    }

    @Test
    void score_a_thresholds_are_dropped_because_they_stand_for_the_national_line() {
        PovertyStandard local = nd07().deriveLocal("LOCAL_79_ND07_2021", 79, "HCM", null, HIGHER);

        assertThat(local.lines().rural().scoreAMax()).isNull();
        assertThat(aHousehold().rural().scoreA(100).ticked().classifiedBy(local).householdClass())
                .isEqualTo(HouseholdClass.UNDETERMINED);
    }

    @Test
    void a_household_above_the_national_line_can_be_poor_under_the_higher_local_line() {
        PovertyStandard local = nd07().deriveLocal("LOCAL_79_ND07_2021", 79, "HCM", null, HIGHER);
        HouseholdInput h = aHousehold()
                .rural()
                .income(2_000_000)
                .ticked(Indicator.WATER, Indicator.SANITATION, Indicator.TELECOM)
                .build();

        assertThat(PovertyClassifier.classify(h, nd07()).householdClass()).isEqualTo(HouseholdClass.MIDDLE);
        assertThat(PovertyClassifier.classify(h, local).householdClass()).isEqualTo(HouseholdClass.POOR);
    }

    @Test
    void a_local_line_under_the_national_line_is_refused() {
        Map<Area, LineValues> lower = Map.of(
                Area.RURAL, new LineValues(null, 1_400_000, null), Area.URBAN, new LineValues(null, 2_000_000, null));

        assertThatThrownBy(() -> nd07().deriveLocal("LOCAL_1_ND07_2021", 1, "X", null, lower))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("lines.RURAL.line");
    }

    @Test
    void a_local_qd59_standard_needs_both_lines() {
        Map<Area, LineValues> oneLine = Map.of(
                Area.RURAL,
                new LineValues(null, 1_200_000, null),
                Area.URBAN,
                new LineValues(1_000_000L, 1_500_000, null));

        assertThatThrownBy(() -> qd59().deriveLocal("LOCAL_1_QD59_2015", 1, "X", null, oneLine))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("lines.RURAL.lowerLine");
    }
}
