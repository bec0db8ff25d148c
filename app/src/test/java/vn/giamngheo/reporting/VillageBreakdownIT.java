package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.PovertyClassifier;
import vn.giamngheo.standard.PovertyStandards;

/**
 * A commune's summary by village counts the households filed under the commune itself (in no
 * village) in a row of their own, so the village rows add up to the commune's total.
 */
class VillageBreakdownIT extends IntegrationTestBase {
    @Autowired
    AdminUnits units;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewImport imports;

    @Autowired
    ReviewProcedure procedure;

    @Autowired
    PovertyStandards standards;

    @Autowired
    Reports reports;

    @Test
    void householdsInNoVillageHaveTheirRowAndTheRowsAddUpToTheCommune() throws Exception {
        ReviewFixture f = new ReviewFixture(units, reviews, imports, procedure);
        String tag = ReviewFixture.tag();
        AdminUnit province = f.unit(null, tag, "Thôn Xã " + tag, "Tỉnh", "PROVINCE");
        AdminUnit commune = f.commune(province.id(), tag + "-c", "Hai Thôn", 2);
        var nd07 = standards.get("ND07_2021", null);
        List<ObjectNode> base = new ArrayList<>();
        List<String> villages = new ArrayList<>();
        int direct = 0;
        for (ObjectNode line : ReviewFixture.generated(120, 31, tag)) {
            String cls = PovertyClassifier.classify(ExchangeFormat.parse(line.toString()), nd07)
                    .householdClass()
                    .name();
            if (!cls.equals("POOR")) {
                continue;
            }
            line.put("recognizedClass", cls);
            base.add(line);
            int i = base.size() % 3;
            villages.add(i == 0 ? null : Integer.toString(i));
            direct += i == 0 ? 1 : 0;
        }
        assertThat(direct).isPositive();
        f.baseline(commune.id(), 2024, base, villages);

        Report report = reports.report(f.actor, Form.SUMMARY, commune.id(), 2025, false, Reports.OFFICIAL);
        Report.Table table = report.tables().get(0);
        int col = -1;
        for (int c = 0; c < table.columns().size(); c++) {
            if ("POOR|HH".equals(table.columns().get(c).key())) {
                col = c;
            }
        }
        assertThat(col).as("the poor households' column").isNotNegative();
        long parts = 0;
        long total = 0;
        Long noVillage = null;
        for (Report.Row row : table.rows()) {
            long v = ((Number) row.cells().get(col).value()).longValue();
            if (row.total()) {
                total = v;
            } else {
                parts += v;
            }
            if (row.unitId() == null) {
                noVillage = v;
                assertThat(row.name()).isEqualTo("Hộ không thuộc thôn nào (đăng ký trực tiếp ở xã)");
            }
        }
        assertThat(total).isEqualTo(base.size());
        assertThat(noVillage).isEqualTo((long) direct);
        assertThat(parts).isEqualTo(total);
    }
}
