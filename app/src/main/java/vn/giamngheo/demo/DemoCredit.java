package vn.giamngheo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamngheo.credit.Entruster;
import vn.giamngheo.credit.LoanDraft;
import vn.giamngheo.credit.LoanProgram;
import vn.giamngheo.credit.LoanStatus;
import vn.giamngheo.credit.Loans;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;

/**
 * On the first start with the demo households: policy loans of 2023–2025 for about half of the
 * demo communes' poor and near-poor households on the lists in force — production loans to poor and
 * near-poor households at their program's rate, some housing loans (QĐ 33/2015) and loans for work
 * abroad; most current, some repaid, some overdue, one written off — so the household page and the
 * commune's loan list (overdue first) show something on the first start. Amounts and groups are
 * generated (contract numbers "MH-…", minh họa); runs after the reviews and the reform (order 50).
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "giamngheo.demo", havingValue = "true")
class DemoCredit implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoCredit.class);
    private static final Actor LOADER = Actor.system("demo-loader");
    private static final String[] PURPOSES = {
        "Chăn nuôi bò sinh sản",
        "Chăn nuôi lợn",
        "Trồng keo, cây ăn quả",
        "Mua máy cày nhỏ",
        "Nuôi gà thả vườn",
        "Buôn bán nhỏ",
        "Trồng cà phê, mì"
    };
    private final Loans loans;
    private final JdbcClient jdbc;
    private final boolean enabled;

    DemoCredit(Loans loans, JdbcClient jdbc, @Value("${giamngheo.demo-households:true}") boolean enabled) {
        this.loans = loans;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    /** A listed household of a demo commune: its code, class and village. */
    private record Listed(String code, String householdClass, String village) {}

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !loans.list(LOADER, null, null, false, 1).isEmpty()) {
            return;
        }
        Map<String, Listed> listed = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT h.code, cl.household_class, lower(coalesce(v.kind, '')) || ' ' || v.name
                        FROM admin_unit c
                        CROSS JOIN LATERAL review_current_lists(c.id) cl
                        JOIN household_register h ON h.id = cl.household_id
                        JOIN admin_unit v ON v.id = h.unit_id
                        WHERE c.level = 'COMMUNE' AND cl.household_class IN ('POOR', 'NEAR_POOR') AND NOT h.voided
                        ORDER BY h.code
                        """)
                .query((rs, n) -> new Listed(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(l -> listed.putIfAbsent(l.code(), l));
        Random random = new Random(2025);
        int count = 0;
        boolean writtenOff = false;
        for (Listed h : listed.values()) {
            if (random.nextInt(100) >= 50) {
                continue;
            }
            LoanDraft d = draft(h, random, ++count, !writtenOff);
            try {
                loans.create(LOADER, d, "DEMO");
                writtenOff |= d.status() == LoanStatus.WRITTEN_OFF;
            } catch (InvalidInput e) {
                // a generated loan the configured terms refuse is left out, as the pages would refuse it
                log.warn("Demo loan for {} left out: {}", h.code(), e.getMessage());
            }
        }
        log.info("Demo: {} policy loans for {} listed poor and near-poor households", count, listed.size());
    }

    private static LoanDraft draft(Listed h, Random random, int n, boolean mayWriteOff) {
        boolean poor = h.householdClass().equals("POOR");
        int kind = random.nextInt(10);
        LoanProgram program = poor
                ? (kind == 0 ? LoanProgram.HOUSING : kind == 1 ? LoanProgram.WORK_ABROAD : LoanProgram.POOR)
                : LoanProgram.NEAR_POOR;
        long amount;
        int term;
        BigDecimal rate;
        String purpose;
        switch (program) {
            case HOUSING -> {
                amount = 25_000_000;
                term = 180;
                rate = new BigDecimal("3");
                purpose = "Xây mới nhà ở";
            }
            case WORK_ABROAD -> {
                amount = 60_000_000 + 10_000_000L * random.nextInt(5);
                term = 36;
                rate = new BigDecimal("6.6");
                purpose = "Chi phí đi làm việc ở nước ngoài theo hợp đồng";
            }
            case NEAR_POOR -> {
                amount = 20_000_000 + 10_000_000L * random.nextInt(6);
                term = 36 + 12 * random.nextInt(3);
                rate = new BigDecimal("7.92");
                purpose = PURPOSES[random.nextInt(PURPOSES.length)];
            }
            default -> {
                amount = 30_000_000 + 10_000_000L * random.nextInt(8);
                term = 24 + 12 * random.nextInt(4);
                rate = new BigDecimal("6.6");
                purpose = PURPOSES[random.nextInt(PURPOSES.length)];
            }
        }
        LocalDate disbursed = LocalDate.of(2023, 1, 10).plusDays(random.nextInt(3 * 365));
        Entruster entruster = Entruster.values()[random.nextInt(Entruster.values().length)];
        String group = "Tổ TK&VV " + h.village() + " – " + GROUP_OF.get(entruster);
        LocalDate due = disbursed.plusMonths(term);
        int fate = random.nextInt(20);
        LoanStatus status = LoanStatus.CURRENT;
        LocalDate statusOn = disbursed;
        long owed = amount;
        if (due.isBefore(LocalDate.of(2026, 6, 30)) && fate < 14) {
            status = LoanStatus.REPAID;
            statusOn = due.minusDays(random.nextInt(20));
            owed = 0;
        } else if (fate == 19 && mayWriteOff && program == LoanProgram.POOR) {
            status = LoanStatus.WRITTEN_OFF;
            statusOn = disbursed.plusMonths(6);
            owed = amount / 2;
        } else if (fate >= 16) {
            status = LoanStatus.OVERDUE;
            statusOn = disbursed.plusMonths(6);
            owed = amount - amount / 4;
        }
        return new LoanDraft(
                h.code(),
                "MH-" + String.format("%05d", n),
                program,
                amount,
                purpose,
                term,
                rate,
                entruster,
                group,
                disbursed,
                status,
                statusOn,
                owed);
    }

    private static final Map<Entruster, String> GROUP_OF = Map.of(
            Entruster.FARMERS, "Hội Nông dân",
            Entruster.WOMEN, "Hội Phụ nữ",
            Entruster.VETERANS, "Hội Cựu chiến binh",
            Entruster.YOUTH, "Đoàn Thanh niên");
}
