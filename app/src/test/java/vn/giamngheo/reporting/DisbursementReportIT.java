package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.funding.Balance;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.Ledger;
import vn.giamngheo.funding.Projects;
import vn.giamngheo.funding.TestLedger;
import vn.giamngheo.shared.Actor;

/**
 * The disbursement progress report of a district of the test's own whose commune spent three
 * sub-projects' money in 2023 (60 % on 30 June, 30 % on 31 October): rolled up, by period, and the
 * same in every format.
 */
class DisbursementReportIT extends ReportingAccounts {

    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    Ledger ledger;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Projects projects;

    @Test
    void theDistrictsReportSumsItsCommunesAndExcelAndPdfShowTheScreensNumbers() throws Exception {
        TestUnits places = new TestUnits(units);
        AdminUnit district = places.aDistrictIn(places.aProvince());
        AdminUnit commune = places.aCommuneIn(district);
        new TestLedger(catalogue, ledger, projects)
                .spentYear(commune, 2023, 100_000_000L, "DA2", "DA3-TDA1", "DA4-TDA3");
        String q = "/api/v1/reports/disbursement?unitId=" + district.id() + "&year=2023";
        JsonNode json = new Http(port).get(q + "&lang=vi", admin()).json();
        JsonNode all = json.get("tables").get(0);
        assertThat(all.get("title").asString()).isEqualTo("Tổng hợp các nguồn vốn");
        JsonNode communeRow = all.get("rows").get(0);
        assertThat(communeRow.get("name").asString()).isEqualTo("Xã " + commune.name());
        Balance own = ledger.balances(Actor.system("it"), commune.id(), 2023, null).stream()
                .reduce(Balance.zero(0, 0, 0, null), Balance::plus);
        assertThat(communeRow.get("cells").get(0).get("value").asLong()).isEqualTo(own.held());
        assertThat(communeRow.get("cells").get(2).get("value").asLong()).isEqualTo(own.disbursed());
        // three sub-projects: 90 % of 100 million central and of 10 million local each
        assertThat(own.disbursed()).isEqualTo(3 * (90_000_000L + 9_000_000L));
        JsonNode total = all.get("rows").get(all.get("rows").size() - 1);
        assertThat(total.get("total").asBoolean()).isTrue();
        assertThat(total.get("cells").get(2).get("value").asLong()).isEqualTo(own.disbursed());
        // one table per source and per sub-project with money: 2 sources, 3 sub-projects
        assertThat(json.get("tables").size()).isEqualTo(1 + 2 + 3);
        ReportFormsIT.assertDocumentsShow(port, admin(), q, json, "disbursement");
        // the first quarter's cut-off: the first tranche is paid on 30/06, so nothing is disbursed by 31/03
        JsonNode q1 = new Http(port).get(q + "&period=Q1&lang=vi", admin()).json();
        assertThat(q1.get("period").asString()).startsWith("Quý I năm ngân sách 2023");
        JsonNode q1Total = q1.get("tables").get(0).get("rows").get(0).get("cells");
        assertThat(q1Total.get(0).get("value").asLong()).isEqualTo(own.held());
        assertThat(q1Total.get(2).get("value").asLong()).isZero();
        JsonNode h1 = new Http(port).get(q + "&period=H1", admin()).json();
        long h1Disbursed = h1.get("tables")
                .get(0)
                .get("rows")
                .get(0)
                .get("cells")
                .get(2)
                .get("value")
                .asLong();
        assertThat(h1Disbursed).isEqualTo(3 * (60_000_000L + 6_000_000L));
        ReportFormsIT.assertDocumentsShow(port, admin(), q + "&period=H1", h1, "disbursement H1");
        Http browser = new Http(port).login(admin());
        String page = browser.get("/reports/disbursement?unitId=" + district.id() + "&year=2023", null)
                .body();
        assertThat(page).contains("Tiến độ giải ngân kinh phí").contains("Xã " + commune.name());
        String dashboard = browser.get("/reports/dashboard?unitId=" + commune.id() + "&year=2023", null)
                .body();
        assertThat(dashboard).contains("Tiến độ giải ngân năm 2023").contains("panel-funding");
    }
}
