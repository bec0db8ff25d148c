package vn.giamngheo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;

/**
 * The demo's own places across the 1 July 2025 reform (decision 1906): the 2024 reports of Thanh Hóa,
 * of Kon Tum (now in Quảng Ngãi) and of Xã Lam Sơn read in today's units give the totals the old units
 * recorded. Its own database: the demo with its households and the reform applied.
 */
@SpringBootTest
class DemoReformTotalsIT {
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("giamngheo-demo-totals-it-");
        registry.add("giamngheo.data-dir", dir::toString);
        registry.add("giamngheo.demo", () -> "true");
        registry.add("giamngheo.demo-households", () -> "true");
        registry.add("giamngheo.demo-reform", () -> "true");
    }

    @Autowired
    Reports reports;

    @Autowired
    AdminUnits units;

    @Autowired
    JdbcClient jdbc;

    private AdminUnit listed(String list, String code) {
        return units.get(jdbc.sql("SELECT unit_id FROM admin_unit_listing WHERE list = :l AND code = :c")
                .param("l", list)
                .param("c", code)
                .query(Long.class)
                .single());
    }

    private List<AdminUnit> predecessors(AdminUnit unit) {
        return jdbc
                .sql("SELECT predecessor_id FROM admin_unit_successions WHERE successor_id = :u ORDER BY 1")
                .param("u", unit.id())
                .query(Long.class)
                .list()
                .stream()
                .map(units::get)
                .toList();
    }

    /** The total row of a report, without the households registered (counted where they are filed today). */
    private Map<String, Long> total(AdminUnit unit, Form form, Structure structure) {
        TableBuilder.UnitCells total = reports.rows(unit, 2024, form, structure).stream()
                .filter(TableBuilder.UnitCells::total)
                .findFirst()
                .orElseThrow();
        Map<String, Long> out = new HashMap<>();
        total.cells().forEach((key, value) -> {
            if (!key.startsWith("REGISTERED") && value != null && value != 0) {
                out.put(key, value);
            }
        });
        return out;
    }

    private static Map<String, Long> sum(List<Map<String, Long>> parts) {
        Map<String, Long> out = new HashMap<>();
        parts.forEach(p -> p.forEach((k, v) -> out.merge(k, v, Long::sum)));
        return out;
    }

    private void readsTheSame(AdminUnit now, List<AdminUnit> then) {
        for (Form form : List.of(Form.SUMMARY, Form.FLOWS)) {
            Map<String, Long> recorded = sum(
                    then.stream().map(u -> total(u, form, Structure.RECORDED)).toList());
            assertThat(recorded)
                    .as("%s %s has lists in 2024", form, now.fullName())
                    .containsKey("POOR|HH");
            assertThat(recorded.get("POOR|HH")).isPositive();
            assertThat(total(now, form, Structure.CURRENT))
                    .as("%s of %s for 2024 in today's units", form, now.fullName())
                    .isEqualTo(recorded);
        }
    }

    @Test
    void theDemosReportsOf2024GiveTheSameTotalsInTheOldUnitsAndInTodays() {
        AdminUnit thanhHoa = listed("2025", "38");
        assertThat(thanhHoa.id()).isEqualTo(listed("2024", "38").id());
        readsTheSame(thanhHoa, List.of(thanhHoa));

        AdminUnit quangNgai = listed("2025", "51");
        assertThat(predecessors(quangNgai))
                .extracting(AdminUnit::id)
                .contains(listed("2024", "62").id());
        readsTheSame(quangNgai, predecessors(quangNgai));

        AdminUnit lamSon = listed("2025", "15544");
        assertThat(predecessors(lamSon))
                .extracting(AdminUnit::id)
                .contains(listed("2024", "15547").id());
        readsTheSame(lamSon, predecessors(lamSon));
    }
}
