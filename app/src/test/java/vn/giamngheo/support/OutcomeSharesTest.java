package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeSharesTest {

    @Test
    void aShareOverNoHouseholdIsNoneNotNaN() {
        assertThat(OutcomeShares.percent(0, 0)).isNull();
        assertThat(OutcomeShares.percent(3, 0)).isNull();
        assertThat(OutcomeShares.perHousehold(35_000_000, 0)).isNull();
        assertThat(new OutcomeLine("ALL", "x", 2, 2, 0, 0, 0, 0, 0, 0, 0, 0).rate1())
                .isNull();
        assertThat(new OutcomeLine("ALL", "x", 2, 2, 2, 0, 9, 0, 0, 0, 0, 0).costPerEscaped1())
                .isNull();
    }

    @Test
    void sharesArePercentWithTwoDecimalsRoundedHalfUp() {
        assertThat(OutcomeShares.percent(4, 7)).isEqualByComparingTo("57.14");
        assertThat(OutcomeShares.percent(2, 3)).isEqualByComparingTo("66.67");
        assertThat(OutcomeShares.percent(1, 8)).isEqualByComparingTo("12.50");
        assertThat(OutcomeShares.percent(1, 200)).isEqualByComparingTo("0.50");
        assertThat(OutcomeShares.percent(7, 7)).isEqualByComparingTo("100");
    }

    @Test
    void costPerHouseholdIsWholeDongRoundedHalfUp() {
        assertThat(OutcomeShares.perHousehold(35_000_000, 4)).isEqualTo(8_750_000L);
        assertThat(OutcomeShares.perHousehold(10, 3)).isEqualTo(3L);
        assertThat(OutcomeShares.perHousehold(5, 2)).isEqualTo(3L);
        assertThat(OutcomeShares.perHousehold(0, 5)).isZero();
    }
}
