package vn.giamngheo.demo;

import java.time.LocalDate;
import java.util.List;
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
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.support.EntitlementListReads;
import vn.giamngheo.support.EntitlementLists;

/**
 * Entitlement lists on the first start, after the demo grants (DemoSupport): the 2025 health-insurance
 * lists of two demo communes, the third quarter's electricity list of Xuân Bái, and Xuân Bái's 2025
 * health-insurance list, which leaves out every member already holding a card from the individual
 * grants, so the list page shows who is left out and by which decision. Amounts are given, as an
 * official would (the base salary and the tier-1 price are not configured); decisions say they are
 * illustrative.
 */
@Component
@Order(27)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoEntitlementLists implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoEntitlementLists.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private static final String DEMO = "Số liệu minh họa";
    private final EntitlementLists lists;
    private final EntitlementListReads reads;
    private final Catalogue catalogue;
    private final AdminUnits units;
    private final boolean enabled;

    DemoEntitlementLists(
            EntitlementLists lists,
            EntitlementListReads reads,
            Catalogue catalogue,
            AdminUnits units,
            @Value("${giamngheo.demo-households:true}") boolean enabled) {
        this.lists = lists;
        this.reads = reads;
        this.catalogue = catalogue;
        this.units = units;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        AdminUnit xuanBai = commune("Xuân Bái");
        if (!enabled || xuanBai == null || !reads.ofUnit(LOADER, xuanBai.id()).isEmpty()) {
            return;
        }
        SupportContent cards = content("BHYT_HO_TRO");
        SupportContent electricity = content("TIEN_DIEN");
        int lists = 0;
        for (String name : List.of("Xuân Bái", "Thọ Lâm", "Đăk Kan")) {
            AdminUnit unit = commune(name);
            if (unit == null) {
                continue;
            }
            lists += build(unit, cards, LocalDate.of(2025, 1, 1), 1_263_600L, 884_520L, "thẻ BHYT năm 2025") ? 1 : 0;
        }
        lists += build(xuanBai, electricity, LocalDate.of(2025, 7, 1), 184_000L, null, "tiền điện quý 3/2025") ? 1 : 0;
        log.info("Demo entitlement lists: {}", lists);
    }

    private boolean build(AdminUnit unit, SupportContent c, LocalDate on, Long poor, Long near, String what) {
        try {
            lists.build(
                    LOADER,
                    new EntitlementLists.Request(
                            unit.id(),
                            c.id(),
                            on,
                            "CENTRAL_RECURRENT",
                            poor,
                            near,
                            "QĐ danh sách " + what + " (" + DEMO + ")",
                            on.plusDays(5)));
            return true;
        } catch (InvalidInput e) {
            // a list the ledger or the rules refuse is left out, as the page would refuse it
            log.warn("Demo list {} of {} left out: {}", what, unit.name(), e.getMessage());
            return false;
        }
    }

    private SupportContent content(String code) {
        return catalogue.contents().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private AdminUnit commune(String name) {
        return units.search(name, "COMMUNE", 5).stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
