package vn.giamngheo.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyNamesTest {
    @Test
    void theWaysSeedsWriteTheLabourOfficeShareOneKey() {
        String key = AgencyNames.key("Phòng LĐ-TB&XH");
        assertThat(AgencyNames.key("Phòng LĐ - TB & XH")).isEqualTo(key);
        assertThat(AgencyNames.key("phong ld-tb&xh")).isEqualTo(key);
        assertThat(AgencyNames.key("Phòng Lao động – Thương binh và Xã hội"))
                .isEqualTo(AgencyNames.key("Phòng Lao động - Thương binh và Xã hội"));
    }
}
