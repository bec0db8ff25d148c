package vn.giamngheo.demo;

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
import vn.giamngheo.adminunit.ReformImport;
import vn.giamngheo.identity.UserAccount;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.shared.Actor;

/**
 * After the 2023–2024 reviews (order 20), applies the 1 July 2025 reform to the demo's places from
 * the official succession (adminunit.ReformImport, scope PRESENT): Thọ Xuân's 30 communes and towns
 * into their 8 new communes (NQ 1686/NQ-UBTVQH15), Ngọc Hồi's 8 into Bờ Y, Dục Nông and Sa Loong of
 * Quảng Ngãi (NQ 1677/NQ-UBTVQH15), Cẩm Châu into Cẩm Vân, the districts ended. Then, as the demo
 * administrator would confirm it, the Xuân Bái official works for Xã Lam Sơn, its successor. Off
 * with {@code giamngheo.demo-reform=false} (the tests' shared base keeps the old structure).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoReform implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoReform.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private final ReformImport reform;
    private final AdminUnits units;
    private final UserAccounts users;
    private final boolean enabled;

    DemoReform(
            ReformImport reform,
            AdminUnits units,
            UserAccounts users,
            @Value("${giamngheo.demo-reform:true}") boolean enabled) {
        this.reform = reform;
        this.units = units;
        this.users = users;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        AdminUnit xuanBai = units.findByCode(DemoPlaces.XUAN_BAI).orElse(null);
        if (!enabled || xuanBai == null || xuanBai.retired()) {
            return;
        }
        ReformImport.Report report = reform.run(LOADER, ReformImport.Scope.PRESENT, false);
        log.info(
                "Demo: the 1 July 2025 reform applied: {} units created, {} retired, {} villages and {} households moved",
                report.newCreated(),
                report.retired(),
                report.villagesMoved(),
                report.householdsMoved());
        List<Long> next = units.successorIds(xuanBai.id());
        if (next.size() != 1) {
            return;
        }
        for (UserAccount user : users.list(LOADER)) {
            if (user.jurisdictionUnitIds().equals(List.of(xuanBai.id()))) {
                users.update(
                        LOADER,
                        user.id(),
                        user.fullName(),
                        user.enabled(),
                        user.roles(),
                        List.of(next.get(0)),
                        user.version());
            }
        }
    }
}
