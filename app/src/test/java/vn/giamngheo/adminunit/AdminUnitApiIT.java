package vn.giamngheo.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/** The unit API on units and accounts of the tests' own (never the demo's). */
class AdminUnitApiIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts accounts;

    Http http;
    String admin;

    @BeforeEach
    void client() {
        http = new Http(port);
        admin = new TestUsers(accounts).anAdministrator();
    }

    @Test
    void searchIgnoresAccentsAndADistrictListsItsThirtyCommunesInVietnameseOrder() {
        String tag = TestUnits.tag();
        long province = http.postJson(
                        "/api/v1/admin-units",
                        admin,
                        "{\"name\":\"Thanh Thử " + tag + "\",\"kind\":\"Tỉnh\",\"level\":\"PROVINCE\"}")
                .json()
                .get("id")
                .asLong();
        long district = http.postJson(
                        "/api/v1/admin-units",
                        admin,
                        "{\"parentId\":" + province + ",\"name\":\"Thọ Xuân " + tag
                                + "\",\"kind\":\"Huyện\",\"level\":\"DISTRICT\"}")
                .json()
                .get("id")
                .asLong();
        // the seed's 30 communes, created in the seed's order
        SEED_004_COMMUNES.forEach(name -> create(district, name, "COMMUNE"));
        Http.Response found = http.get("/api/v1/admin-units?q=" + Http.q("tho xuan " + tag), admin);
        assertThat(found.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        found.json().forEach(u -> names.add(u.get("fullName").asString()));
        assertThat(names).contains("Huyện Thọ Xuân " + tag);

        JsonNode children =
                http.get("/api/v1/admin-units/" + district + "/children", admin).json();
        List<String> seed004 = new ArrayList<>();
        children.forEach(c -> {
            assertThat(c.get("parentId").asLong()).isEqualTo(district);
            if (SEED_004_COMMUNES.contains(c.get("name").asString())) {
                seed004.add(c.get("name").asString());
                assertThat(c.get("level").asString()).isEqualTo("COMMUNE");
            }
        });
        // listed in Vietnamese order, not in the order created
        assertThat(seed004)
                .hasSize(30)
                .containsExactlyElementsOf(SEED_004_COMMUNES.stream()
                        .sorted(vn.giamngheo.shared.VietnameseOrder.names())
                        .toList());
        assertThat(seed004.get(0)).isEqualTo("Bắc Lương");
        assertThat(seed004.get(29)).isEqualTo("Xuân Trường");
    }

    static final List<String> SEED_004_COMMUNES = List.of(
            "Lam Sơn",
            "Sao Vàng",
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
            "Thọ Xuân",
            "Tây Hồ",
            "Xuân Giang",
            "Bắc Lương",
            "Nam Giang",
            "Thọ Lộc",
            "Xuân Phong",
            "Xuân Hồng");

    @Test
    void aCommuneOfficialCreatesVillagesOnlyInsideTheCommuneAndTheRefusalIsAudited() {
        TestUnits.Commune theirs = new TestUnits(units).aCommune();
        long thoLam = new TestUnits(units).aCommuneIn(theirs.province()).id();
        long xuanBai = theirs.id();
        String official = new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, theirs.unit());
        long deniedBefore =
                count("SELECT count(*) FROM audit_entry WHERE action = 'DENIED' AND username = '" + official + "'");

        Http.Response refused = http.postJson(
                "/api/v1/admin-units",
                official,
                "{\"parentId\":" + thoLam + ",\"name\":\"Thôn Thử\",\"level\":\"VILLAGE\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'DENIED' AND username = '" + official + "'"))
                .isEqualTo(deniedBefore + 1);
        assertThat(count("SELECT count(*) FROM admin_unit WHERE parent_id = " + thoLam + " AND name = 'Thôn Thử'"))
                .isZero();

        Http.Response created = http.postJson(
                "/api/v1/admin-units",
                official,
                "{\"parentId\":" + xuanBai + ",\"name\":\"Thôn Thử\",\"level\":\"VILLAGE\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode unit = created.json();
        assertThat(unit.get("parentId").asLong()).isEqualTo(xuanBai);
        assertThat(unit.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(created.headers().firstValue("Location"))
                .hasValue("/api/v1/admin-units/" + unit.get("id").asLong());
        assertThat(count(
                        "SELECT count(*) FROM audit_entry WHERE action = 'CREATE' AND entity_type = 'AdminUnit' AND entity_id = '"
                                + unit.get("id").asLong() + "'"))
                .isEqualTo(1);
    }

    @Test
    void aRequestWithoutCredentialsGets401AndAnUnknownLevelGets400NamingTheField() {
        assertThat(http.get("/api/v1/admin-units?q=x", null).status()).isEqualTo(401);
        long xuanBai = new TestUnits(units).aCommune().id();
        Http.Response bad = http.postJson(
                "/api/v1/admin-units", admin, "{\"parentId\":" + xuanBai + ",\"name\":\"X\",\"level\":\"HAMLETX\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
    }

    @Test
    void renamingKeepsTheOldNameForOlderDatesAndAStaleVersionIsRefused() {
        JsonNode province = http.postJson(
                        "/api/v1/admin-units", admin, "{\"name\":\"Tỉnh Thử Đổi Tên\",\"level\":\"PROVINCE\"}")
                .json();
        long id = province.get("id").asLong();
        Http.Response renamed = http.postJson(
                "/api/v1/admin-units/" + id + "/rename",
                admin,
                "{\"name\":\"Tên Mới\",\"kind\":\"Tỉnh\",\"effective\":\"2025-07-01\",\"version\":0}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("fullName").asString()).isEqualTo("Tỉnh Tên Mới");
        Http.Response stale =
                http.postJson("/api/v1/admin-units/" + id + "/rename", admin, "{\"name\":\"Tên Khác\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        List<String> history = jdbc.sql(
                        "SELECT name || ':' || coalesce(valid_to::text, '') FROM admin_unit_name WHERE unit_id = :id ORDER BY id")
                .param("id", id)
                .query(String.class)
                .list();
        assertThat(history).containsExactly("Tỉnh Thử Đổi Tên:2025-06-30", "Tên Mới:");
    }

    @Test
    void theReformMovesCommunesUnderTheProvinceRetiresTheDistrictAndKeepsItsHistory() {
        long province = http.postJson(
                        "/api/v1/admin-units",
                        admin,
                        "{\"name\":\"Cải Cách\",\"kind\":\"Tỉnh\",\"level\":\"PROVINCE\"}")
                .json()
                .get("id")
                .asLong();
        long district = create(province, "Huyện Cũ", "DISTRICT");
        long communeA = create(district, "Xã A", "COMMUNE");
        long communeB = create(district, "Xã B", "COMMUNE");
        long village = create(communeB, "Thôn B1", "VILLAGE");

        Http.Response reform = http.postJson(
                "/api/v1/admin-units/" + province + "/abolish-districts",
                admin,
                "{\"lastDay\":\"2025-06-30\",\"legalBasis\":\"Nghị quyết 202/2025/QH15\"}");
        assertThat(reform.status()).isEqualTo(200);
        JsonNode oldDistrict =
                http.get("/api/v1/admin-units/" + district, admin).json();
        assertThat(oldDistrict.get("retired").asBoolean()).isTrue();
        assertThat(oldDistrict.get("validTo").asString()).isEqualTo("2025-06-30");
        assertThat(http.get("/api/v1/admin-units/" + communeA, admin)
                        .json()
                        .get("parentId")
                        .asLong())
                .isEqualTo(province);
        assertThat(http.get("/api/v1/admin-units/" + village, admin)
                        .json()
                        .get("path")
                        .asString())
                .isEqualTo("/" + province + "/" + communeB + "/" + village + "/");

        Http.Response merged = http.postJson(
                "/api/v1/admin-units/" + communeA + "/merge",
                admin,
                "{\"predecessorIds\":[" + communeB
                        + "],\"effective\":\"2025-07-01\",\"legalBasis\":\"NQ 1686/NQ-UBTVQH15\"}");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/admin-units/" + village, admin)
                        .json()
                        .get("parentId")
                        .asLong())
                .isEqualTo(communeA);
        assertThat(http.get("/api/v1/admin-units/" + communeB, admin)
                        .json()
                        .get("retired")
                        .asBoolean())
                .isTrue();
        JsonNode links = http.get("/api/v1/admin-units/" + communeB + "/successions", admin)
                .json();
        assertThat(links.get(0).get("successorId").asLong()).isEqualTo(communeA);
        assertThat(links.get(0).get("kind").asString()).isEqualTo("MERGE");
        Http.Response underRetired = http.postJson(
                "/api/v1/admin-units",
                admin,
                "{\"parentId\":" + communeB + ",\"name\":\"Thôn Muộn\",\"level\":\"VILLAGE\"}");
        assertThat(underRetired.status()).isEqualTo(400);
    }

    @Test
    void aCsvWithAnUnknownParentADuplicateCodeAndACycleIsReportedLineByLineAndNothingIsStored() {
        String csv = """
                code,name,kind,level,parent_code,valid_from
                T99,Tỉnh Nhập,Tỉnh,PROVINCE,,
                T99-01,Xã Một,Xã,COMMUNE,T99,
                T99-02,Xã Hai,Xã,COMMUNE,KHONGCO,
                T99-01,Xã Trùng,Xã,COMMUNE,T99,
                C1,Thôn Vòng 1,Thôn,VILLAGE,C2,
                C2,Thôn Vòng 2,Thôn,VILLAGE,C1,
                T99-03,Xã Ba,Xã,COMMUNE,T99,2025-13-01
                """;
        Http.Response r = http.post("/api/v1/admin-units/import", admin, "text/csv", csv);
        assertThat(r.status()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        r.json()
                .get("errors")
                .forEach(e ->
                        errors.add(e.get("line").asInt() + ":" + e.get("field").asString()));
        assertThat(errors).contains("4:parent_code", "5:code", "6:parent_code", "8:valid_from");
        assertThat(r.body()).contains("KHONGCO").contains("cycle");
        assertThat(
                        count(
                                "SELECT count(*) FROM admin_unit WHERE code IN ('T99', 'T99-01', 'T99-02', 'T99-03', 'C1', 'C2')"))
                .as("nothing of the file is stored")
                .isZero();
    }

    @Test
    void aValidCsvIsImportedWholeWithChildrenBeforeParentsAllowed() {
        String csv = """
                code,name,kind,level,parent_code
                V88-01-1,1,Thôn,VILLAGE,V88-01
                V88,Thử Nhập,Tỉnh,PROVINCE,
                V88-01,Thử,Xã,COMMUNE,V88
                """;
        Http.Response dry = http.post("/api/v1/admin-units/import?dryRun=true", admin, "text/csv", csv);
        assertThat(dry.json().get("created").asInt()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM admin_unit WHERE code LIKE 'V88%'"))
                .isZero();
        Http.Response r = http.post("/api/v1/admin-units/import", admin, "text/csv", csv);
        assertThat(r.status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM admin_unit WHERE code LIKE 'V88%'"))
                .isEqualTo(3);
        String village = jdbc.sql("SELECT path FROM admin_unit WHERE code = 'V88-01-1'")
                .query(String.class)
                .single();
        assertThat(village.split("/")).hasSize(4);
    }

    private long create(long parent, String name, String level) {
        Http.Response r = http.postJson(
                "/api/v1/admin-units",
                admin,
                "{\"parentId\":" + parent + ",\"name\":\"" + name + "\",\"level\":\"" + level + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
