package vn.giamngheo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.NewAdminUnit;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.agency.AgencyKind;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.Ledger;
import vn.giamngheo.funding.Projects;
import vn.giamngheo.identity.NewUser;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.UserAccounts;
import vn.giamngheo.planning.Helpers;
import vn.giamngheo.planning.Plans;
import vn.giamngheo.planning.Targets;
import vn.giamngheo.shared.Actor;

/**
 * Loads the demo dataset once, on a database that has no units yet. Property {@code giamngheo.demo}
 * (default: true on the embedded database only). The demo accounts exist only here.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {
    static final String DEMO_PASSWORD = "giamngheo-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private final AdminUnits units;
    private final Agencies agencies;
    private final UserAccounts users;
    private final Targets targets;
    private final Helpers helpers;
    private final Plans plans;
    private final Catalogue catalogue;
    private final Ledger ledger;
    private final Projects projects;

    DemoDataLoader(
            AdminUnits units,
            Agencies agencies,
            UserAccounts users,
            Targets targets,
            Helpers helpers,
            Plans plans,
            Catalogue catalogue,
            Ledger ledger,
            Projects projects) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.projects = projects;
        this.units = units;
        this.agencies = agencies;
        this.users = users;
        this.targets = targets;
        this.helpers = helpers;
        this.plans = plans;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!units.roots().isEmpty()) {
            return;
        }
        log.info("Loading the demo dataset (first start)");
        List<AdminUnit> created = loadHierarchy();
        loadAgencies(created);
        DemoTargets.load(LOADER, created, targets, helpers);
        DemoPlans.load(LOADER, created, plans);
        DemoFunding.load(LOADER, created, catalogue, ledger, projects);
        AdminUnit xuanBai = created.stream()
                .filter(u -> u.name().equals("Xuân Bái") && u.level().equals("COMMUNE"))
                .findFirst()
                .orElseThrow();
        users.create(
                LOADER, new NewUser("admin", "Quản trị hệ thống", DEMO_PASSWORD, Set.of(Role.SYSTEM_ADMIN), List.of()));
        users.create(
                LOADER,
                new NewUser(
                        "xuanbai",
                        "Cán bộ giảm nghèo xã Xuân Bái",
                        DEMO_PASSWORD,
                        Set.of(Role.COMMUNE_OFFICIAL),
                        List.of(xuanBai.id())));
        DemoFieldReviewer.load(LOADER, units, users, xuanBai, DEMO_PASSWORD);
        log.info("Demo dataset loaded: {} units; accounts admin, xuanbai and ratsoatvien", created.size());
    }

    private List<AdminUnit> loadHierarchy() {
        List<DemoHierarchy.Entry> entries = DemoHierarchy.read("demo/hierarchy.txt");
        List<AdminUnit> created = new ArrayList<>();
        LocalDate from = null;
        for (DemoHierarchy.Entry e : entries) {
            Long parentId =
                    e.parentIndex() < 0 ? null : created.get(e.parentIndex()).id();
            created.add(
                    units.create(LOADER, new NewAdminUnit(parentId, e.code(), e.name(), e.kind(), e.level(), from)));
        }
        List<AdminUnit> villages = new ArrayList<>();
        for (AdminUnit commune : created) {
            if (!commune.level().equals("COMMUNE")) {
                continue;
            }
            String kind = "Thị trấn".equals(commune.kind()) ? "Khu phố" : "Thôn";
            for (int i = 1; i <= 3; i++) {
                villages.add(units.create(
                        LOADER, new NewAdminUnit(commune.id(), null, String.valueOf(i), kind, "VILLAGE", from)));
            }
        }
        created.addAll(villages);
        return created;
    }

    private void loadAgencies(List<AdminUnit> created) {
        for (DemoAgencies.Template t : DemoAgencies.read("demo/agencies.txt")) {
            for (AdminUnit unit : created) {
                boolean applies = unit.level().equals(t.level())
                        && (t.unitName() == null || unit.name().equals(t.unitName()));
                if (applies) {
                    agencies.create(
                            LOADER, unit.id(), AgencyKind.valueOf(t.kind()), t.name(), t.shortName(), t.aliases());
                }
            }
        }
    }
}
