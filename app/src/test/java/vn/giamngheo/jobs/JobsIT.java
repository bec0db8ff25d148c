package vn.giamngheo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/**
 * Job connection through the API and the pages, on hand-built households and lists: profiles and
 * their refusals, the vacancy import that stores all lines or none, ranked candidates in the
 * jurisdiction only, a referral through every step with consent and follow-ups, the employer's
 * sheet, the needs-a-job list and the outcomes against figures worked out by hand.
 */
class JobsIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits adminUnits;

    @Autowired
    UserAccounts accounts;

    @Autowired
    HouseholdRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    Http http;
    TestUnits.Commune commune;
    AdminUnit sibling;
    String official;
    String siblingOfficial;
    Household poor;
    Household notListed;
    Household escaped;
    String tag;
    LocalDate today;

    @BeforeEach
    void world() {
        http = new Http(port);
        TestUnits units = new TestUnits(adminUnits);
        TestUsers users = new TestUsers(accounts);
        JobsFixtures fixtures = new JobsFixtures(registry, jdbc);
        today = LocalDate.now(clock);
        tag = TestUnits.tag();
        commune = units.aCommune();
        sibling = units.aCommuneIn(commune.province());
        official = users.a(Role.COMMUNE_OFFICIAL, commune.unit());
        siblingOfficial = users.a(Role.COMMUNE_OFFICIAL, sibling);
        int y = today.getYear();
        poor = fixtures.household(
                "JP" + tag,
                commune.village(1),
                JobsFixtures.member("Trần Văn Thất" + tag, "HEAD", y - 40, "M", "UNEMPLOYED"),
                JobsFixtures.member("Lê Thị Vợ" + tag, "SPOUSE", y - 38, "F", "NOT_IN_LABOUR_FORCE"),
                JobsFixtures.member("Trần Văn Nhỏ" + tag, "CHILD", y - 14, "M", null));
        notListed = fixtures.household(
                "JN" + tag,
                commune.village(2),
                JobsFixtures.member("Phạm Văn Khá" + tag, "HEAD", y - 35, "M", "SELF_EMPLOYED"));
        escaped = fixtures.household(
                "JE" + tag,
                commune.village(2),
                JobsFixtures.member("Hoàng Văn Thoát" + tag, "HEAD", y - 30, "M", "WAGE_WITH_CONTRACT"));
        // the lists of last year: both poor, the first deprived in employment; this year's review: the first still
        // poor but no longer deprived in employment, the other escaped
        fixtures.recognise(
                commune.unit(),
                "BASELINE",
                listYear() - 1,
                List.of(
                        new JobsFixtures.Listed(
                                poor, null, "POOR", "NEWLY_POOR", List.of("SKILLS"), List.of("EMPLOYMENT", "WATER")),
                        new JobsFixtures.Listed(
                                escaped, null, "POOR", "NEWLY_POOR", List.of("CAPITAL"), List.of("WATER"))));
        fixtures.recognise(
                commune.unit(),
                "PERIODIC",
                listYear(),
                List.of(
                        new JobsFixtures.Listed(poor, "POOR", "POOR", null, List.of("SKILLS"), List.of("WATER")),
                        new JobsFixtures.Listed(escaped, "POOR", null, "ESCAPED_POVERTY", List.of(), List.of())));
    }

    /** The lists the second campaign gives: the year after the hire of the referral below. */
    int listYear() {
        return hireDate().getYear() + 1;
    }

    LocalDate hireDate() {
        return today.minusDays(200);
    }

    String worker(Household h, int ord, String status, String extra) {
        return """
                {"householdId": %d, "memberOrd": %d, "fullName": "%s", "citizenId": "%s", "birthYear": %d, "sex": "M",
                 "labourStatus": "%s", "skills": ["may", "hàn"], "willingCommute": true %s}
                """.formatted(
                        h.id(),
                        ord,
                        h.data().members().get(ord).name(),
                        h.data().members().get(ord).citizenId(),
                        h.data().members().get(ord).birthYear(),
                        status,
                        extra);
    }

    long createWorker(Household h, int ord, String status, String extra) {
        Http.Response r = http.postJson("/api/v1/workers", official, worker(h, ord, status, extra));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void aProfileIsPrefilledKeptWithItsHistoryAndRefusedForTheYoungAndTheUnlisted() {
        JsonNode draft = http.get("/api/v1/workers/prefill?householdId=" + poor.id() + "&memberOrd=0", official)
                .json();
        assertThat(draft.get("fullName").asString())
                .isEqualTo(poor.data().members().get(0).name());
        assertThat(draft.get("citizenId").asString())
                .isEqualTo(poor.data().members().get(0).citizenId());
        assertThat(draft.get("labourStatus").asString()).isEqualTo("UNEMPLOYED");
        assertThat(draft.get("generalEducation").asString()).isEqualTo("LOWER_SECONDARY");

        Http.Response young =
                http.postJson("/api/v1/workers", official, worker(poor, 2, "UNEMPLOYED", ""), "Accept-Language", "vi");
        assertThat(young.status()).isEqualTo(400);
        assertThat(young.body()).contains("birthYear").contains("mới 14 tuổi").contains("từ đủ 15 tuổi");

        Http.Response unlisted = http.postJson(
                "/api/v1/workers", official, worker(notListed, 0, "EMPLOYED", ", \"currentJob\": \"Buôn bán\""));
        assertThat(unlisted.status()).isEqualTo(400);
        assertThat(unlisted.body()).contains("householdId").contains("không thuộc danh sách");

        Http.Response inactive = http.postJson("/api/v1/workers", official, worker(poor, 1, "INACTIVE", ""));
        assertThat(inactive.status()).isEqualTo(400);
        assertThat(inactive.body()).contains("inactiveReason");

        long id = createWorker(poor, 0, "UNEMPLOYED", ", \"jobNeed\": \"Công nhân\"");
        JsonNode created = http.get("/api/v1/workers/" + id, official).json();
        assertThat(created.get("standing").asString()).isEqualTo("POOR");
        Http.Response twice = http.postJson("/api/v1/workers", official, worker(poor, 0, "UNEMPLOYED", ""));
        assertThat(twice.status()).isEqualTo(400);

        String body =
                "{\"worker\": " + worker(poor, 0, "EMPLOYED", ", \"currentJob\": \"Phụ hồ\"") + ", \"version\": 0}";
        assertThat(http.send("PUT", "/api/v1/workers/" + id, official, body).status())
                .isEqualTo(200);
        assertThat(http.send("PUT", "/api/v1/workers/" + id, official, body).status())
                .as("a save based on a version someone else saved after")
                .isEqualTo(409);
        JsonNode history =
                http.get("/api/v1/workers/" + id + "/history", official).json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("snapshot").asString()).contains("Phụ hồ");
        assertThat(history.get(1).get("snapshot").asString()).contains("UNEMPLOYED");

        // the escaped household's members are eligible too
        long escapedWorker = createWorker(
                escaped, 0, "EMPLOYED", ", \"currentJob\": \"Công nhân\", \"contractType\": \"INDEFINITE\"");
        assertThat(http.get("/api/v1/workers/" + escapedWorker, official)
                        .json()
                        .get("standing")
                        .asString())
                .isEqualTo("ESCAPED");

        // outside the jurisdiction: refused, and not listed
        assertThat(http.get("/api/v1/workers/" + id, siblingOfficial).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/workers?unitId=" + commune.province().id(), siblingOfficial)
                        .body())
                .doesNotContain(poor.data().members().get(0).name());
        assertThat(http.get("/api/v1/workers?unitId=" + commune.id(), official).body())
                .contains(poor.data().members().get(0).name());
        long reads = jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE username = :u AND action = 'VIEW' AND entity_type = 'Worker'
                        AND entity_id = :id
                        """)
                .param("u", official)
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single();
        assertThat(reads).as("every read of a profile audited").isGreaterThanOrEqualTo(2);
    }

    static final String HEADER =
            "Tên đơn vị tuyển dụng,Vị trí việc làm,Nơi làm việc,Mã xã nơi làm việc,Số lượng cần tuyển,Yêu cầu kỹ năng,Loại hợp đồng,Hạn tuyển\r\n";

    Http.Response upload(String csv) {
        String boundary = "----jobs" + tag;
        String body =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vieclam.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return http.post(
                "/api/v1/vacancies/import?unitId=" + commune.id(),
                official,
                "multipart/form-data; boundary=" + boundary,
                body);
    }

    int vacanciesKept() {
        return jdbc.sql("SELECT count(*) FROM jobs_vacancy WHERE owner_unit_id = :u")
                .param("u", commune.id())
                .query(Integer.class)
                .single();
    }

    @Test
    void aVacancyFileWithOneBadLineStoresNothingAndNamesTheLineAndField() {
        String closing = today.plusDays(30).toString();
        String good = "Công ty May " + tag + ",Công nhân may,KCN Lam Sơn,"
                + commune.unit().code() + ",20,may,Xác định thời hạn," + closing + "\r\n";
        Http.Response bad = upload(HEADER + good + "Công ty Giày,Công nhân,KCN,,hai mươi,,," + closing + "\r\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"line\":3").contains("positions").contains("hai mươi");
        assertThat(vacanciesKept()).isZero();

        Http.Response ok = upload(HEADER + good + "HTX " + tag + ",Thời vụ,Xã,,5,,Không," + closing + "\r\n");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("stored").asInt()).isEqualTo(2);
        assertThat(vacanciesKept()).isEqualTo(2);
        JsonNode listed =
                http.get("/api/v1/vacancies?unitId=" + commune.id(), official).json();
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(0).get("placeUnitId").asLong()).isIn(commune.id(), 0L);
    }

    long vacancy(String closing) {
        String body = """
                {"ownerUnitId": %d, "placeUnitCode": "%s", "employer": "Công ty Thọ Xuân %s", "jobTitle": "Thợ hàn",
                 "place": "Xã %s", "positions": 3, "skills": ["hàn"], "contractType": "INDEFINITE", "closingDate": "%s"}
                """.formatted(commune.id(), commune.unit().code(), tag, tag, closing);
        Http.Response r = http.postJson("/api/v1/vacancies", official, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void aWorkerIsRankedReferredWithConsentFollowedUpAndCountedInTheOutcomes() {
        long worker = createWorker(poor, 0, "UNEMPLOYED", ", \"jobNeed\": \"Thợ hàn\"");
        long escapedWorker = createWorker(
                escaped, 0, "EMPLOYED", ", \"currentJob\": \"Công nhân\", \"contractType\": \"INDEFINITE\"");
        long open = vacancy(today.plusDays(20).toString());

        JsonNode ranked = http.get(
                        "/api/v1/vacancies/" + open + "/candidates?unitId=" + commune.id(),
                        official,
                        "Accept-Language",
                        "vi")
                .json();
        assertThat(ranked.size())
                .as("the employed worker with no job need is not a candidate")
                .isEqualTo(1);
        assertThat(ranked.get(0).get("worker").get("id").asLong()).isEqualTo(worker);
        assertThat(ranked.get(0).get("match").toString())
                .contains("jobs.reason.priorityCause")
                .contains("jobs.reason.sameCommune");
        assertThat(http.get(
                                "/api/v1/vacancies/" + open + "/candidates?unitId="
                                        + commune.province().id(),
                                siblingOfficial)
                        .body())
                .doesNotContain(poor.data().members().get(0).name());

        String referredOn = hireDate().minusDays(10).toString();
        String refer =
                "{\"workerId\": %d, \"vacancyId\": %d, \"referredOn\": \"%s\", \"referredBy\": \"Cán bộ LĐ-TB&XH\"}";
        Http.Response noConsent =
                http.postJson("/api/v1/referrals", official, refer.formatted(worker, open, referredOn));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.body()).contains("consent").contains("chưa đồng ý");

        assertThat(http.postJson(
                                "/api/v1/workers/" + worker + "/consents",
                                official,
                                "{\"givenOn\": \"" + hireDate().minusDays(15) + "\", \"how\": \"SIGNED\"}")
                        .status())
                .isEqualTo(200);
        Http.Response referred =
                http.postJson("/api/v1/referrals", official, refer.formatted(worker, open, referredOn));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        long referral = referred.json().get("id").asLong();

        long closed = vacancy(hireDate().minusDays(20).toString());
        Http.Response late = http.postJson("/api/v1/referrals", official, refer.formatted(worker, closed, referredOn));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("vacancyId").contains("đã hết hạn tuyển");

        String step = "{\"status\": \"%s\", \"onDate\": \"%s\", \"contractType\": %s, \"version\": %d}";
        assertThat(http.postJson(
                                "/api/v1/referrals/" + referral + "/steps",
                                official,
                                step.formatted("INTERVIEWED", hireDate().minusDays(5), "null", 0))
                        .status())
                .isEqualTo(200);
        Http.Response hired = http.postJson(
                "/api/v1/referrals/" + referral + "/steps",
                official,
                step.formatted("HIRED", hireDate(), "\"INDEFINITE\"", 1));
        assertThat(hired.status()).as(hired.body()).isEqualTo(200);
        assertThat(hired.json().get("status").asString()).isEqualTo("HIRED");
        assertThat(http.postJson(
                                "/api/v1/referrals/" + referral + "/steps",
                                official,
                                step.formatted("INTERVIEWED", hireDate(), "null", 2))
                        .status())
                .as("an outcome is final")
                .isEqualTo(400);

        String follow =
                "{\"months\": %d, \"checkedOn\": \"%s\", \"stillEmployed\": true, \"contractType\": \"INDEFINITE\"}";
        Http.Response early = http.postJson(
                "/api/v1/referrals/" + referral + "/follow-ups",
                official,
                follow.formatted(3, hireDate().minusDays(1)));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("checkedOn").contains("trước ngày được tuyển dụng");
        assertThat(http.postJson(
                                "/api/v1/referrals/" + referral + "/follow-ups",
                                official,
                                follow.formatted(3, hireDate().plusMonths(3)))
                        .status())
                .isEqualTo(200);
        JsonNode followed = http.postJson(
                        "/api/v1/referrals/" + referral + "/follow-ups",
                        official,
                        follow.formatted(6, hireDate().plusMonths(6)))
                .json();
        assertThat(followed.get("followUps").size()).isEqualTo(2);
        assertThat(followed.get("steps").size()).isEqualTo(3);

        // what leaves for the employer: no ID number, no household
        Http.Response sheet = http.get("/api/v1/referrals/" + referral + "/employer-sheet", official);
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.body())
                .contains(poor.data().members().get(0).name())
                .doesNotContain(poor.data().members().get(0).citizenId())
                .doesNotContain(poor.data().code());
        assertThat(http.get("/api/v1/referrals/" + referral, siblingOfficial).status())
                .isEqualTo(403);

        // needs-a-job: the consenting worker is in it once hired? no: hired workers are still profiled as unemployed
        // until their profile is updated, so the list follows the profile
        Http.Response csv = http.get("/api/v1/workers/needs-job.csv?unitId=" + commune.id(), official);
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Họ và tên")
                .contains("Số định danh cá nhân")
                .contains(poor.data().members().get(0).name())
                .contains("\"" + poor.data().members().get(0).citizenId() + "\"");

        // outcomes by hand: one referral and one hire in the hire's year, kept at 6 months; two households with
        // profiles, both with someone in sustainable work (a hire kept 6 months; an indefinite contract); the placed
        // household was deprived in employment on the lists of that year and is not at the next review
        int year = hireDate().getYear();
        JsonNode outcomes = http.get("/api/v1/referrals/outcomes?unitId=" + commune.id() + "&year=" + year, official)
                .json();
        assertThat(outcomes.size()).isEqualTo(1);
        JsonNode o = outcomes.get(0);
        assertThat(o.get("communeId").asLong()).isEqualTo(commune.id());
        assertThat(o.get("referred").asInt()).isEqualTo(1);
        assertThat(o.get("placed").asInt()).isEqualTo(1);
        assertThat(o.get("trained").asInt()).isZero();
        assertThat(o.get("stillEmployedAt6").asInt()).isEqualTo(1);
        assertThat(o.get("households").asInt()).isEqualTo(2);
        assertThat(o.get("householdsSustainable").asInt()).isEqualTo(2);
        assertThat(o.get("reviewedNext").asInt()).isEqualTo(1);
        assertThat(o.get("deprivedBefore").asInt()).isEqualTo(1);
        assertThat(o.get("deprivedAfter").asInt()).isZero();
        Http.Response xlsx =
                http.get("/api/v1/referrals/outcomes.xlsx?unitId=" + commune.id() + "&year=" + year, official);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(escapedWorker).isPositive();

        // the pages, in Vietnamese
        Http browser = new Http(port).login(official);
        assertThat(browser.get("/jobs/workers?unitId=" + commune.id(), null).body())
                .contains("Người lao động")
                .contains(poor.data().members().get(0).name());
        assertThat(browser.get("/jobs/workers/" + worker, null).body())
                .contains("Đồng ý chia sẻ thông tin")
                .contains("Thất nghiệp, đang tìm việc");
        assertThat(browser.get("/jobs/vacancies/" + open + "?unitId=" + commune.id(), null)
                        .body())
                .contains("Thợ hàn")
                .contains("Hộ nghèo do thiếu tay nghề");
        assertThat(browser.get("/jobs/referrals/" + referral, null).body())
                .contains("Được tuyển dụng")
                .contains("Sau 6 tháng");
        assertThat(browser.get("/jobs/referrals/" + referral + "/employer-sheet", null)
                        .body())
                .contains(poor.data().members().get(0).name())
                .doesNotContain(poor.data().members().get(0).citizenId());
        assertThat(browser.get("/jobs/outcomes?unitId=" + commune.id() + "&year=" + year, null)
                        .body())
                .contains("Kết quả kết nối việc làm năm " + year);
        assertThat(browser.get("/jobs/workers/new?code=" + notListed.data().code() + "&memberOrd=0", null)
                        .body())
                .contains("không thuộc danh sách");
    }
}
