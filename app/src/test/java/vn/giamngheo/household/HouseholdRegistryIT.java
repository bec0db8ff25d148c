package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.OutsideJurisdiction;

class HouseholdRegistryIT extends IntegrationTestBase {
    @Autowired
    HouseholdRegistry registry;

    @Autowired
    AdminUnits units;

    @Autowired
    CurrentUser users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Autowired
    java.time.Clock clock;

    @Autowired
    UserAccounts accounts;

    /** The official's commune and a neighbour in the same province, with their villages 1–3 (the tests' own). */
    TestUnits.Commune ours;

    TestUnits.Commune neighbour;
    String officialLogin;
    String adminLogin;

    @BeforeEach
    void ownUnitsAndAccounts() {
        TestUnits t = new TestUnits(units);
        ours = t.aCommune();
        AdminUnit other = t.aCommuneIn(ours.province());
        neighbour = new TestUnits.Commune(ours.province(), other, t.villagesIn(other, 3));
        officialLogin = new TestUsers(accounts).a(Role.COMMUNE_OFFICIAL, ours.unit());
        adminLogin = new TestUsers(accounts).anAdministrator();
    }

    static Member member(String name, String relation, int birthYear, String sex, String ethnicity, String citizenId) {
        return new Member(
                name,
                citizenId,
                birthYear,
                sex,
                relation,
                ethnicity,
                true,
                null,
                null,
                "LOWER_SECONDARY",
                false,
                "SELF_EMPLOYED",
                false,
                false,
                false);
    }

    static HouseholdData household(String code, long unitId, Member... members) {
        return new HouseholdData(
                code,
                unitId,
                members[0].name(),
                "xóm Đông",
                "0912 345 678",
                "RURAL",
                true,
                null,
                null,
                null,
                null,
                vn.giamngheo.standard.TestFacts.aModestDwelling(),
                List.of(members));
    }

    @Test
    void theCommuneOfficialKeepsHouseholdsOfTheCommuneAndCannotSeeOthers() {
        Actor official = users.actorFor(officialLogin);
        Actor admin = users.actorFor(adminLogin);
        Household mine = registry.create(
                official,
                household(
                        "XB-T01-001",
                        ours.village(1).id(),
                        member("Lê Thị Hoa", "HEAD", 1980, "F", "Mường", "038180000101"),
                        member("Phạm Văn Nam", "SPOUSE", 1978, "M", "Kinh", null)));
        assertThat(mine.data().femaleHead()).isTrue();
        assertThat(mine.data().ethnicMinority())
                .as("a Mường member makes it an ethnic-minority household")
                .isTrue();

        Household theirs = registry.create(
                admin,
                household(
                        "TL-T01-001",
                        neighbour.village(1).id(),
                        member("Trần Văn Bình", "HEAD", 1970, "M", "Kinh", null)));
        assertThatThrownBy(() -> registry.get(official, theirs.id())).isInstanceOf(OutsideJurisdiction.class);
        assertThatThrownBy(() -> registry.create(
                        official,
                        household(
                                "XB-NGOAI",
                                neighbour.village(2).id(),
                                member("Ai Đó", "HEAD", 1990, "M", "Kinh", null))))
                .isInstanceOf(OutsideJurisdiction.class);
        HouseholdPage page = registry.list(official, new HouseholdQuery(null, null, null, "T01-001", false, 0, 100));
        HouseholdPage national = registry.list(admin, new HouseholdQuery(null, null, null, "T01-001", false, 0, 100));
        assertThat(national.items()).extracting(HouseholdSummary::code).contains("XB-T01-001", "TL-T01-001");
        assertThat(registry.duplicates(admin, ours.province().id())).isNotNull();
        assertThat(page.items())
                .extracting(HouseholdSummary::code)
                .contains("XB-T01-001")
                .doesNotContain("TL-T01-001");

        Http http = new Http(port);
        assertThat(http.get("/api/v1/households/" + theirs.id(), officialLogin).status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/households/" + mine.id(), officialLogin)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("XB-T01-001");
    }

    @Test
    void searchIgnoresAccentsAndFiltersByGroupAndClass() {
        Actor official = users.actorFor(officialLogin);
        Household h = registry.create(
                official,
                household(
                        "XB-T02-007", ours.village(2).id(), member("Nguyễn Thị Đào", "HEAD", 1960, "F", "Kinh", null)));
        registry.recordRecognisedClass(official, h.id(), "POOR", "ND07_2021", 2025);
        assertThat(registry.list(official, new HouseholdQuery(null, null, null, "nguyen thi dao", false, 0, 10))
                        .items())
                .extracting(HouseholdSummary::code)
                .contains("XB-T02-007");
        assertThat(registry.list(official, new HouseholdQuery(null, "POOR", "FEMALE_HEAD", null, false, 0, 10))
                        .items())
                .extracting(HouseholdSummary::code)
                .contains("XB-T02-007");
        assertThat(registry.list(official, new HouseholdQuery(null, "NEAR_POOR", null, null, false, 0, 10))
                        .items())
                .extracting(HouseholdSummary::code)
                .doesNotContain("XB-T02-007");
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndNothingIsOverwritten() {
        Actor official = users.actorFor(officialLogin);
        Household h = registry.create(
                official,
                household(
                        "XB-T03-001", ours.village(3).id(), member("Hoàng Văn Sơn", "HEAD", 1975, "M", "Kinh", null)));
        HouseholdData first = household(
                "XB-T03-001",
                h.data().unitId(),
                member("Hoàng Văn Sơn", "HEAD", 1975, "M", "Kinh", null),
                member("Hoàng Thị Mai", "CHILD", 2010, "F", "Kinh", null));
        HouseholdData second =
                household("XB-T03-001", h.data().unitId(), member("Hoàng Văn Sơn", "HEAD", 1975, "M", "Tày", null));
        registry.update(official, h.id(), first, h.version());
        assertThatThrownBy(() -> registry.update(official, h.id(), second, h.version()))
                .isInstanceOf(ConcurrentEdit.class);
        Household now = registry.get(official, h.id());
        assertThat(now.data().members()).hasSize(2);
        assertThat(now.data().members().get(0).ethnicity()).isEqualTo("Kinh");
        assertThat(registry.history(official, h.id()))
                .extracting(HouseholdChange::kind)
                .containsExactly("UPDATE", "CREATE");
        assertThat(registry.asOf(official, h.id(), LocalDate.now(clock)).data().members())
                .hasSize(2);
        assertThatThrownBy(() ->
                        registry.asOf(official, h.id(), LocalDate.now(clock).minusDays(1)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void householdsAreVoidedWithAReasonNeverDeletedAndCanMoveWithinTheJurisdiction() {
        Actor official = users.actorFor(officialLogin);
        Household h = registry.create(
                official,
                household("XB-T01-099", ours.village(1).id(), member("Vũ Văn Hải", "HEAD", 1950, "M", "Kinh", null)));
        Household moved = registry.move(official, h.id(), ours.village(3).id(), h.version());
        assertThat(moved.data().unitId()).isEqualTo(ours.village(3).id());
        assertThatThrownBy(() -> registry.voidHousehold(official, h.id(), " ", moved.version()))
                .isInstanceOf(InvalidInput.class);
        Household voided = registry.voidHousehold(official, h.id(), "Chuyển đi nơi khác", moved.version());
        assertThat(voided.voided()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM household WHERE id = :id")
                        .param("id", h.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(registry.list(official, new HouseholdQuery(null, null, null, "XB-T01-099", false, 0, 10))
                        .total())
                .isZero();
        assertThat(registry.list(official, new HouseholdQuery(null, null, null, "XB-T01-099", true, 0, 10))
                        .total())
                .isEqualTo(1);
        assertThat(registry.history(official, h.id()))
                .extracting(HouseholdChange::kind)
                .containsExactly("VOID", "MOVE", "CREATE");
    }

    @Test
    void aCitizenIdInTwoHouseholdsIsFlaggedAndAMalformedOneIsRefusedNamingTheField() {
        Actor official = users.actorFor(officialLogin);
        Household a = registry.create(
                official,
                household(
                        "XB-DUP-A",
                        ours.village(1).id(),
                        member("Đỗ Văn Tùng", "HEAD", 1990, "M", "Kinh", "038090001234")));
        registry.create(
                official,
                household(
                        "XB-DUP-B",
                        ours.village(2).id(),
                        member("Đỗ Thị Lan", "HEAD", 1992, "F", "Kinh", null),
                        member("Đỗ Văn Tùng", "OTHER", 1990, "M", "Kinh", "038090001234")));
        assertThat(registry.sharedCitizenIds(official, a.id())).containsKey("038090001234");
        assertThat(registry.duplicates(official, a.data().unitId()).stream()
                        .filter(d -> d.citizenId().equals("038090001234"))
                        .findFirst())
                .get()
                .extracting(DuplicateCitizenId::householdCodes)
                .isEqualTo(List.of("XB-DUP-A", "XB-DUP-B"));

        assertThatThrownBy(() -> registry.create(
                        official,
                        household(
                                "XB-BAD", ours.village(1).id(), member("Sai Số", "HEAD", 1990, "M", "Kinh", "12345"))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(InvalidInput.Problem::field)
                        .containsExactly("members[0].citizenId"));
        assertThat(jdbc.sql("SELECT count(*) FROM household WHERE code = 'XB-BAD'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theOfficialsPagesShowTheListTheHouseholdAndItsEditFormAndSaveThroughTheForm() {
        Actor official = users.actorFor(officialLogin);
        Household h = registry.create(
                official,
                household("XB-WEB-01", ours.village(1).id(), member("Bùi Thị Thu", "HEAD", 1985, "F", "Kinh", null)));
        Http session = new Http(port).login(officialLogin);
        assertThat(session.get("/households?q=bui%20thi", null).body())
                .contains("XB-WEB-01")
                .contains("Bùi Thị Thu");
        assertThat(session.get("/households/" + h.id(), null).body())
                .contains("Bùi Thị Thu")
                .contains("Chủ hộ là nữ");
        Http.Response form = session.get("/households/" + h.id() + "/edit", null);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"members[0][name]\"").contains("Thị Thu\"");
        assertThat(session.get("/households/new", null).status()).isEqualTo(200);

        String body = "_csrf=" + Http.q(Http.csrfToken(form.body())) + "&version=" + h.version()
                + "&code=XB-WEB-01&unitId=" + h.data().unitId()
                + "&headName=" + Http.q("Bùi Thị Thu") + "&area=RURAL&members[0][name]=" + Http.q("Bùi Thị Thu")
                + "&members[0][relation]=HEAD&members[0][sex]=F&members[0][birthYear]=1985&members[1][name]="
                + Http.q("Lý Văn Tư")
                + "&members[1][relation]=CHILD&members[1][birthYear]=2015&members[1][inSchool]=true&members[2][name]="
                + "&dwelling[livingAreaM2]=32.5&dwelling[cleanWater]=false";
        Http.Response saved =
                session.post("/households/" + h.id() + "/edit", null, "application/x-www-form-urlencoded", body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(registry.get(official, h.id()).data().members())
                .extracting(Member::name)
                .containsExactly("Bùi Thị Thu", "Lý Văn Tư");
        HouseholdData after = registry.get(official, h.id()).data();
        assertThat(after.members().get(1).inSchool()).isTrue();
        assertThat(after.members().get(1).healthInsured()).isNull();
        assertThat(after.dwelling().livingAreaM2()).isEqualTo(32.5);
        assertThat(after.dwelling().cleanWater()).isFalse();
        assertThat(after.dwelling().wallDurable()).isNull();
        Http.Response notANumber = session.post(
                "/households/" + h.id() + "/edit",
                null,
                "application/x-www-form-urlencoded",
                body.replace("dwelling[livingAreaM2]=32.5", "dwelling[livingAreaM2]=ba+muoi"));
        assertThat(notANumber.status()).isEqualTo(200);
        assertThat(notANumber.body()).contains("Giá trị không đúng kiểu");
        Http.Response stale =
                session.post("/households/" + h.id() + "/edit", null, "application/x-www-form-urlencoded", body);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Người khác đã lưu hộ này");
    }
}
