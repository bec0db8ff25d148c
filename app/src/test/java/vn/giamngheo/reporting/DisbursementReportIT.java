package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.Http;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.funding.Balance;
import vn.giamngheo.funding.Ledger;
import vn.giamngheo.shared.Actor;

/** The disbursement progress report of the demo's Cẩm Thủy district: rolled up, and the same in every format. */
class DisbursementReportIT extends ReportingAccounts {

    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    Ledger ledger;

    @Test
    void theDistrictsReportSumsItsCommunesAndExcelAndPdfShowTheScreensNumbers() throws Exception {
        AdminUnit district = units.search("cam thuy", "DISTRICT", 5).get(0);
        AdminUnit camChau = units.search("cam chau", "COMMUNE", 5).get(0);
        String q = "/api/v1/reports/disbursement?unitId=" + district.id() + "&year=2023";
        JsonNode json = new Http(port).get(q + "&lang=vi", admin()).json();
        JsonNode all = json.get("tables").get(0);
        assertThat(all.get("title").asString()).isEqualTo("Tổng hợp các nguồn vốn");
        JsonNode camChauRow = all.get("rows").get(0);
        assertThat(camChauRow.get("name").asString()).isEqualTo("Xã Cẩm Châu");
        Balance own = ledger.balances(Actor.system("it"), camChau.id(), 2023, null).stream()
                .reduce(Balance.zero(0, 0, 0, null), Balance::plus);
        assertThat(camChauRow.get("cells").get(0).get("value").asLong()).isEqualTo(own.held());
        assertThat(camChauRow.get("cells").get(2).get("value").asLong()).isEqualTo(own.disbursed());
        JsonNode total = all.get("rows").get(all.get("rows").size() - 1);
        assertThat(total.get("total").asBoolean()).isTrue();
        assertThat(total.get("cells").get(2).get("value").asLong()).isEqualTo(own.disbursed());
        // one table per source and per sub-project with money: 2 sources, 8 sub-projects
        assertThat(json.get("tables").size()).isEqualTo(1 + 2 + 8);
        ReportFormsIT.assertDocumentsShow(port, admin(), q, json, "disbursement");
        // the first quarter's cut-off: the demo's first tranche is paid on 30/06, so nothing is disbursed by 31/03
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
        assertThat(h1Disbursed).isPositive().isLessThan(own.disbursed());
        ReportFormsIT.assertDocumentsShow(port, admin(), q + "&period=H1", h1, "disbursement H1");
        Http browser = new Http(port).login(admin());
        String page = browser.get("/reports/disbursement?unitId=" + district.id() + "&year=2023", null)
                .body();
        assertThat(page).contains("Tiến độ giải ngân kinh phí").contains("Xã Cẩm Châu");
        String dashboard = browser.get("/reports/dashboard?unitId=" + camChau.id() + "&year=2023", null)
                .body();
        assertThat(dashboard).contains("Tiến độ giải ngân năm 2023").contains("panel-funding");
    }
}
