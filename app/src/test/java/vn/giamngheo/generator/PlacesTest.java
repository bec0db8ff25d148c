package vn.giamngheo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giamngheo.generator.Places.Allocation;
import vn.giamngheo.generator.Places.Commune;

/** The demo hierarchy of the seed plans, scaled up with synthetic communes when asked for more. */
class PlacesTest {
    @Test
    void thoXuanHasTheThirtyUnitsOfSeed004AppendixOne() {
        List<String> names = Places.demo().stream()
                .filter(c -> c.district().name().equals("Thọ Xuân"))
                .map(c -> (c.town() ? "TT " : "") + c.name())
                .toList();
        assertThat(names)
                .containsExactly(
                        "TT Lam Sơn",
                        "TT Sao Vàng",
                        "Xuân Bái",
                        "Thọ Xương",
                        "Xuân Phú",
                        "Thọ Lâm",
                        "Thọ Diên",
                        "Xuân Hưng",
                        "Xuân Sinh",
                        "Xuân Thiên",
                        "Thuận Minh",
                        "Thọ Lập",
                        "Xuân Tín",
                        "Quảng Phú",
                        "Phú Xuân",
                        "Xuân Lai",
                        "Xuân Lập",
                        "Xuân Minh",
                        "Trường Xuân",
                        "Thọ Hải",
                        "Xuân Hòa",
                        "Xuân Trường",
                        "TT Thọ Xuân",
                        "Tây Hồ",
                        "Xuân Giang",
                        "Bắc Lương",
                        "Nam Giang",
                        "Thọ Lộc",
                        "Xuân Phong",
                        "Xuân Hồng");
    }

    @Test
    void ngocHoiHasTheEightUnitsAndHouseholdsOfSeed003() {
        List<String> rows = Places.demo().stream()
                .filter(c -> c.district().name().equals("Ngọc Hồi"))
                .map(c -> c.kind() + " " + c.name() + " " + c.capacity())
                .toList();
        assertThat(rows)
                .containsExactly(
                        "Thị trấn Plei Kần 4807",
                        "Xã Đăk Kan 1491",
                        "Xã Đăk Ang 1094",
                        "Xã Đăk Dục 1488",
                        "Xã Đăk Nông 1146",
                        "Xã Đăk Xú 1832",
                        "Xã Bờ Y 2668",
                        "Xã Sa Loong 1428");
    }

    @Test
    void communeCodesAreUniqueSlugsOfTheirNames() {
        Set<String> codes = new HashSet<>();
        for (Commune c : Places.demo()) {
            assertThat(codes.add(c.code())).as(c.code()).isTrue();
            assertThat(c.code()).matches("[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+");
            assertThat(c.villages()).isBetween(5, 15);
        }
        assertThat(Places.demo().get(0).code()).isEqualTo("thanh-hoa/tho-xuan/tt-lam-son");
        assertThat(Places.demo().get(0).villageCode(3)).isEqualTo("thanh-hoa/tho-xuan/tt-lam-son/03");
    }

    static LongStream sizes() {
        long demo = Places.demoCapacity();
        long thanhHoa = Places.thanhHoaFullAt();
        return LongStream.of(
                0, 1, 7, 1_000, demo - 1, demo, demo + 1, 250_000, thanhHoa - 1, thanhHoa, thanhHoa + 1, 2_600_000);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void theAllocationHoldsExactlyTheHouseholdsAskedFor(long n) {
        long total = 0;
        for (Iterator<Allocation> it = Places.allocate(n); it.hasNext(); ) {
            Allocation a = it.next();
            assertThat(a.households()).isPositive();
            total += a.households();
        }
        assertThat(total).isEqualTo(n);
    }

    @Test
    void smallRunsSpreadOverEveryDemoCommune() {
        List<Allocation> all = list(10_000);
        assertThat(all).hasSize(Places.demo().size());
        assertThat(all.stream()
                        .filter(a -> a.commune().name().equals("Đăk Ang"))
                        .findFirst()
                        .orElseThrow()
                        .households())
                .isBetween(100L, 110L);
    }

    @Test
    void beyondTheDemoSyntheticCommunesOfThreeHundredToFifteenHundredHouseholdsAreAdded() {
        List<Allocation> all = list(Places.demoCapacity() + 100_000);
        List<Allocation> synthetic = all.subList(Places.demo().size(), all.size());
        assertThat(synthetic).isNotEmpty();
        for (Allocation a : synthetic.subList(0, synthetic.size() - 1)) {
            assertThat(a.households()).isBetween(300L, 1500L);
            assertThat(a.commune().villages()).isBetween(5, 15);
            assertThat(a.commune().name()).startsWith("Tổng hợp ");
            assertThat(a.commune().district().name()).startsWith("Tổng hợp ");
            assertThat(a.commune().district().province().name()).isEqualTo("Thanh Hóa");
        }
        assertThat(synthetic.get(0).commune().code()).isEqualTo("thanh-hoa/tong-hop-01/tt-tong-hop-001");
        assertThat(synthetic.get(1).commune().code()).isEqualTo("thanh-hoa/tong-hop-01/tong-hop-002");
        assertThat(synthetic.get(25).commune().district().name()).isEqualTo("Tổng hợp 02");
    }

    @Test
    void aProvinceOfAMillionHouseholdsIsPossible() {
        long thanhHoa = 0;
        for (Iterator<Allocation> it = Places.allocate(1_100_000); it.hasNext(); ) {
            Allocation a = it.next();
            if (a.commune().district().province().name().equals("Thanh Hóa")) {
                thanhHoa += a.households();
            }
        }
        assertThat(thanhHoa).isGreaterThan(1_000_000);
    }

    @Test
    void syntheticCommunesTogetherAimAtAboutFourPercentPoor() {
        double poor = 0;
        double near = 0;
        long households = 0;
        for (int no = 1; no <= 1_000; no++) {
            Commune c = Places.synthetic(no);
            poor += c.poorRate() * c.capacity();
            near += c.nearRate() * c.capacity();
            households += c.capacity();
        }
        assertThat(poor / households).isBetween(0.03, 0.06);
        assertThat(near / households).isBetween(0.03, 0.05);
    }

    private static List<Allocation> list(long n) {
        List<Allocation> out = new ArrayList<>();
        Places.allocate(n).forEachRemaining(out::add);
        return out;
    }
}
