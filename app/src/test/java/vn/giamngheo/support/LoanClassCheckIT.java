package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamngheo.credit.Entruster;
import vn.giamngheo.credit.Loan;
import vn.giamngheo.credit.LoanDraft;
import vn.giamngheo.credit.LoanProgram;
import vn.giamngheo.credit.LoanStatus;
import vn.giamngheo.credit.Loans;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Wording;
import vn.giamngheo.standard.HouseholdClass;

/**
 * Policy credit against the recognised lists (the support fixtures give households on the 2024
 * lists): a program that needs a class refuses another class, a program whose borrowers our notes
 * do not name warns, and two imports of one file at once store each contract once.
 */
class LoanClassCheckIT extends SupportFixtures {
    @Autowired
    Loans loans;

    @Autowired
    Wording wording;

    @Test
    void aProgramNeedsItsClassOnTheListsOfTheDisbursementYearAndWarnsWhereTheNotesAreSilent() {
        Place p = place(1, Map.of("P", HouseholdClass.POOR, "N", HouseholdClass.NEAR_POOR));
        String poor = code(p.id("P"));
        String near = code(p.id("N"));
        InvalidInput refused = catchThrowableOfType(
                InvalidInput.class,
                () -> loans.create(SYSTEM, draft(near, LoanProgram.POOR, LocalDate.of(2024, 3, 1), "6.6"), "PAGE"));
        assertThat(refused.problems())
                .extracting(x -> x.field() + ":" + x.code())
                .containsExactly("program:credit.programNeedsClass");
        assertThat(wording.problem(refused.problems().get(0), Locale.forLanguageTag("vi")))
                .contains("hộ nghèo", "hộ cận nghèo", "2024");
        InvalidInput stillPoor = catchThrowableOfType(
                InvalidInput.class,
                () -> loans.create(SYSTEM, draft(poor, LoanProgram.ESCAPED, LocalDate.of(2024, 3, 1), "6.6"), "PAGE"));
        assertThat(stillPoor.problems()).extracting(x -> x.code()).containsExactly("credit.escapedStillListed");

        Loan ok = loans.create(SYSTEM, draft(poor, LoanProgram.POOR, LocalDate.of(2024, 3, 1), "6.6"), "PAGE");
        assertThat(loans.programWarnings(SYSTEM, ok)).isEmpty();
        Loan student = loans.create(SYSTEM, draft(near, LoanProgram.STUDENT, LocalDate.of(2024, 3, 1), "6.6"), "PAGE");
        assertThat(loans.programWarnings(SYSTEM, student))
                .extracting(x -> x.code())
                .containsExactly("credit.warnWhoNotFound");
        // 2022: the commune had no recognised list in force yet, the class is unknown: a warning, not a refusal
        Loan early = loans.create(SYSTEM, draft(near, LoanProgram.POOR, LocalDate.of(2022, 5, 1), "6.6"), "PAGE");
        assertThat(loans.programWarnings(SYSTEM, early))
                .extracting(x -> x.code())
                .containsExactly("credit.warnNoLists");
    }

    @Test
    void twoImportsOfOneFileAtOnceStoreEachContractOnceAndTheSecondReportsThemAsStored() throws Exception {
        Place p = place(1, Map.of("P", HouseholdClass.POOR, "N", HouseholdClass.NEAR_POOR));
        String poor = code(p.id("P"));
        String near = code(p.id("N"));
        String tag = poor.substring(1);
        String csv = "Số khế ước;Mã hộ;Chương trình;Số tiền vay;Mục đích;Thời hạn (tháng);Lãi suất (%/năm);"
                + "Hội đoàn thể;Tổ tiết kiệm và vay vốn;Ngày giải ngân\n"
                + "KU1-" + tag + ";" + poor + ";Hộ nghèo;50.000.000;Nuôi bò;60;6,6;Hội Nông dân;Tổ 1;15/03/2024\n"
                + "KU2-" + tag + ";" + near + ";Hộ cận nghèo;30.000.000;Trồng keo;36;7,92;Hội Phụ nữ;Tổ 2;01/04/2024\n"
                + "KU3-" + tag + ";" + poor + ";Nhà ở hộ nghèo;25.000.000;Làm nhà;120;3;Hội Nông dân;Tổ 1;10/05/2024\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Loans.ImportReport>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return loans.importFile(SYSTEM, p.commune().id(), "ds.csv", file, false);
                }));
            }
            List<Loans.ImportReport> reports = new ArrayList<>();
            for (Future<Loans.ImportReport> f : runs) {
                reports.add(f.get());
            }
            assertThat(reports).extracting(Loans.ImportReport::created).containsExactlyInAnyOrder(3, 0);
            Loans.ImportReport second =
                    reports.stream().filter(r -> r.created() == 0).findFirst().orElseThrow();
            assertThat(second.unchanged()).isEqualTo(3);
            assertThat(second.alreadyStored())
                    .hasSize(3)
                    .allSatisfy(x -> assertThat(wording.problem(x, Locale.forLanguageTag("vi")))
                            .contains("đã có trong hệ thống"));
            assertThat(second.alreadyStored()).extracting(x -> x.line()).containsExactly(2, 3, 4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT contract_no FROM credit_loan WHERE contract_no LIKE :t ORDER BY contract_no")
                        .param("t", "KU%-" + tag)
                        .query(String.class)
                        .list())
                .containsExactly("KU1-" + tag, "KU2-" + tag, "KU3-" + tag);
    }

    private String code(long household) {
        return jdbc.sql("SELECT code FROM household_register WHERE id = :h")
                .param("h", household)
                .query(String.class)
                .single();
    }

    static LoanDraft draft(String code, LoanProgram program, LocalDate on, String rate) {
        return new LoanDraft(
                code,
                null,
                program,
                20_000_000,
                "Nuôi lợn",
                36,
                new BigDecimal(rate),
                Entruster.FARMERS,
                "Tổ TK&VV thôn 1",
                on,
                LoanStatus.CURRENT,
                on,
                20_000_000);
    }
}
