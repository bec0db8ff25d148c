package vn.giamngheo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generator writes the household model's codes (decision 1110); the twelve indicators it draws
 * are its own list, with their bits and JSON bytes ready, and must be the model's.
 */
class CodesTest {
    @Test
    void theGeneratorsIndicatorsAreIndicatorsOfTheModel() {
        assertThat(names(vn.giamngheo.standard.Indicator.values())).containsAll(names(Codes.Indicator.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
