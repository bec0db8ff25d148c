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
import vn.giamngheo.support.GrantState;
import vn.giamngheo.support.ListedHousehold;
import vn.giamngheo.support.NewGrant;
import vn.giamngheo.support.SupportGrant;
import vn.giamngheo.support.SupportGrants;

/**
 * On the first start with the demo households (after their reviews are recognised, before the 2025
 * reform): support for the poor and near-poor households of Xuân Bái, Thọ Lâm and Đăk Kan —
 * electricity for the first two quarters of 2025, health-insurance cards for Xuân Bái's members in
 * 2025, new houses (one paid 70 %, one settled, one replaced by a higher provincial level) and
 * production support in 2024 — with the budgets they draw on, and one attempted double support
 * that was refused, so the pages show the rule. Every amount is illustrative (the tier-1 electricity
 * price and the base salary are not configured in the catalogue) and every decision says so.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoSupport implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoSupport.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private static final String DEMO = "Số liệu minh họa";
    private static final long ELECTRICITY_QUARTER = 184_000;
    private static final long INSURANCE_YEAR = 1_263_600;
    private final SupportGrants grants;
    private final Catalogue catalogue;
    private final Ledger ledger;
    private final AdminUnits units;
    private final boolean enabled;

    DemoSupport(
            SupportGrants grants,
            Catalogue catalogue,
            Ledger ledger,
            AdminUnits units,
            @Value("${giamngheo.demo-households:true}") boolean enabled) {
        this.grants = grants;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.units = units;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || commune("Xuân Bái").isEmpty() || loaded()) {
            return;
        }
        long started = System.nanoTime();
        int count = 0;
        for (String name : List.of("Xuân Bái", "Thọ Lâm", "Đăk Kan")) {
            Optional<AdminUnit> unit = commune(name);
            if (unit.isEmpty()) {
                continue;
            }
            count += commune(unit.get(), name.equals("Xuân Bái"));
        }
        log.info("Demo support: {} grants in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Whether the demo's grants are already there (a restart on the same data): any grant under any
     * root unit. Not a look into Xuân Bái: the 2025 reform retires it and its households (and their
     * grants) move to its successor, so a check there finds nothing on the second start.
     */
    boolean loaded() {
        return units.roots().stream()
                .anyMatch(root ->
                        !grants.inUnit(LOADER, root.id(), null, null, null, 1).isEmpty());
    }

    private int commune(AdminUnit unit, boolean insurance) {
        List<ListedHousehold> listed = grants.listed(LOADER, unit.id());
        SupportContent electricity = content("TIEN_DIEN");
        SupportContent cards = content("BHYT_HO_TRO");
        SupportContent house = content("NHA_XAY_MOI_DA5");
        SupportContent production = content("SAN_XUAT_NN_DA3");
        for (int year = 2024; year <= 2025; year++) {
            allocate(unit, electricity, year, FundingSource.CENTRAL_RECURRENT, 50_000_000);
            allocate(unit, cards, year, FundingSource.CENTRAL_RECURRENT, 300_000_000);
            allocate(unit, house, year, FundingSource.CENTRAL_RECURRENT, 200_000_000);
            allocate(unit, house, year, FundingSource.LOCAL_COUNTERPART, 100_000_000);
            allocate(unit, production, year, FundingSource.CENTRAL_RECURRENT, 100_000_000);
        }
        List<ListedHousehold> poor =
                listed.stream().filter(h -> h.householdClass().equals("POOR")).toList();
        List<ListedHousehold> nearPoor = listed.stream()
                .filter(h -> h.householdClass().equals("NEAR_POOR"))
                .toList();
        int count = 0;
        for (ListedHousehold h : poor) {
            for (int quarter = 0; quarter < 2; quarter++) {
                LocalDate from = LocalDate.of(2025, 1 + 3 * quarter, 1);
                count += approved(
                                        household(
                                                h.householdId(),
                                                electricity,
                                                "CENTRAL_RECURRENT",
                                                from,
                                                ELECTRICITY_QUARTER),
                                        "QĐ chi hỗ trợ tiền điện quý " + (quarter + 1) + "/2025 (" + DEMO + ")",
                                        from.plusDays(10))
                                .isPresent()
                        ? 1
                        : 0;
            }
        }
        if (insurance) {
            List<Long> ids = listed.stream().map(ListedHousehold::householdId).toList();
            for (NewGrant row : grants.rowsFor(
                    LOADER, ids, cards.id(), "CENTRAL_RECURRENT", LocalDate.of(2025, 1, 1), null, INSURANCE_YEAR)) {
                count += approved(row, "QĐ mua thẻ BHYT năm 2025 (" + DEMO + ")", LocalDate.of(2025, 1, 5))
                                .isPresent()
                        ? 1
                        : 0;
            }
        }
        // new houses: one paid 70 % at the foundation, one built and settled, one replaced by a higher level
        for (int i = 0; i < Math.min(3, poor.size()); i++) {
            ListedHousehold h = poor.get(i);
            Optional<SupportGrant> g = approved(
                    household(h.householdId(), house, "CENTRAL_RECURRENT", LocalDate.of(2024, 3, 1), 30_000_000L),
                    "QĐ hỗ trợ nhà ở DA5 (" + DEMO + ")",
                    LocalDate.of(2024, 3, 15));
            if (g.isEmpty()) {
                continue;
            }
            count++;
            SupportGrant paid = grants.pay(
                    LOADER,
                    g.get().id(),
                    1,
                    LocalDate.of(2024, 5, 2),
                    "Biên bản xong móng",
                    g.get().version());
            if (i == 1) {
                paid = grants.pay(
                        LOADER, paid.id(), 2, LocalDate.of(2024, 9, 20), "Biên bản hoàn thành", paid.version());
                grants.settle(LOADER, paid.id(), LocalDate.of(2024, 12, 15), paid.version());
            } else if (i == 2) {
                SupportGrant higher = grants.propose(
                        LOADER,
                        household(h.householdId(), house, "LOCAL_COUNTERPART", LocalDate.of(2024, 6, 1), 40_000_000L));
                grants.replace(
                        LOADER,
                        higher.id(),
                        paid.id(),
                        "Áp dụng mức hỗ trợ cao hơn theo nghị quyết của tỉnh (" + DEMO + ")",
                        "QĐ hỗ trợ nhà ở theo mức của tỉnh (" + DEMO + ")",
                        LocalDate.of(2024, 6, 10),
                        higher.version());
                count++;
            }
        }
        for (ListedHousehold h : nearPoor.subList(0, Math.min(5, nearPoor.size()))) {
            count += approved(
                                    household(
                                            h.householdId(),
                                            production,
                                            "CENTRAL_RECURRENT",
                                            LocalDate.of(2025, 2, 1),
                                            5_000_000L),
                                    "QĐ hỗ trợ giống, vật tư sản xuất 2025 (" + DEMO + ")",
                                    LocalDate.of(2025, 2, 20))
                            .isPresent()
                    ? 1
                    : 0;
        }
        // the rule at work: a second electricity support for the same quarter from the local budget
        if (!poor.isEmpty()) {
            SupportGrant twice = grants.propose(
                    LOADER,
                    household(
                            poor.get(0).householdId(),
                            electricity,
                            "LOCAL_COUNTERPART",
                            LocalDate.of(2025, 2, 1),
                            ELECTRICITY_QUARTER));
            try {
                grants.approve(
                        LOADER,
                        twice.id(),
                        "QĐ hỗ trợ tiền điện của xã (" + DEMO + ")",
                        LocalDate.of(2025, 2, 5),
                        twice.version());
            } catch (InvalidInput refused) {
                grants.refuse(
                        LOADER,
                        twice.id(),
                        "Trùng hỗ trợ tiền điện quý 1/2025 đã được phê duyệt; giữ hỗ trợ đã có",
                        twice.version());
            }
        }
        return count;
    }

    /** A proposal for a whole household (no member, no project, no end day: the content's period). */
    private static NewGrant household(long id, SupportContent c, String source, LocalDate from, long amount) {
        return new NewGrant(id, null, null, null, c.id(), source, null, from, null, amount, null);
    }

    private Optional<SupportGrant> approved(NewGrant row, String decision, LocalDate day) {
        try {
            SupportGrant g = grants.propose(LOADER, row);
            SupportGrant a = grants.approve(LOADER, g.id(), decision, day, g.version());
            return a.state() == GrantState.APPROVED ? Optional.of(a) : Optional.empty();
        } catch (InvalidInput e) {
            log.debug("demo support row skipped: {}", e.problems());
            return Optional.empty();
        }
    }

    private void allocate(AdminUnit unit, SupportContent c, int year, FundingSource source, long amount) {
        ledger.allocate(
                LOADER,
                new Posting(
                        unit.id(), year, c.componentId(), null, source, amount, LocalDate.of(year, 1, 2), DEMO, null));
    }

    private SupportContent content(String code) {
        return catalogue.contents().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private Optional<AdminUnit> commune(String name) {
        return units.search(name, "COMMUNE", 5).stream()
                .filter(u -> u.name().equals(name))
                .findFirst();
    }
}
