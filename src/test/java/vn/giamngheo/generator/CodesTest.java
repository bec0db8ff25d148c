package vn.giamngheo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Member;

/**
 * The generator keeps its codes with their JSON bytes ready (it writes millions of lines), but they
 * are the household model's codes (decision 1110), in the same order (its draws depend on it).
 */
class CodesTest {
    @Test
    void theGeneratorsCodesAreTheModelsCodesInTheSameOrder() {
        assertThat(names(Codes.Relation.values())).isEqualTo(names(Member.Relation.values()));
        assertThat(names(Codes.Education.values())).isEqualTo(names(Member.Education.values()));
        assertThat(names(Codes.Employment.values())).isEqualTo(names(Member.Employment.values()));
        assertThat(names(Codes.Cause.values())).isEqualTo(names(HouseholdInput.Cause.values()));
        assertThat(names(vn.giamngheo.standard.Indicator.values())).containsAll(names(Codes.Indicator.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
