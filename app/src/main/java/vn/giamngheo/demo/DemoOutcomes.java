package vn.giamngheo.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.Ledger;
import vn.giamngheo.funding.Posting;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.support.NewGrant;
import vn.giamngheo.support.SupportGrant;
import vn.giamngheo.support.SupportGrants;

/**
 * On the first start with the demo households, after {@link DemoSupport} and before the 2025 reform:
 * livelihood-model support (sub-project 2) in 2024, paid in full, to poor and near-poor households of
 * the 2024 lists of four communes — some of which the 2024 periodic review found above the near-poor
 * line and some not — so the outcomes page shows households that escaped within a year, with what
 * they cost, beside those that did not. Amounts are illustrative and every decision says so.
 */
@Component
@Order(28)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoOutcomes implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoOutcomes.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private static final String DEMO = "Số liệu minh họa";
    private static final int EACH = 6;
    private final SupportGrants grants;
    private final Catalogue catalogue;
    private final Ledger ledger;
    private final AdminUnits units;
    private final JdbcClient jdbc;
    private final boolean enabled;

    DemoOutcomes(
            SupportGrants grants,
            Catalogue catalogue,
            Ledger ledger,
            AdminUnits units,
            JdbcClient jdbc,
            @Value("${giamngheo.demo-households:true}") boolean enabled) {
        this.grants = grants;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.units = units;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    /**
     * Whether a grant of the model content exists under any root (a restart): not a look into Xuân
     * Bái, which the 2025 reform retires, its households' grants going with them to its successor
     * (decision 1150).
     */
    private boolean loaded(SupportContent model) {
        return units.roots().stream()
                .anyMatch(root -> !grants.inUnit(LOADER, root.id(), model.id(), null, null, 1)
                        .isEmpty());
    }

    @Override
    public void run(ApplicationArguments args) {
        SupportContent model = catalogue.contents().stream()
                .filter(c -> c.code().equals("MO_HINH_DA2"))
                .findFirst()
                .orElse(null);
        Optional<AdminUnit> xuanBai = commune("Xuân Bái");
        if (!enabled || model == null || xuanBai.isEmpty() || loaded(model)) {
            return;
        }
        int count = 0;
        for (String name : List.of("Xuân Bái", "Thọ Lâm", "Đăk Kan", "Đăk Ang")) {
            Optional<AdminUnit> unit = commune(name);
            if (unit.isPresent()) {
                count += commune(unit.get(), model);
            }
        }
        log.info("Demo outcomes: {} livelihood grants of 2024", count);
    }

    private int commune(AdminUnit unit, SupportContent model) {
        ledger.allocate(
                LOADER,
                new Posting(
                        unit.id(),
                        2024,
                        model.componentId(),
                        null,
                        FundingSource.CENTRAL_RECURRENT,
                        300_000_000,
                        LocalDate.of(2024, 1, 2),
                        DEMO,
                        null));
        // households on the 2024 lists, those the 2024 review found above the near-poor line first
        List<long[]> chosen = jdbc.sql("""
                        WITH y AS (
                            SELECT f.household_id, f.list_year, f.household_class
                            FROM review_households_in_force(ARRAY[CAST(:unit AS bigint)], ARRAY[2024, 2025]) f),
                        ranked AS (
                            SELECT a.household_id,
                                   CASE WHEN b.household_class IN ('MIDDLE', 'NOT_POOR') THEN 1 ELSE 0 END AS escaped,
                                   row_number() OVER (
                                       PARTITION BY b.household_class IN ('MIDDLE', 'NOT_POOR') ORDER BY a.household_id) AS n
                            FROM y a JOIN y b ON b.household_id = a.household_id AND b.list_year = 2025
                            JOIN household_register h ON h.id = a.household_id AND NOT h.voided
                            WHERE a.list_year = 2024 AND a.household_class IN ('POOR', 'NEAR_POOR'))
                        SELECT household_id, escaped FROM ranked WHERE n <= :each ORDER BY escaped DESC, household_id
                        """)
                .param("unit", unit.id())
                .param("each", EACH)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        int count = 0;
        for (long[] h : chosen) {
            long amount = 8_000_000 + (h[0] % 5) * 1_000_000;
            try {
                SupportGrant g = grants.propose(
                        LOADER,
                        new NewGrant(
                                h[0],
                                null,
                                null,
                                null,
                                model.id(),
                                "CENTRAL_RECURRENT",
                                null,
                                LocalDate.of(2024, 4, 1),
                                LocalDate.of(2024, 12, 31),
                                amount,
                                null));
                g = grants.approve(
                        LOADER,
                        g.id(),
                        "QĐ hỗ trợ mô hình sinh kế 2024 (" + DEMO + ")",
                        LocalDate.of(2024, 4, 5),
                        g.version());
                grants.pay(LOADER, g.id(), 1, LocalDate.of(2024, 5, 10), "Phiếu chi (" + DEMO + ")", g.version());
                count++;
            } catch (InvalidInput e) {
                log.debug("demo outcome row skipped: {}", e.problems());
            }
        }
        return count;
    }

    private Optional<AdminUnit> commune(String name) {
        return units.search(name, "COMMUNE", 5).stream()
                .filter(u -> u.name().equals(name))
                .findFirst();
    }
}
