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
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.agency.Agency;

/** Tasks at work on the demo's seed plans: our tasks, overdue up the hierarchy, progress updates. */
class TaskWorkIT extends IntegrationTestBase {
    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    Agencies agencies;

    @Autowired
    Clock clock;

    Agency agency(AdminUnit unit, String name) {
        return agencies.ofUnit(unit.id()).stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    long planOf(Http http, AdminUnit unit) {
        for (JsonNode p : http.get("/api/v1/plans?unitId=" + unit.id(), "admin").json()) {
            if (p.get("unitId").asLong() == unit.id() && p.get("taskCount").asInt() > 0) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no plan for " + unit.fullName());
    }

    long taskId(Http http, long planId, String number) {
        for (JsonNode t : http.get("/api/v1/plans/" + planId, "admin").json().get("tasks")) {
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
    void ourTasksOfKonRaysLabourOfficeAreDatedFromTheirSchedules() {
        Http http = new Http(port);
        Agency labour =
                agency(PlanFixtures.unit(units, "DISTRICT", "Kon Rẫy"), "Phòng Lao động - Thương binh và Xã hội");
        JsonNode y2022 = http.get("/api/v1/tasks?agencyId=" + labour.id() + "&year=2022", "admin")
                .json();
        assertThat(row(y2022, "1.3").get("role").asString()).isEqualTo("LEAD");
        assertThat(row(y2022, "1.3").get("occurrence").get("due").asString()).isEqualTo("2022-12-31");
        assertThat(row(y2022, "1.4").get("role").asString()).isEqualTo("COORDINATOR");
        assertThat(row(y2022, "1.4").get("occurrence").get("due").asString()).isEqualTo("2022-04-30");
        assertThat(row(y2022, "4.5").get("occurrence").get("due").asString()).isEqualTo("2022-09-30");
        assertThat(row(y2022, "2.4").get("occurrence").get("due").asString()).isEqualTo("2022-01-31");
        JsonNode y2023 = http.get("/api/v1/tasks?agencyId=" + labour.id() + "&year=2023", "admin")
                .json();
        assertThat(row(y2023, "1.4")).as("in April 2022 only").isNull();
        assertThat(row(y2023, "4.5").get("occurrence").get("due").asString()).isEqualTo("2023-09-30");
        assertThat(http.get("/api/v1/tasks?agencyId=" + labour.id() + "&year=2031", "admin")
                        .json())
                .as("after the plan's years")
                .isEmpty();
    }

    @Test
    void aCommunesPeoplesCommitteeFindsTheDistrictTasksGivenToAllCommunes() {
        Http http = new Http(port);
        Agency committee = agency(PlanFixtures.unit(units, "COMMUNE", "Xuân Bái"), "Ủy ban nhân dân xã");
        JsonNode tasks = http.get("/api/v1/tasks?agencyId=" + committee.id() + "&year=2024", "xuanbai")
                .json();
        assertThat(row(tasks, "2.15").get("role").asString()).isEqualTo("COLLECTIVE");
        assertThat(row(tasks, "2.15").get("planUnitName").asString()).isEqualTo("Huyện Thọ Xuân");
        assertThat(row(tasks, "2.15").get("occurrence").get("due").asString()).isEqualTo("2024-12-31");
    }

    @Test
    void overdueTasksOfADistrictShowOnItsProvinceUntilTheLeadReportsThemDone() {
        Http http = new Http(port);
        AdminUnit konTum = PlanFixtures.unit(units, "PROVINCE", "Kon Tum");
        AdminUnit konRay = PlanFixtures.unit(units, "DISTRICT", "Kon Rẫy");
        long plan = planOf(http, konRay);
        JsonNode overdue =
                http.get("/api/v1/tasks/overdue?unitId=" + konTum.id(), "admin").json();
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
        assertThat(progress(http, "admin", task14, finance.id(), 2022, "DONE", "Đã phân bổ")
                        .status())
                .isEqualTo(201);
        List<String> after = new ArrayList<>();
        http.get("/api/v1/tasks/overdue?unitId=" + konTum.id(), "admin")
                .json()
                .forEach(o -> after.add(o.get("taskNumber").asString() + "@"
                        + o.get("occurrence").get("due").asString()));
        assertThat(after).doesNotContain("1.4@2022-04-30").contains("4.5@2022-09-30");
    }

    @Test
    void progressIsReportedByAnAssignedAgencyInTheUsersJurisdictionAndTheLeadSeesContributions() {
        Http http = new Http(port);
        AdminUnit thoXuan = PlanFixtures.unit(units, "DISTRICT", "Thọ Xuân");
        Agency labour = agency(thoXuan, "Phòng Lao động - Thương binh và Xã hội");
        Agency committee = agency(PlanFixtures.unit(units, "COMMUNE", "Xuân Bái"), "Ủy ban nhân dân xã");
        long plan = planOf(http, thoXuan);
        long task23 = taskId(http, plan, "2.3");
        long task215 = taskId(http, plan, "2.15");
        long task24 = taskId(http, plan, "2.4");

        assertThat(progress(http, "xuanbai", task23, labour.id(), 2024, "DONE", "x")
                        .status())
                .as("the district office is outside a commune official's jurisdiction")
                .isEqualTo(403);
        Http.Response notAssigned = progress(http, "xuanbai", task24, committee.id(), 2024, "DONE", "x");
        assertThat(notAssigned.status()).isEqualTo(400);
        assertThat(notAssigned.body()).contains("agencyId");
        Http.Response collective =
                progress(http, "xuanbai", task215, committee.id(), 2024, "IN_PROGRESS", "Đã rà soát");
        assertThat(collective.status()).as(collective.body()).isEqualTo(201);
        assertThat(collective.json().get("role").asString()).isEqualTo("COLLECTIVE");

        Agency front = agency(thoXuan, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện");
        assertThat(progress(http, "admin", task23, front.id(), 2024, "IN_PROGRESS", "Vận động quỹ")
                        .status())
                .isEqualTo(201);
        assertThat(progress(http, "admin", task23, labour.id(), 2024, "IN_PROGRESS", "Tổng hợp")
                        .status())
                .isEqualTo(201);
        JsonNode page =
                http.get("/api/v1/tasks/" + task23 + "?year=2024", "admin").json();
        assertThat(page.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(page.get("contributions").findValuesAsString("note")).contains("Vận động quỹ");
        assertThat(page.get("history").findValuesAsString("note")).contains("Vận động quỹ", "Tổng hợp");
    }

    @Test
    void concurrentProgressUpdatesOfOneTaskAreAllKept() throws Exception {
        Http http = new Http(port);
        AdminUnit ngocHoi = PlanFixtures.unit(units, "DISTRICT", "Ngọc Hồi");
        Agency labour = agency(ngocHoi, "Phòng Lao động - Thương binh và Xã hội");
        long plan = planOf(http, ngocHoi);
        long target = -1;
        for (JsonNode t : http.get("/api/v1/plans/" + plan, "admin").json().get("tasks")) {
            for (JsonNode a : t.get("assignments")) {
                if (target < 0
                        && a.get("role").asString().equals("LEAD")
                        && a.get("agencyId").asLong() == labour.id()) {
                    target = t.get("id").asLong();
                }
            }
        }
        assertThat(target).as("a task Ngọc Hồi's labour office leads").isPositive();
        long task = target;
        int before = http.get("/api/v1/tasks/" + task + "?year=2020", "admin")
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
                return progress(new Http(port), "admin", task, labour.id(), 2020, "IN_PROGRESS", note)
                        .status();
            }));
        }
        start.countDown();
        for (Future<Integer> r : results) {
            assertThat(r.get()).isEqualTo(201);
        }
        pool.shutdown();
        JsonNode history =
                http.get("/api/v1/tasks/" + task + "?year=2020", "admin").json().get("history");
        assertThat(history.size()).isEqualTo(before + writers);
        List<String> notes = history.findValuesAsString("note");
        for (int i = 0; i < writers; i++) {
            assertThat(notes).contains("cập nhật " + i);
        }
    }
}
