package vn.giamngheo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;

/**
 * The demo module's own test: the dataset it loads (the README's promise) is there. This is the one
 * integration test that names the demo's places and accounts; the others build their own.
 */
class DemoDatasetIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    Agencies agencies;

    private AdminUnit named(String level, String name) {
        return units.search(name, level, 20).stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + level + " " + name));
    }

    @Test
    void theSeedPlacesAreLoadedWithThreeNumberedVillagesPerCommune() {
        AdminUnit thoXuan = named("DISTRICT", "Thọ Xuân");
        AdminUnit ngocHoi = named("DISTRICT", "Ngọc Hồi");

        assertThat(units.children(thoXuan.id())).hasSize(30);
        assertThat(units.children(ngocHoi.id())).hasSize(8);
        AdminUnit xuanBai = named("COMMUNE", "Xuân Bái");
        // other ITs still add villages to the demo's communes (decision 1120), so "contains"
        assertThat(units.children(xuanBai.id())).extracting(AdminUnit::name).contains("1", "2", "3");
    }

    @Test
    void theDemoAccountsSignInAndTheCommuneOfficialSeesOnlyTheirCommune() {
        Http http = new Http(port);
        AdminUnit xuanBai = named("COMMUNE", "Xuân Bái");
        AdminUnit thoLam = named("COMMUNE", "Thọ Lâm");

        assertThat(http.get("/api/v1/admin-units/" + xuanBai.id(), "admin").status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/reviews?unitId=" + xuanBai.id(), "xuanbai").status())
                .isEqualTo(200);
        assertThat(http.postJson(
                                "/api/v1/reviews",
                                "xuanbai",
                                "{\"unitId\":" + thoLam.id() + ",\"year\":2040,\"kind\":\"REGULAR\",\"month\":1}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theThoXuanHelpersOfSeed004AreRegistered() {
        AdminUnit thoXuan = named("DISTRICT", "Thọ Xuân");
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
