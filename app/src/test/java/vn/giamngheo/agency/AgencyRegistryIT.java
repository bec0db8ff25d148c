package vn.giamngheo.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;

class AgencyRegistryIT extends IntegrationTestBase {
    @Autowired
    Agencies agencies;

    @Autowired
    AdminUnits units;

    AdminUnit unit(String name, String level) {
        return units.search(name, level, 10).stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void abbreviationsAsTheSeedsWriteThemFindTheDistrictsOwnOffice() {
        AdminUnit ngocHoi = unit("Ngọc Hồi", "DISTRICT");
        Agency labour = agencies.match("Phòng LĐ-TB&XH", ngocHoi.id()).orElseThrow();
        assertThat(labour.name()).isEqualTo("Phòng Lao động - Thương binh và Xã hội");
        assertThat(labour.unitId()).isEqualTo(ngocHoi.id());
        assertThat(agencies.match("Phòng Lao động – Thương binh và Xã hội", ngocHoi.id()))
                .contains(labour);
        assertThat(agencies.match("NHCSXH", ngocHoi.id()).orElseThrow().name())
                .isEqualTo("Ngân hàng Chính sách xã hội huyện");
        assertThat(agencies.match("Ngân hàng CSXH huyện", ngocHoi.id())
                        .orElseThrow()
                        .kind())
                .isEqualTo("BANK");
    }

    @Test
    void aCommunePlanFindsItsOwnOfficialsFirstAndTheDistrictsOfficesAbove() {
        AdminUnit camChau = unit("Cẩm Châu", "COMMUNE");
        Agency official =
                agencies.match("Công chức Văn hóa - Chính sách", camChau.id()).orElseThrow();
        assertThat(official.unitId()).isEqualTo(camChau.id());
        Agency office = agencies.match("Phòng Lao động - TBXH", camChau.id()).orElseThrow();
        assertThat(office.unitId()).isEqualTo(camChau.parentId());
        assertThat(agencies.match("Hội Cựu chiến binh xã", camChau.id())
                        .orElseThrow()
                        .unitId())
                .isEqualTo(camChau.id());
        assertThat(agencies.match("Cơ quan không có thật", camChau.id())).isEmpty();
    }

    @Test
    void theThoXuanHelpersOfSeed004AreRegistered() {
        AdminUnit thoXuan = unit("Thọ Xuân", "DISTRICT");
        for (String name : new String[] {
            "Ngân hàng NN&PTNT Lam Sơn",
            "Hội Phụ nữ huyện",
            "Chi cục Thi hành án huyện",
            "Trung tâm VH - TT - TT & DL",
            "Viện Kiểm sát nhân dân",
            "Ban chỉ huy Quân sự huyện",
            "Ủy ban MTTQ huyện",
            "Phòng Lao động - TBXH"
        }) {
            assertThat(agencies.match(name, thoXuan.id())).as(name).isPresent();
        }
    }
}
