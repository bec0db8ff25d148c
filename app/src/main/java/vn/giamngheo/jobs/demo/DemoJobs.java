package vn.giamngheo.jobs.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.jobs.ContractType;
import vn.giamngheo.jobs.LabourStatus;
import vn.giamngheo.jobs.Matches;
import vn.giamngheo.jobs.ReferralStatus;
import vn.giamngheo.jobs.Referrals;
import vn.giamngheo.jobs.Vacancies;
import vn.giamngheo.jobs.Vacancy;
import vn.giamngheo.jobs.VacancyData;
import vn.giamngheo.jobs.Worker;
import vn.giamngheo.jobs.WorkerData;
import vn.giamngheo.jobs.Workers;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;

/**
 * On the first start with the demo households (after the reviews, order 20–40): the commuting data of
 * a few Thọ Xuân communes (approximate points, for the demo only), vacancies near Thọ Xuân, profiles
 * for the working-age members of some of Xuân Bái's poor households, and referrals at each step —
 * referred, interviewed, hired with its 3-month follow-up, trained, not taken.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoJobs implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoJobs.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private final Workers workers;
    private final Vacancies vacancies;
    private final Referrals referrals;
    private final Matches matches;
    private final AdminUnits units;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;
    private final TransactionTemplate transactions;

    DemoJobs(
            Workers workers,
            Vacancies vacancies,
            Referrals referrals,
            Matches matches,
            AdminUnits units,
            JdbcClient jdbc,
            Clock clock,
            PlatformTransactionManager transactionManager,
            @Value("${giamngheo.demo-households:true}") boolean enabled) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.workers = workers;
        this.vacancies = vacancies;
        this.referrals = referrals;
        this.matches = matches;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            transactions.executeWithoutResult(status -> load());
        } catch (RuntimeException e) {
            // the demo's job data is an extra: the application starts without it, nothing half loaded
            log.warn("Demo jobs not loaded: {}", e.toString());
        }
    }

    private void load() {
        boolean done = jdbc.sql("SELECT EXISTS (SELECT 1 FROM jobs_vacancy)")
                .query(Boolean.class)
                .single();
        if (!enabled || done || units.findByCode("15547").isEmpty()) {
            return;
        }
        List<Long> households = jdbc.sql("""
                        SELECT hr.id FROM household_register hr JOIN admin_unit u ON u.id = hr.unit_id
                        JOIN admin_unit c ON u.path LIKE c.path || '%' AND c.level = 'COMMUNE'
                        CROSS JOIN LATERAL review_current_lists(c.id) l
                        WHERE l.household_id = hr.id AND hr.code LIKE 'XB%' AND NOT hr.voided
                        ORDER BY l.household_class, hr.code LIMIT 6
                        """).query(Long.class).list();
        if (households.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        AdminUnit xuanBai = units.findByCode("15547").orElseThrow();
        AdminUnit home = units.get(commune(households.get(0)));
        commuting(xuanBai, home);
        List<Worker> profiles = new ArrayList<>();
        for (long h : households) {
            for (Workers.MemberChoice m : workers.members(LOADER, h)) {
                if (m.workingAge() && m.age() != null && m.age() < 60 && profiles.size() < 10) {
                    profiles.add(workers.create(
                            LOADER, completed(workers.prefill(LOADER, h, m.ord()), profiles.size(), today.getYear())));
                }
            }
        }
        List<Vacancy> open = vacanciesNearThoXuan(home, today);
        List<Worker> looking = profiles.stream()
                .filter(w -> w.data().labourStatus() != LabourStatus.INACTIVE)
                .toList();
        ReferralStatus[] steps = ReferralStatus.values();
        for (int i = 0; i < Math.min(steps.length, looking.size()); i++) {
            Worker w = looking.get(i);
            LocalDate referred = today.minusDays(130 - i * 10L);
            workers.recordConsent(LOADER, w.id(), referred.minusDays(2), "SIGNED", null);
            ReferralStatus target = steps[i];
            var r = referrals.refer(
                    LOADER,
                    new Referrals.NewReferral(
                            w.id(),
                            target == ReferralStatus.TRAINED
                                    ? null
                                    : open.get(i % open.size()).id(),
                            target == ReferralStatus.TRAINED
                                    ? "Lớp may công nghiệp 3 tháng (Trung tâm GDNN huyện)"
                                    : null,
                            referred,
                            "Cán bộ LĐ-TB&XH xã",
                            null));
            if (target == ReferralStatus.REFERRED) {
                continue;
            }
            if (target != ReferralStatus.TRAINED) {
                r = referrals.advance(
                        LOADER, r.id(), ReferralStatus.INTERVIEWED, referred.plusDays(5), null, null, r.version());
            }
            if (target == ReferralStatus.INTERVIEWED) {
                continue;
            }
            ContractType contract = target == ReferralStatus.HIRED ? ContractType.FIXED_TERM : null;
            r = referrals.advance(LOADER, r.id(), target, referred.plusDays(10), contract, null, r.version());
            if (target == ReferralStatus.HIRED) {
                referrals.followUp(
                        LOADER, r.id(), 3, referred.plusDays(10).plusMonths(3), true, ContractType.FIXED_TERM, null);
            }
        }
        log.info("Demo jobs: {} workers, {} vacancies, referrals at each step", profiles.size(), open.size());
    }

    /** What the survey does not ask, filled as an official would after talking to the member. */
    private static WorkerData completed(WorkerData d, int n, int year) {
        LabourStatus status = d.labourStatus() == null ? LabourStatus.UNEMPLOYED : d.labourStatus();
        if (status == LabourStatus.INACTIVE && n % 2 == 0) {
            status = LabourStatus.UNEMPLOYED;
        }
        List<List<String>> skills = List.of(List.of("may"), List.of("hàn", "xây dựng"), List.of(), List.of("lái xe"));
        return new WorkerData(
                d.householdId(),
                d.memberOrd(),
                d.fullName(),
                d.citizenId(),
                d.birthYear() == null ? year - 30 : d.birthYear(),
                d.sex(),
                d.ethnicity(),
                d.phone(),
                d.generalEducation(),
                d.qualification(),
                d.qualificationField(),
                status,
                status == LabourStatus.INACTIVE ? LabourStatus.InactiveReason.HOUSEWORK : null,
                status == LabourStatus.EMPLOYED ? "Làm ruộng" : null,
                status == LabourStatus.EMPLOYED ? d.employmentKind() : null,
                status == LabourStatus.EMPLOYED ? d.contractType() : null,
                status == LabourStatus.EMPLOYED ? "Xã Xuân Bái" : null,
                null,
                status == LabourStatus.UNEMPLOYED ? 4 + n : null,
                skills.get(n % skills.size()),
                n % 3 == 0 ? "Học nghề may công nghiệp" : null,
                status == LabourStatus.EMPLOYED ? "Việc làm ổn định có hợp đồng" : "Công nhân nhà máy gần nhà",
                true,
                n % 4 == 1,
                false,
                false);
    }

    /** Xuân Bái, its successor and neighbours with approximate points (demo only) and a 15 km commute. */
    private void commuting(AdminUnit xuanBai, AdminUnit home) {
        List<String[]> places = List.of(
                new String[] {"15547", "19.905", "105.405"},
                new String[] {"15556", "19.930", "105.375"},
                new String[] {"15541", "19.915", "105.425"},
                new String[] {"15499", "19.925", "105.355"});
        for (String[] p : places) {
            units.findByCode(p[0])
                    .filter(u -> "COMMUNE".equals(u.level()))
                    .ifPresent(u -> matches.setPlace(
                            LOADER, u.id(), Double.parseDouble(p[1]), Double.parseDouble(p[2]), new BigDecimal("15")));
        }
        if (home.id() != xuanBai.id() && "COMMUNE".equals(home.level())) {
            matches.setPlace(LOADER, home.id(), 19.905, 105.405, new BigDecimal("15"));
        }
        units.findByCode("15541")
                .filter(u -> "COMMUNE".equals(u.level()) && u.id() != home.id())
                .ifPresent(u -> matches.setNeighbours(LOADER, home.id(), u.id()));
    }

    private List<Vacancy> vacanciesNearThoXuan(AdminUnit owner, LocalDate today) {
        String here = owner.code();
        List<VacancyData> data = List.of(
                new VacancyData(
                        owner.id(),
                        "15556",
                        "Công ty TNHH May mặc Lam Sơn (minh họa)",
                        "0237 3834 000",
                        "Công nhân may công nghiệp",
                        "Cụm công nghiệp Lam Sơn, Thọ Xuân",
                        40,
                        List.of("may"),
                        6_000_000L,
                        8_500_000L,
                        ContractType.FIXED_TERM,
                        today.plusDays(45)),
                new VacancyData(
                        owner.id(),
                        "15541",
                        "Công ty CP Cơ khí Thọ Xuân (minh họa)",
                        null,
                        "Thợ hàn",
                        "Xã Thọ Lâm, Thọ Xuân",
                        6,
                        List.of("hàn"),
                        7_500_000L,
                        10_000_000L,
                        ContractType.INDEFINITE,
                        today.plusDays(30)),
                new VacancyData(
                        owner.id(),
                        here,
                        "Hợp tác xã Nông nghiệp Xuân Bái (minh họa)",
                        null,
                        "Lao động thu hoạch mía theo mùa vụ",
                        "Xã Xuân Bái",
                        25,
                        List.of(),
                        250_000L,
                        300_000L,
                        ContractType.UNDER_12_MONTHS,
                        today.plusDays(20)),
                new VacancyData(
                        owner.id(),
                        "15499",
                        "Công ty Giày da Thọ Xuân (minh họa)",
                        null,
                        "Công nhân giày da",
                        "Thị trấn Thọ Xuân",
                        60,
                        List.of(),
                        5_500_000L,
                        7_000_000L,
                        ContractType.FIXED_TERM,
                        today.plusDays(60)));
        List<Vacancy> out = new ArrayList<>();
        for (VacancyData d : data) {
            try {
                out.add(vacancies.create(LOADER, d));
            } catch (InvalidInput e) {
                // a place code retired by the reform: kept without its commune
                out.add(vacancies.create(
                        LOADER,
                        new VacancyData(
                                d.ownerUnitId(),
                                null,
                                d.employer(),
                                d.employerPhone(),
                                d.jobTitle(),
                                d.place(),
                                d.positions(),
                                d.skills(),
                                d.wageFrom(),
                                d.wageTo(),
                                d.contractType(),
                                d.closingDate())));
            }
        }
        return out;
    }

    private long commune(long householdId) {
        return jdbc.sql("""
                        SELECT c.id FROM household_register hr JOIN admin_unit u ON u.id = hr.unit_id
                        JOIN admin_unit c ON u.path LIKE c.path || '%' AND c.level = 'COMMUNE'
                        WHERE hr.id = :h ORDER BY length(c.path) DESC LIMIT 1
                        """).param("h", householdId).query(Long.class).single();
    }
}
