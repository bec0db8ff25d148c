package vn.giamngheo.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;

class NormFormulaTest {
    @Test
    void electricitySupportIsThirtyKilowattHoursAtTheTierOnePrice() {
        var r = NormFormula.evaluate("30 × {GIA_DIEN_BAC_1}", Map.of("GIA_DIEN_BAC_1", new BigDecimal("1984")), 0);
        assertThat(r.value()).isEqualByComparingTo("59520");
        assertThat(r.missing()).isEmpty();
    }

    @Test
    void healthInsuranceForTheNearPoorIsSeventyPercentOfFourAndAHalfPercentOfTheBaseSalaryAYear() {
        var r = NormFormula.evaluate(
                "4,5 % × {LUONG_CO_SO} × 12 × 70 %", Map.of("LUONG_CO_SO", new BigDecimal("2340000")), 0);
        // 0.045 × 2,340,000 × 12 × 0.7 = 884,520
        assertThat(r.value()).isEqualByComparingTo("884520");
    }

    @Test
    void theNearPoorLendingRateIsOneHundredAndTwentyPercentOfThePoorRate() {
        var r = NormFormula.evaluate(
                "120 % × {LAI_SUAT_HO_NGHEO}", Map.of("LAI_SUAT_HO_NGHEO", new BigDecimal("6.6")), 2);
        assertThat(r.value()).isEqualByComparingTo("7.92");
    }

    @Test
    void aMissingReferenceValueLeavesTheNormUnknownAndNamesIt() {
        var r = NormFormula.evaluate("30 * {GIA_DIEN_BAC_1}", Map.of(), 0);
        assertThat(r.known()).isFalse();
        assertThat(r.missing()).containsExactly("GIA_DIEN_BAC_1");
    }

    @Test
    void aFormulaThatIsNotAProductIsRefusedOnTheFormulaField() {
        assertThatThrownBy(() -> NormFormula.references("30 + {X}")).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.problems().get(0).field()).isEqualTo("formula");
            assertThat(e.problems().get(0).code()).isEqualTo("funding.formulaInvalid");
        });
        assertThatThrownBy(() -> NormFormula.references("")).isInstanceOf(InvalidInput.class);
    }
}
