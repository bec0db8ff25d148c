package vn.giamngheo.adminunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.giamngheo.identity.NewUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.UserAccount;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;

/**
 * The demo with its households and the 1 July 2025 reform applied (its own database: the shared
 * test base keeps the old structure), then the split of a commune and the whole country imported.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReformIT {
    private static final Actor ADMIN = Actor.system("reform-it");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("giamngheo-reform-it-");
        registry.add("giamngheo.data-dir", dir::toString);
        registry.add("giamngheo.demo", () -> "true");
        registry.add("giamngheo.demo-households", () -> "true");
        registry.add("giamngheo.demo-reform", () -> "true");
        // the demo's households follow the reform by rebuilt partitions (decision 1920), as a real
        // province would; the shared test base keeps the row-by-row path of smaller moves
        registry.add("giamngheo.refile.rebuild-from", () -> "1");
    }

    @Autowired
    AdminUnits units;

    @Autowired
    ReformImport reform;

    @Autowired
    SplitCommunes splits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReformUsers reformUsers;

    @Autowired
    UserAccounts users;

    private long listed(String list, String code) {
        return jdbc.sql("SELECT unit_id FROM admin_unit_listing WHERE list = :l AND code = :c")
                .param("l", list)
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private long households(String pathPrefix) {
        return jdbc.sql("SELECT count(*) FROM household h JOIN admin_unit u ON u.id = h.unit_id"
                        + " WHERE u.path LIKE :p AND h.voided_at IS NULL")
                .param("p", pathPrefix + "%")
                .query(Long.class)
                .single();
    }

    @Test
    @Order(1)
    void theDemoReviewsXuanBaisHouseholdsInLamSonAfterTheReform() {
        AdminUnit xuanBai = units.get(listed("2024", "15547"));
        AdminUnit lamSon = units.get(listed("2025", "15544"));
        assertThat(xuanBai.name()).isEqualTo("Xuân Bái");
        assertThat(xuanBai.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(lamSon.fullName()).isEqualTo("Xã Lam Sơn");
        assertThat(lamSon.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(units.successions(xuanBai.id()))
                .extracting(Succession::successorId)
                .containsExactly(lamSon.id());
        // the old and the new 15544 are different units: the code is reused, the unit is not
        assertThat(listed("2024", "15544")).isNotEqualTo(lamSon.id());
        // Thanh Hóa continues as the same unit; the district ended
        assertThat(listed("2025", "38")).isEqualTo(listed("2024", "38"));
        assertThat(lamSon.parentId()).isEqualTo(listed("2025", "38"));
        assertThat(units.get(listed("2024", "395")).retired()).isTrue();
        // the households followed their villages: none left under Xuân Bái, all in Lam Sơn
        assertThat(households(xuanBai.path())).isZero();
        assertThat(households(lamSon.path())).isGreaterThan(100);
        assertThat(units.children(lamSon.id()).stream().filter(v -> !v.retired()))
                .hasSizeGreaterThanOrEqualTo(9);
        // the current year's review runs in Lam Sơn, opened with Xuân Bái's recognised lists and past
        // its first step
        assertThat(jdbc.sql("SELECT step FROM review_campaign WHERE unit_id = :u AND year > 2024")
                        .param("u", lamSon.id())
                        .query(String.class)
                        .list())
                .containsExactly("SURVEY");
        long xuanBaiListed = jdbc.sql("SELECT count(*) FROM admin_unit_succession s"
                        + " JOIN review_lists_in_force f ON f.unit_id = s.predecessor_id AND f.until_year IS NULL"
                        + " JOIN review_outcome o ON o.campaign_id = f.campaign_id AND o.household_class IS NOT NULL"
                        + " JOIN household h ON h.id = o.household_id AND h.voided_at IS NULL"
                        + " WHERE s.successor_id = :u")
                .param("u", lamSon.id())
                .query(Long.class)
                .single();
        assertThat(xuanBaiListed).isGreaterThan(0);
        assertThat(jdbc.sql("SELECT count(*) FROM review_household rh JOIN review_campaign c ON c.id = rh.campaign_id"
                                + " WHERE c.unit_id = :u AND c.year > 2024 AND rh.source = 'LIST'")
                        .param("u", lamSon.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(xuanBaiListed);
    }

    @Test
    @Order(2)
    void ngocHoisHouseholdsMovedToQuangNgaiWithTheirHistory() {
        AdminUnit quangNgai = units.get(listed("2025", "51"));
        AdminUnit boY = units.get(listed("2025", "23377"));
        AdminUnit pleiKan = units.get(listed("2024", "23377"));
        assertThat(quangNgai.fullName()).isEqualTo("Tỉnh Quảng Ngãi");
        assertThat(boY.fullName()).isEqualTo("Xã Bờ Y");
        assertThat(boY.parentId()).isEqualTo(quangNgai.id());
        assertThat(units.get(listed("2024", "62")).retired()).isTrue();
        assertThat(pleiKan.retired()).isTrue();
        // every household is filed in its unit's province partition, with its members and review rows
        assertThat(jdbc.sql("SELECT count(*) FROM household h JOIN admin_unit u ON u.id = h.unit_id"
                                + " WHERE h.province_id <> split_part(u.path, '/', 2)::bigint")
                        .query(Long.class)
                        .single())
                .isZero();
        long inQuangNgai = jdbc.sql("SELECT count(*) FROM household WHERE province_id = :p AND voided_at IS NULL")
                .param("p", quangNgai.id())
                .query(Long.class)
                .single();
        assertThat(inQuangNgai).isEqualTo(households(quangNgai.path()));
        assertThat(inQuangNgai).isGreaterThan(500);
        assertThat(jdbc.sql("SELECT count(*) FROM review_household WHERE province_id = :p")
                        .param("p", quangNgai.id())
                        .query(Long.class)
                        .single())
                .isGreaterThan(inQuangNgai);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM household_member m JOIN household h"
                                        + " ON h.province_id = m.province_id AND h.id = m.household_id WHERE h.province_id = :p")
                        .param("p", quangNgai.id())
                        .query(Long.class)
                        .single())
                .isGreaterThan(inQuangNgai);
    }

    @Test
    @Order(2)
    void eachSuccessionCarriesItsProvincesResolutionWhereTheOfficialFilesNameIt() {
        assertThat(units.successions(listed("2024", "15547")))
                .extracting(Succession::legalBasis)
                .allMatch(b -> b.startsWith("Nghị quyết 1686/NQ-UBTVQH15"));
        assertThat(units.successions(listed("2024", "23377")))
                .extracting(Succession::legalBasis)
                .allMatch(b -> b.startsWith("Nghị quyết 1677/NQ-UBTVQH15"));
        assertThat(units.successions(listed("2024", "62")))
                .extracting(Succession::legalBasis)
                .containsExactly(ReformImport.PROVINCE_BASIS);
    }

    @Test
    @Order(3)
    void importingAgainChangesNothing() {
        assertThat(reform.run(ADMIN, ReformImport.Scope.PRESENT, false).changesNothing())
                .isTrue();
    }

    @Test
    @Order(4)
    void aSplitCommunesVillagesWaitUntilAnOfficialAssignsThem() {
        AdminUnit hanoi = units.create(ADMIN, new NewAdminUnit(null, "01", "Hà Nội", "Thành phố", "PROVINCE", null));
        AdminUnit baDinh =
                units.create(ADMIN, new NewAdminUnit(hanoi.id(), "001", "Ba Đình", "Quận", "DISTRICT", null));
        AdminUnit congVi =
                units.create(ADMIN, new NewAdminUnit(baDinh.id(), "00007", "Cống Vị", "Phường", "COMMUNE", null));
        AdminUnit one = units.create(ADMIN, new NewAdminUnit(congVi.id(), null, "1", "Tổ dân phố", "VILLAGE", null));
        AdminUnit two = units.create(ADMIN, new NewAdminUnit(congVi.id(), null, "2", "Tổ dân phố", "VILLAGE", null));

        ReformImport.Report dry = reform.run(ADMIN, ReformImport.Scope.PRESENT, true);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.retired()).isEqualTo(2); // Ba Đình district and Cống Vị; Hà Nội continues
        assertThat(units.get(congVi.id()).retired())
                .as("a dry run stores nothing")
                .isFalse();

        ReformImport.Report done = reform.run(ADMIN, ReformImport.Scope.PRESENT, false);
        assertThat(done.retired()).isEqualTo(2);
        assertThat(done.splitCommunesWaiting()).isEqualTo(1);
        SplitCommunes.Waiting waiting = splits.waiting(ADMIN).stream()
                .filter(w -> w.commune().id() == congVi.id())
                .findFirst()
                .orElseThrow();
        assertThat(waiting.villages()).extracting(AdminUnit::id).containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(waiting.successors())
                .extracting(SplitCommunes.Part::name)
                .containsExactly("Phường Ngọc Hà", "Phường Giảng Võ");

        long ngocHa = listed("2025", "00008");
        assertThatThrownBy(() -> splits.assign(ADMIN, one.id(), listed("2025", "15544")))
                .isInstanceOf(InvalidInput.class);
        assertThat(splits.assign(ADMIN, one.id(), ngocHa).parentId()).isEqualTo(ngocHa);
        assertThat(splits.waiting(ADMIN).stream()
                        .filter(w -> w.commune().id() == congVi.id())
                        .flatMap(w -> w.villages().stream())
                        .map(AdminUnit::id)
                        .toList())
                .isEqualTo(List.of(two.id()));
    }

    @Test
    @Order(5)
    void theWholeCountryOnceAndOnlyOnce() {
        ReformImport.Report country = reform.run(ADMIN, ReformImport.Scope.COUNTRY, false);
        // the demo's units and Hà Nội's three are matched or known, the rest created
        assertThat(country.oldCreated() + country.oldKnown() + country.oldMatched())
                .isEqualTo(10_794);
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit_listing WHERE list = '2025'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3_355);
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit_listing l JOIN admin_unit u ON u.id = l.unit_id"
                                + " WHERE l.list = '2025' AND u.level = 'PROVINCE' AND u.valid_to IS NULL")
                        .query(Long.class)
                        .single())
                .isEqualTo(34);
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit_listing l JOIN admin_unit u ON u.id = l.unit_id"
                                + " WHERE l.list = '2024' AND u.valid_to IS NULL")
                        .query(Long.class)
                        .single())
                .as("only the provinces that continue are still in force from the old list")
                .isEqualTo(34);
        assertThat(reform.run(ADMIN, ReformImport.Scope.COUNTRY, false).changesNothing())
                .isTrue();
    }

    @Test
    @Order(6)
    void anAccountOfAnEndedDistrictMovesOnlyWhenAnAdministratorConfirms() {
        long thoXuan = listed("2024", "395");
        UserAccount user = users.create(
                ADMIN,
                new NewUser(
                        "thoxuan-reform-it",
                        "Phòng LĐTBXH Thọ Xuân",
                        "mat-khau-dai-du-12",
                        Set.of(Role.COMMUNE_OFFICIAL),
                        List.of(thoXuan)));
        ReformUsers.Stranded stranded = reformUsers.stranded(ADMIN).stream()
                .filter(s -> s.user().id() == user.id())
                .findFirst()
                .orElseThrow();
        assertThat(stranded.proposed())
                .extracting(AdminUnit::code)
                .containsExactlyInAnyOrder("15499", "15505", "15520", "15544", "15553", "15568", "15574", "15592");
        assertThat(users.get(ADMIN, user.id()).jurisdictionUnitIds())
                .as("nothing moves before the confirmation")
                .containsExactly(thoXuan);
        UserAccount moved = reformUsers.confirm(ADMIN, user.id(), user.version());
        assertThat(moved.jurisdictionUnitIds()).hasSize(8).doesNotContain(thoXuan);
        assertThat(reformUsers.stranded(ADMIN)).noneMatch(s -> s.user().id() == user.id());
    }
}
