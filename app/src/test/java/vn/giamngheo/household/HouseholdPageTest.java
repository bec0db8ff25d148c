package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdPageTest {
    @Test
    void aCountUpToTheCapIsExactAndBeyondItSaysMoreThanTheCap() {
        HouseholdPage exact = HouseholdPage.counted(List.of(), HouseholdPage.COUNT_CAP, 0, 20);
        assertThat(exact.total()).isEqualTo(10_000);
        assertThat(exact.moreThanTotal()).isFalse();
        HouseholdPage capped = HouseholdPage.counted(List.of(), HouseholdPage.COUNT_CAP + 1L, 3, 20);
        assertThat(capped.total()).isEqualTo(10_000);
        assertThat(capped.moreThanTotal()).isTrue();
        assertThat(capped.page()).isEqualTo(3);
    }
}
