package vn.giamngheo.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;

class AgencyRegistryIT extends IntegrationTestBase {
    @Autowired
    Agencies agencies;

    @Autowired
    AdminUnits units;

    /** A district of the test's own with a commune, each with the agencies of its level. */
    private AdminUnit district;

    private AdminUnit commune;

    @org.junit.jupiter.api.BeforeEach
    void unitsWithTheirAgencies() {
        TestUnits places = new TestUnits(units);
        district = places.aDistrictIn(places.aProvince());
        commune = places.aCommuneIn(district);
        new TestAgencies(agencies).standardForEach(district, commune);
    }

    @Test
    void abbreviationsAsTheSeedsWriteThemFindTheDistrictsOwnOffice() {
        Agency labour = agencies.match("Phòng LĐ-TB&XH", district.id()).orElseThrow();
        assertThat(labour.name()).isEqualTo("Phòng Lao động - Thương binh và Xã hội");
        assertThat(labour.unitId()).isEqualTo(district.id());
        assertThat(agencies.match("Phòng Lao động – Thương binh và Xã hội", district.id()))
                .contains(labour);
        assertThat(agencies.match("NHCSXH", district.id()).orElseThrow().name())
                .isEqualTo("Ngân hàng Chính sách xã hội huyện");
        assertThat(agencies.match("Ngân hàng CSXH huyện", district.id())
                        .orElseThrow()
                        .kind())
                .isEqualTo("BANK");
    }

    @Test
    void aCommunePlanFindsItsOwnOfficialsFirstAndTheDistrictsOfficesAbove() {
        Agency official =
                agencies.match("Công chức Văn hóa - Chính sách", commune.id()).orElseThrow();
        assertThat(official.unitId()).isEqualTo(commune.id());
        Agency office = agencies.match("Phòng Lao động - TBXH", commune.id()).orElseThrow();
        assertThat(office.unitId()).isEqualTo(commune.parentId());
        assertThat(agencies.match("Hội Cựu chiến binh xã", commune.id())
                        .orElseThrow()
                        .unitId())
                .isEqualTo(commune.id());
        assertThat(agencies.match("Cơ quan không có thật", commune.id())).isEmpty();
    }
}
