package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {
    @Test
    void namesSortInTheVietnameseAlphabet() {
        List<String> names = new ArrayList<>(
                List.of("Xuân Hưng", "Đăk Ang", "Xuân Hồng", "Dương", "Xuân Hòa", "Ea Súp", "Thuận Minh", "Thọ Xương"));
        names.sort(VietnameseOrder.names());
        // d < đ < e; o < ô < ơ < u < ư (Bộ GD&ĐT alphabet order)
        assertThat(names)
                .containsExactly(
                        "Dương", "Đăk Ang", "Ea Súp", "Thọ Xương", "Thuận Minh", "Xuân Hòa", "Xuân Hồng", "Xuân Hưng");
    }
}
