package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetMathTest {
    @Test
    void seed003sRatesAreReproducedToTwoDecimals() {
        assertThat(TargetMath.percent(84, 4807)).isEqualByComparingTo("1.75");
        assertThat(TargetMath.percent(300, 1094)).isEqualByComparingTo("27.42");
        assertThat(TargetMath.percent(791, 15954)).isEqualByComparingTo("4.96");
        assertThat(TargetMath.percent(592, 15954)).isEqualByComparingTo("3.71");
    }

    @Test
    void halvesRoundUpAndMissingFiguresGiveNoRate() {
        // 227 / 1094 = 20.749…%: printed as "20,7" in seed 003, computed 20.75
        assertThat(TargetMath.percent(227, 1094)).isEqualByComparingTo(new BigDecimal("20.75"));
        assertThat(TargetMath.percent(1, 8)).isEqualByComparingTo("12.50");
        assertThat(TargetMath.percent(null, 10)).isNull();
        assertThat(TargetMath.percent(3, 0)).isNull();
        assertThat(TargetMath.remaining(300, 73)).isEqualTo(227);
        assertThat(TargetMath.remaining(300, null)).isNull();
    }
}
