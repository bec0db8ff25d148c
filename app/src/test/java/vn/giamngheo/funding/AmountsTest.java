package vn.giamngheo.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.InvalidInput;

class AmountsTest {
    @Test
    void amountsAreReadAsPeopleTypeThemWithDotsGroupingThousands() {
        assertThat(Amounts.parse("amount", "1.500.000")).isEqualTo(1_500_000L);
        assertThat(Amounts.parse("amount", "1 500 000")).isEqualTo(1_500_000L);
        assertThat(Amounts.parse("amount", "40000000")).isEqualTo(40_000_000L);
    }

    @Test
    void fractionsNegativesZeroAndTextAreRefusedNamingTheField() {
        assertCode("1,5", "funding.amountNotWhole");
        assertCode("1500000.50", "funding.amountNotWhole");
        assertCode("-200", "funding.amountNegative");
        assertCode("0", "funding.amountZero");
        assertCode("hai triệu", "funding.amountNotNumber");
        assertCode(" ", "funding.amountRequired");
    }

    @Test
    void jsonNumbersMustBeWholePositiveDong() {
        assertThat(Amounts.positive("amount", new BigDecimal("2500000.00"))).isEqualTo(2_500_000L);
        assertThatThrownBy(() -> Amounts.positive("budget.CENTRAL_RECURRENT", new BigDecimal("0.5")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("budget.CENTRAL_RECURRENT"));
        assertThatThrownBy(() -> Amounts.positive("amount", new BigDecimal("1e30")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("funding.amountTooLarge"));
    }

    private static void assertCode(String text, String code) {
        assertThatThrownBy(() -> Amounts.parse("amount", text))
                .as(text)
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("amount");
                    assertThat(e.problems().get(0).code()).isEqualTo(code);
                });
    }
}
