package vn.giamngheo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.agency.Agency;

/** Tasks at work on seed plans saved on places of the tests' own: our tasks, overdue up the hierarchy, progress updates. */
class TaskWorkIT extends PlanTestBase {
    @LocalServerPort
    int port;

    @Autowired
    Plans plans;

    @Autowired
    Clock clock;

    static final String SEED_000 = "000_7dc579e07c37fe6b.txt";
    static final String SEED_004 = "004_33768970df9aca94.txt";

    Agency agency(AdminUnit unit, String name) {
        return agencies.ofUnit(unit.id()).stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Saves the seed plan on the unit; returns the plan's id. */
    long planOf(AdminUnit unit, String seed) {
        return PlanFixtures.saveSeed(plans, unit, seed).plan().id();
    }

    long taskId(Http http, long planId, String number) {
        for (JsonNode t : http.get("/api/v1/plans/" + planId, admin()).json().get("tasks")) {
            if (t.get("number").asString().equals(number)) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError("no task " + number);
    }

    static JsonNode row(JsonNode list, String taskNumber) {
        for (JsonNode r : list) {
            if (r.get("taskNumber").asString().equals(taskNumber)) {
                return r;
            }
        }
        return null;
    }

    Http.Response progress(Http http, String user, long taskId, long agencyId, int year, String status, String note) {
        return http.postJson(
                "/api/v1/tasks/" + taskId + "/progress",
                user,
                "{\"agencyId\":" + agencyId + ",\"year\":" + year + ",\"status\":\"" + status + "\",\"note\":\"" + note
                        + "\"}");
    }

    @Test
    void ourTasksOfADistrictsLabourOfficeAreDatedFromTheirSchedules() {
        Http http = new Http(port);
        AdminUnit konRay = newDistrict();
        planOf(konRay, SEED_000);
        Agency labour = agency(konRay, "Phòng Lao động - Thương binh và Xã hội");
        JsonNode y2022 = http.get("/api/v1/tasks?agencyId=" + labour.id() + "&year=2022", admin())
                .json();
        assertThat(row(y2022, "1.3").get("role").asString()).isEqualTo("LEAD");
        assertThat(row(y2022, "1.3").get("occurrence").get("due").asString()).isEqualTo("2022-12-31");
        assertThat(row(y2022, "1.4").get("role").asString()).isEqualTo("COORDINATOR");
        assertThat(row(y2022, "1.4").get("occurrence").get("due").asString()).isEqualTo("2022-04-30");
        assertThat(row(y2022, "4.5").get("occurrence").get("due").asString()).isEqualTo("2022-09-30");
        assertThat(row(y2022, "2.4").get("occurrence").get("due").asString()).isEqualTo("2022-01-31");
        JsonNode y2023 = http.get("/api/v1/tasks?agencyId=" + labour.id() + "&year=2023", admin())
                .json();
        assertThat(row(y2023, "1.4")).as("in April 2022 only").isNull();
        assertThat(row(y2023, "4.5").get("occurrence").get("due").asString()).isEqualTo("2023-09-30");
        assertThat(http.get("/api/v1/tasks?agencyId=" + labour.id() + "&year=2031", admin())
                        .json())
                .as("after the plan's years")
                .isEmpty();
    }

    @Test
    void aCommunesPeoplesCommitteeFindsTheDistrictTasksGivenToAllCommunes() {
        Http http = new Http(port);
        PlanFixtures.Place place = newPlace(1);
        planOf(place.district(), SEED_004);
        Agency committee = agency(place.commune(1), "Ủy ban nhân dân xã");
        JsonNode tasks = http.get(
                        "/api/v1/tasks?agencyId=" + committee.id() + "&year=2024", officialOf(place.commune(1)))
                .json();
        assertThat(row(tasks, "2.15").get("role").asString()).isEqualTo("COLLECTIVE");
        assertThat(row(tasks, "2.15").get("planUnitName").asString())
                .isEqualTo("Huyện " + place.district().name());
        assertThat(row(tasks, "2.15").get("occurrence").get("due").asString()).isEqualTo("2024-12-31");
    }

    @Test
    void overdueTasksOfADistrictShowOnItsProvinceUntilTheLeadReportsThemDone() {
        Http http = new Http(port);
        PlanFixtures.Place place = newPlace(0);
        AdminUnit konTum = place.province();
        AdminUnit konRay = place.district();
        long plan = planOf(konRay, SEED_000);
        JsonNode overdue =
                http.get("/api/v1/tasks/overdue?unitId=" + konTum.id(), admin()).json();
        List<String> keys = new ArrayList<>();
        overdue.forEach(o -> keys.add(o.get("taskNumber").asString() + "@"
                + o.get("occurrence").get("due").asString()));
        assertThat(keys).contains("1.4@2022-04-30", "4.5@2022-09-30", "4.2@2022-04-30");
        int thisYear = Obligations.today(clock).getYear();
        assertThat(keys)
                .as("ongoing work of this year is due on 31 December")
                .doesNotContain("1.3@" + thisYear + "-12-31");
        assertThat(overdue)
                .allSatisfy(o -> assertThat(o.get("overdue").asBoolean()).isTrue());

        Agency finance = agency(konRay, "Phòng Tài chính - Kế hoạch");
        long task14 = taskId(http, plan, "1.4");
        assertThat(progress(http, admin(), task14, finance.id(), 2022, "DONE", "Đã phân bổ")
                        .status())
                .isEqualTo(201);
        List<String> after = new ArrayList<>();
        http.get("/api/v1/tasks/overdue?unitId=" + konTum.id(), admin())
                .json()
                .forEach(o -> after.add(o.get("taskNumber").asString() + "@"
                        + o.get("occurrence").get("due").asString()));
        assertThat(after).doesNotContain("1.4@2022-04-30").contains("4.5@2022-09-30");
    }

    @Test
    void progressIsReportedByAnAssignedAgencyInTheUsersJurisdictionAndTheLeadSeesContributions() {
        Http http = new Http(port);
        PlanFixtures.Place place = newPlace(1);
        AdminUnit thoXuan = place.district();
        String xuanbai = officialOf(place.commune(1));
        Agency labour = agency(thoXuan, "Phòng Lao động - Thương binh và Xã hội");
        Agency committee = agency(place.commune(1), "Ủy ban nhân dân xã");
        long plan = planOf(thoXuan, SEED_004);
        long task23 = taskId(http, plan, "2.3");
        long task215 = taskId(http, plan, "2.15");
        long task24 = taskId(http, plan, "2.4");

        assertThat(progress(http, xuanbai, task23, labour.id(), 2024, "DONE", "x")
                        .status())
                .as("the district office is outside a commune official's jurisdiction")
                .isEqualTo(403);
        Http.Response notAssigned = progress(http, xuanbai, task24, committee.id(), 2024, "DONE", "x");
        assertThat(notAssigned.status()).isEqualTo(400);
        assertThat(notAssigned.body()).contains("agencyId");
        Http.Response collective = progress(http, xuanbai, task215, committee.id(), 2024, "IN_PROGRESS", "Đã rà soát");
        assertThat(collective.status()).as(collective.body()).isEqualTo(201);
        assertThat(collective.json().get("role").asString()).isEqualTo("COLLECTIVE");

        Agency front = agency(thoXuan, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện");
        assertThat(progress(http, admin(), task23, front.id(), 2024, "IN_PROGRESS", "Vận động quỹ")
                        .status())
                .isEqualTo(201);
        assertThat(progress(http, admin(), task23, labour.id(), 2024, "IN_PROGRESS", "Tổng hợp")
                        .status())
                .isEqualTo(201);
        JsonNode page =
                http.get("/api/v1/tasks/" + task23 + "?year=2024", admin()).json();
        assertThat(page.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(page.get("contributions").findValuesAsString("note")).contains("Vận động quỹ");
        assertThat(page.get("history").findValuesAsString("note")).contains("Vận động quỹ", "Tổng hợp");
    }

    @Test
    void concurrentProgressUpdatesOfOneTaskAreAllKept() throws Exception {
        Http http = new Http(port);
        AdminUnit ngocHoi = newDistrict();
        Agency labour = agency(ngocHoi, "Phòng Lao động - Thương binh và Xã hội");
        long plan = planOf(ngocHoi, "003_10de011b70d5e53d.txt");
        long target = -1;
        for (JsonNode t : http.get("/api/v1/plans/" + plan, admin()).json().get("tasks")) {
            for (JsonNode a : t.get("assignments")) {
                if (target < 0
                        && a.get("role").asString().equals("LEAD")
                        && a.get("agencyId").asLong() == labour.id()) {
                    target = t.get("id").asLong();
                }
            }
        }
        assertThat(target).as("a task the district's labour office leads").isPositive();
        long task = target;
        int before = http.get("/api/v1/tasks/" + task + "?year=2020", admin())
                .json()
                .get("history")
                .size();
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String note = "cập nhật " + i;
            results.add(pool.submit(() -> {
                start.await();
                return progress(new Http(port), admin(), task, labour.id(), 2020, "IN_PROGRESS", note)
                        .status();
            }));
        }
        start.countDown();
        for (Future<Integer> r : results) {
            assertThat(r.get()).isEqualTo(201);
        }
        pool.shutdown();
        JsonNode history =
                http.get("/api/v1/tasks/" + task + "?year=2020", admin()).json().get("history");
        assertThat(history.size()).isEqualTo(before + writers);
        List<String> notes = history.findValuesAsString("note");
        for (int i = 0; i < writers; i++) {
            assertThat(notes).contains("cập nhật " + i);
        }
    }
}
