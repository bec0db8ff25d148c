package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReturnRuleTest {
    @Test
    void theDueAmountIsTheShareOfWhatWasReceivedRoundedToTheDong() {
        assertThat(ReturnRule.due(10_000_000L, BigDecimal.valueOf(20))).isEqualTo(2_000_000L);
        assertThat(ReturnRule.due(3_333_333L, new BigDecimal("15"))).isEqualTo(500_000L);
        assertThat(ReturnRule.due(1_000_001L, new BigDecimal("12.5"))).isEqualTo(125_000L);
        assertThat(ReturnRule.due(0L, BigDecimal.TEN)).isZero();
        assertThat(ReturnRule.due(10_000_000L, null)).isNull();
    }

    @Test
    void theDueDayNeedsBothTheAcceptanceAndTheRulesDays() {
        assertThat(ReturnRule.dueOn(LocalDate.of(2024, 11, 28), 30)).isEqualTo(LocalDate.of(2024, 12, 28));
        assertThat(ReturnRule.dueOn(null, 30)).isNull();
        assertThat(ReturnRule.dueOn(LocalDate.of(2024, 11, 28), null)).isNull();
    }

    @Test
    void overdueIsPastTheDayWithSomethingStillOwed() {
        LocalDate due = LocalDate.of(2024, 12, 28);
        assertThat(ReturnRule.overdue(LocalDate.of(2024, 12, 29), due, 2_000_000L, 1_999_999L))
                .isTrue();
        assertThat(ReturnRule.overdue(LocalDate.of(2024, 12, 28), due, 2_000_000L, 0))
                .isFalse();
        assertThat(ReturnRule.overdue(LocalDate.of(2025, 1, 5), due, 2_000_000L, 2_000_000L))
                .isFalse();
        assertThat(ReturnRule.overdue(LocalDate.of(2025, 1, 5), null, 2_000_000L, 0))
                .isFalse();
        assertThat(ReturnRule.overdue(LocalDate.of(2025, 1, 5), due, null, 0)).isFalse();
        assertThat(ReturnRule.outstanding(2_000_000L, 2_500_000L)).isZero();
        assertThat(ReturnRule.outstanding(null, 0)).isNull();
    }
}
