package vn.giamngheo.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.OwnAccounts;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;

class FundingLedgerIT extends OwnAccounts {
    static final Actor SYSTEM = Actor.system("funding-it");

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Autowired
    Catalogue catalogue;

    @Autowired
    AdminUnits units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Projects projects;

    AdminUnit commune(String name) {
        AdminUnit province =
                units.create(SYSTEM, new NewAdminUnit(null, null, "Tỉnh " + name, "Tỉnh", "PROVINCE", null));
        return units.create(SYSTEM, new NewAdminUnit(province.id(), null, name, "Xã", "COMMUNE", null));
    }

    Component component(String code) {
        Program p = catalogue.programByCode("MTQG-GNBV-2021-2025").orElseThrow();
        return catalogue.componentByCode(p.id(), code).orElseThrow();
    }

    Posting posting(AdminUnit unit, Component c, long amount) {
        return new Posting(
                unit.id(),
                2024,
                c.id(),
                null,
                FundingSource.CENTRAL_RECURRENT,
                amount,
                LocalDate.of(2024, 5, 1),
                null,
                null);
    }

    @Test
    void twentyConcurrentDisbursementsBeyondTheBalanceNeverTakeItBelowZero() throws Exception {
        AdminUnit unit = commune("Đồng Thời");
        Component c = component("DA4-TDA3");
        ledger.allocate(SYSTEM, posting(unit, c, 1_000_000));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    ledger.disburse(SYSTEM, posting(unit, c, 150_000));
                } catch (InvalidInput e) {
                    assertThat(e.problems().get(0).field()).isEqualTo("amount");
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        Balance b = ledger.balances(SYSTEM, unit.id(), 2024, null).get(0);
        // 6 × 150,000 = 900,000 fit into 1,000,000; the 7th would overdraw
        assertThat(b.disbursed()).isEqualTo(900_000);
        assertThat(b.available()).isEqualTo(100_000);
        assertThat(refused.get()).isEqualTo(14);
        assertThat(ledger.inconsistencies()).isEmpty();
    }

    @Test
    void balancesEqualTheSumOfEntriesOnEveryWritePath() {
        AdminUnit unit = commune("Cân Đối");
        AdminUnit village = units.create(SYSTEM, new NewAdminUnit(unit.id(), null, "1", "Thôn", "VILLAGE", null));
        Component c = component("DA3-TDA1");
        LedgerEntry allocation = ledger.allocate(SYSTEM, posting(unit, c, 5_000_000));
        ledger.transfer(SYSTEM, posting(unit, c, 1_000_000), village.id());
        ledger.commit(SYSTEM, posting(unit, c, 2_000_000));
        LedgerEntry extra = ledger.commit(SYSTEM, posting(unit, c, 300_000));
        LedgerEntry paid = ledger.disburse(SYSTEM, posting(unit, c, 1_500_000));
        ledger.settle(SYSTEM, posting(unit, c, 1_000_000));
        ledger.carryOver(SYSTEM, posting(unit, c, 500_000));
        ledger.reverse(SYSTEM, extra.id(), "Nhập nhầm số tiền", LocalDate.of(2024, 6, 1));
        Balance b = ledger.balances(SYSTEM, unit.id(), 2024, null).get(0);
        assertThat(b.held()).isEqualTo(5_000_000 - 1_000_000 - 500_000);
        assertThat(b.committed()).isEqualTo(2_000_000);
        assertThat(b.disbursed()).isEqualTo(1_500_000);
        // a settled disbursement cannot be reversed below what was settled: refused, nothing stored
        assertThatThrownBy(() -> ledger.reverse(SYSTEM, paid.id(), "sai", null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("funding.overSettledRefused"));
        assertThat(ledger.inconsistencies()).isEmpty();
        // as of a day before anything: nothing; as of today: the same as the balance row
        assertThat(ledger.balances(SYSTEM, unit.id(), 2024, LocalDate.of(2024, 4, 30)))
                .isEmpty();
        assertThat(ledger.balances(SYSTEM, unit.id(), 2024, LocalDate.of(2030, 1, 1)))
                .containsExactlyElementsOf(ledger.balances(SYSTEM, unit.id(), 2024, null));
        // money handed down and spent cannot be un-allocated
        assertThatThrownBy(() -> ledger.reverse(SYSTEM, allocation.id(), "sai", null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE funding_entry SET amount = 1 WHERE id = :id")
                        .param("id", allocation.id())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM funding_entry WHERE id = :id")
                        .param("id", allocation.id())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void badAmountsAndSourcesAreRefusedInVietnameseNamingTheField() {
        AdminUnit unit = commune("Sai Số");
        Component c = component("DA2");
        Http http = new Http(port);
        String body = "{\"kind\":\"ALLOCATION\",\"unitId\":" + unit.id() + ",\"year\":2024,\"componentId\":" + c.id()
                + ",\"source\":\"CENTRAL_RECURRENT\",\"entryDate\":\"2024-03-01\",\"amount\":%s}";
        Http.Response fraction = http.postJson("/api/v1/ledger/entries", admin(), body.formatted("1500000.5"));
        assertThat(fraction.status()).isEqualTo(400);
        JsonNode error = fraction.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("amount");
        assertThat(error.get("code").asString()).isEqualTo("funding.amountNotWhole");
        assertThat(error.get("reason").asString()).contains("số tiền").contains("số đồng nguyên");
        Http.Response negative = http.postJson("/api/v1/ledger/entries", admin(), body.formatted("-5"));
        assertThat(negative.json().get("errors").get(0).get("code").asString()).isEqualTo("funding.amountNegative");
        Http.Response overdraft = http.postJson(
                "/api/v1/ledger/entries",
                admin(),
                body.replace("ALLOCATION", "DISBURSEMENT").formatted("1000"));
        assertThat(overdraft.status()).isEqualTo(400);
        assertThat(overdraft.json().get("errors").get(0).get("reason").asString())
                .contains("vượt số còn lại");
        Http.Response late = http.postJson(
                "/api/v1/ledger/entries",
                admin(),
                body.replace("2024-03-01", "2027-01-05").formatted("1000"));
        assertThat(late.json().get("errors").get(0).get("field").asString()).isEqualTo("entryDate");
        Http.Response ok = http.postJson("/api/v1/ledger/entries", admin(), body.formatted("2500000"));
        assertThat(ok.status()).isEqualTo(201);
        Program narrow = catalogue.addProgram(
                SYSTEM,
                new Catalogue.NewProgram(
                        "THU-NGUON",
                        "Chương trình thử",
                        LocalDate.of(2024, 1, 1),
                        null,
                        null,
                        null,
                        null,
                        List.of(FundingSource.LOCAL_COUNTERPART)));
        Component leaf = catalogue.addComponent(SYSTEM, narrow.id(), null, "X", "Nội dung thử", null);
        assertThatThrownBy(() -> ledger.allocate(SYSTEM, posting(unit, leaf, 1000)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("source"));
    }

    @Test
    void aBatchIsStoredWholeOrNotAtAllWithEachProblemOnItsLine() {
        AdminUnit unit = commune("Lô Bút Toán");
        Component c = component("DA6-TDA1");
        Http http = new Http(port);
        String line = "{\"kind\":\"%s\",\"unitId\":" + unit.id() + ",\"year\":2024,\"componentId\":" + c.id()
                + ",\"source\":\"LOCAL_COUNTERPART\",\"entryDate\":\"2024-04-01\",\"amount\":%s}";
        String bad = "[" + line.formatted("ALLOCATION", "1000000") + "," + line.formatted("DISBURSEMENT", "-3") + "]";
        Http.Response refused = http.postJson("/api/v1/ledger/entries/batch", admin(), bad);
        assertThat(refused.status()).isEqualTo(400);
        JsonNode problem = refused.json().get("errors").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("reason").asString()).startsWith("Dòng 2");
        String overdraw = "[" + line.formatted("ALLOCATION", "1000000") + "," + line.formatted("DISBURSEMENT", "600000")
                + "," + line.formatted("DISBURSEMENT", "600000") + "]";
        Http.Response over = http.postJson("/api/v1/ledger/entries/batch", admin(), overdraw);
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(ledger.balances(SYSTEM, unit.id(), 2024, null)).isEmpty();
        String good = "[" + line.formatted("ALLOCATION", "1000000") + "," + line.formatted("DISBURSEMENT", "600000")
                + "," + line.formatted("SETTLEMENT", "500000") + "]";
        assertThat(http.postJson("/api/v1/ledger/entries/batch", admin(), good)
                        .json()
                        .get("posted")
                        .asInt())
                .isEqualTo(3);
        Balance b = ledger.balances(SYSTEM, unit.id(), 2024, null).get(0);
        assertThat(b.available()).isEqualTo(400_000);
        assertThat(b.settled()).isEqualTo(500_000);
        assertThat(ledger.inconsistencies()).isEmpty();
    }

    @Test
    void aCommuneOfficialReadsOnlyTheirOwnCommunesBudget() {
        AdminUnit camChau = commune("Ngân Sách Người Khác");
        new TestLedger(catalogue, ledger, projects).spentYear(camChau, 2023, 10_000_000L, "DA2");
        AdminUnit xuanBai = commune("Ngân Sách Của Mình");
        String official = officialOf(xuanBai);
        Http http = new Http(port);
        assertThat(http.get("/api/v1/ledger/balances?unitId=" + camChau.id() + "&year=2023", official)
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/projects?unitId=" + camChau.id(), official).status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/ledger/balances?unitId=" + xuanBai.id() + "&year=2023", official)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void approvingAProjectBeyondTheMoneyHeldIsRefusedAndNothingIsStored() {
        AdminUnit unit = commune("Dự Án Lớn");
        Component c = component("DA2");
        ledger.allocate(SYSTEM, posting(unit, c, 10_000_000));
        String body = "{\"unitId\":" + unit.id() + ",\"componentId\":" + c.id()
                + ",\"kind\":\"COMMUNITY\",\"name\":\"Mô hình thử\",\"approvedOn\":\"2024-05-01\","
                + "\"budget\":{\"CENTRAL_RECURRENT\":%s}}";
        Http http = new Http(port);
        Http.Response refused = http.postJson("/api/v1/projects", admin(), body.formatted("12000000"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("funding.overcommit");
        assertThat(http.get("/api/v1/projects?unitId=" + unit.id(), admin())
                        .json()
                        .size())
                .isZero();
        Http.Response ok = http.postJson("/api/v1/projects", admin(), body.formatted("8000000"));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ledger.balances(SYSTEM, unit.id(), 2024, null).get(0).committed())
                .isEqualTo(8_000_000);
    }

    static Norm provinceLevel(SupportContent content, AdminUnit province, long amount) {
        return new Norm(
                0,
                content.id(),
                "POOR",
                "HOUSEHOLD",
                "PROVINCE",
                province.id(),
                "AMOUNT",
                amount,
                null,
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2025, 12, 31),
                "NQ thử",
                "USER",
                null,
                null,
                false);
    }

    @Test
    void normsOverTheCentralCeilingAreRefused() {
        SupportContent house = catalogue.contents().stream()
                .filter(x -> x.code().equals("NHA_XAY_MOI_DA5"))
                .findFirst()
                .orElseThrow();
        AdminUnit province = units.create(SYSTEM, new NewAdminUnit(null, null, "Trần Mức", "Tỉnh", "PROVINCE", null));
        Norm tooHigh = provinceLevel(house, province, 45_000_000L);
        assertThatThrownBy(() -> catalogue.addNorm(SYSTEM, tooHigh))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("funding.overCeiling"));
        Norm within = provinceLevel(house, province, 38_000_000L);
        assertThat(catalogue.addNorm(SYSTEM, within).amount()).isEqualTo(38_000_000L);
    }

    @Test
    void pagesShowABudgetCatalogueAndNormsInVietnamese() {
        AdminUnit camChau = commune("Trang Kinh Phí");
        TestLedger money = new TestLedger(catalogue, ledger, projects);
        money.spentYear(camChau, 2023, 100_000_000L, "DA2", "DA3-TDA1");
        money.rotatingProject(camChau, units.get(camChau.parentId()), 2024);
        Http http = new Http(port).login(admin());
        Http.Response budget = http.get("/funding/budget?unitId=" + camChau.id() + "&year=2023", null);
        assertThat(budget.status()).isEqualTo(200);
        assertThat(budget.body())
                .contains("Kinh phí của Xã " + camChau.name() + " năm 2023")
                .contains("Dự án 2: Đa dạng hóa sinh kế")
                .contains("Ngân sách địa phương đối ứng")
                .contains("chưa cấu hình");
        Balance total = ledger.balances(SYSTEM, camChau.id(), 2023, null).stream()
                .reduce(Balance.zero(0, 0, 0, null), Balance::plus);
        assertThat(budget.body()).contains(String.format(java.util.Locale.GERMANY, "%,d", total.disbursed()));
        Http.Response norms = http.get("/funding/norms?on=2024-06-01", null);
        assertThat(norms.body())
                .contains("40.000.000 đồng")
                .contains("6,60 %/năm")
                .contains("7,92 %/năm")
                .contains("chưa cấu hình");
        assertThat(http.get("/funding", null).body()).contains("Tiểu dự án 2: Cải thiện dinh dưỡng");
        // the entry form refuses a decimal amount on the page itself, in Vietnamese, keeping what was typed
        String token = Http.csrfToken(budget.body());
        long da2 = catalogue
                .componentByCode(
                        catalogue
                                .programByCode("MTQG-GNBV-2021-2025")
                                .orElseThrow()
                                .id(),
                        "DA2")
                .orElseThrow()
                .id();
        Http.Response refused = http.post(
                "/funding/budget",
                null,
                "application/x-www-form-urlencoded",
                "unitId=" + camChau.id() + "&year=2023&kind=DISBURSEMENT&componentId=" + da2
                        + "&source=CENTRAL_RECURRENT&amount=" + Http.q("1,5") + "&entryDate=2023-07-01&_csrf="
                        + Http.q(token));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("trường số tiền: Số tiền phải là số đồng nguyên")
                .contains("value=\"1,5\"");
        var project = new Http(port)
                .get("/api/v1/projects?unitId=" + camChau.id(), admin())
                .json()
                .get(0);
        Http.Response page = http.get("/funding/projects/" + project.get("id").asLong(), null);
        assertThat(page.body()).contains("Số dư quỹ luân chuyển").contains("2.000.000");
    }
}
