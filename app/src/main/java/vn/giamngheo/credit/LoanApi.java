package vn.giamngheo.credit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.InvalidInput.Problem;

@RestController
@RequestMapping("/api/v1/loans")
@Tag(
        name = "Policy credit",
        description = "Loans of the Bank for Social Policies to households: entered, imported from the bank's"
                + " export, their status with its history, checked against the configured loan terms")
class LoanApi {
    private final Loans loans;
    private final CurrentUser currentUser;
    private final org.springframework.context.MessageSource messages;
    private final vn.giamngheo.adminunit.AdminUnits units;

    LoanApi(
            Loans loans,
            CurrentUser currentUser,
            org.springframework.context.MessageSource messages,
            vn.giamngheo.adminunit.AdminUnits units) {
        this.loans = loans;
        this.currentUser = currentUser;
        this.messages = messages;
        this.units = units;
    }

    @GetMapping("/xlsx")
    @Operation(
            summary = "The loans of a unit's households in reach as an Excel workbook (past due first), an audited"
                    + " export; status: CURRENT, OVERDUE, REPAID, WRITTEN_OFF")
    org.springframework.http.ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) LoanStatus status,
            @RequestParam(defaultValue = "false") boolean pastDue) {
        var actor = currentUser.actor();
        List<Loan> list = loans.list(actor, unitId, status, pastDue, 5000);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String title = messages.getMessage("credit.list.title", null, locale)
                + (unitId == null ? "" : " – " + units.get(unitId).fullName());
        byte[] body = LoanListFile.xlsx(title, list, k -> messages.getMessage(k, null, k, locale));
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"vay-von" + (unitId == null ? "" : "-" + unitId) + ".xlsx\"")
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }

    @GetMapping
    @Operation(
            summary = "Loans of the households in reach (of a unit's households, or of one household), past due"
                    + " first; status: CURRENT, OVERDUE, REPAID, WRITTEN_OFF")
    List<Loan> list(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long householdId,
            @RequestParam(required = false) LoanStatus status,
            @RequestParam(defaultValue = "false") boolean pastDue,
            @RequestParam(defaultValue = "500") int limit) {
        var actor = currentUser.actor();
        if (householdId != null) {
            return loans.ofHousehold(actor, householdId).stream()
                    .filter(l -> status == null || l.status() == status)
                    .filter(l -> !pastDue || l.pastDue())
                    .toList();
        }
        return loans.list(actor, unitId, status, pastDue, limit);
    }

    /** A loan with its status history and the terms of its program on its disbursement day. */
    record LoanDetail(Loan loan, List<LoanEvent> history, LoanTerms terms, List<Problem> programCheck) {}

    @GetMapping("/{id}")
    @Operation(summary = "One loan inside the reader's jurisdiction, with its status history and its program's terms")
    LoanDetail get(@PathVariable long id) {
        var actor = currentUser.actor();
        Loan loan = loans.get(actor, id);
        return new LoanDetail(
                loan,
                loans.history(actor, id),
                loans.terms(loan.program(), loan.disbursedOn()),
                loans.programWarnings(actor, loan));
    }

    @GetMapping("/terms")
    @Operation(
            summary = "The configured terms (rate, ceiling, longest term) of every lending program on a day;"
                    + " a term the norms do not give is null (not configured)")
    List<LoanTerms> terms(@RequestParam(required = false) LocalDate day) {
        LocalDate on = day == null ? loans.today() : day;
        return Arrays.stream(LoanProgram.values()).map(p -> loans.terms(p, on)).toList();
    }

    /**
     * A loan as sent: {@code amount} and {@code outstanding} whole đồng; {@code rate} percent a year;
     * {@code program} POOR, NEAR_POOR, ESCAPED, HOUSING, WORK_ABROAD, STUDENT, CLEAN_WATER, OTHER;
     * {@code entruster} FARMERS, WOMEN, VETERANS, YOUTH; status, its day and the amount owed are optional
     * (current since the disbursement, owing the whole amount).
     */
    record LoanRequest(
            String householdCode,
            String contractNo,
            String program,
            BigDecimal amount,
            String purpose,
            Integer termMonths,
            BigDecimal rate,
            String entruster,
            String savingsGroup,
            LocalDate disbursedOn,
            String status,
            LocalDate statusOn,
            BigDecimal outstanding) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Enter a loan for a household in reach; 400 with Vietnamese problems naming the field for an"
                            + " unknown household, an amount over the program's ceiling, a rate above its rate, a term too long")
    Loan create(@RequestBody LoanRequest r) {
        List<Problem> problems = new ArrayList<>();
        LoanProgram program = LoanText.choice(r.program(), LoanProgram.class, loans::words, "program", problems);
        Entruster entruster = LoanText.choice(r.entruster(), Entruster.class, loans::words, "entruster", problems);
        LoanStatus status = r.status() == null || r.status().isBlank()
                ? LoanStatus.CURRENT
                : LoanText.choice(r.status(), LoanStatus.class, loans::words, "status", problems);
        Long amount = whole(r.amount(), "amount", problems);
        Long owed = r.outstanding() == null
                ? (status == LoanStatus.REPAID ? Long.valueOf(0) : amount)
                : whole(r.outstanding(), "outstanding", problems);
        if (r.termMonths() == null) {
            problems.add(Problem.of("termMonths", "credit.required"));
        }
        if (r.rate() == null) {
            problems.add(Problem.of("rate", "credit.required"));
        }
        if (r.disbursedOn() == null) {
            problems.add(Problem.of("disbursedOn", "credit.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return loans.create(
                currentUser.actor(),
                new LoanDraft(
                        r.householdCode() == null ? null : r.householdCode().trim(),
                        r.contractNo(),
                        program,
                        amount,
                        r.purpose(),
                        r.termMonths(),
                        r.rate(),
                        entruster,
                        r.savingsGroup(),
                        r.disbursedOn(),
                        status,
                        r.statusOn() == null ? r.disbursedOn() : r.statusOn(),
                        owed),
                "API");
    }

    private static Long whole(BigDecimal value, String field, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(field, "credit.required"));
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            problems.add(Problem.of(field, "credit.notAmount", value.toPlainString()));
            return null;
        }
    }

    /** A new status as the bank lists it, from the loan's version the writer read. */
    record StatusRequest(String status, LocalDate statusOn, BigDecimal outstanding, String note, Integer version) {}

    @PostMapping("/{id}/status")
    @Operation(
            summary = "Record a loan's new status (overdue, repaid, written off, current again) with the amount"
                    + " still owed; 409 when the loan changed since it was read")
    Loan changeStatus(@PathVariable long id, @RequestBody StatusRequest r) {
        List<Problem> problems = new ArrayList<>();
        LoanStatus status = LoanText.choice(r.status(), LoanStatus.class, loans::words, "status", problems);
        Long owed = r.outstanding() == null ? null : whole(r.outstanding(), "outstanding", problems);
        if (r.version() == null) {
            problems.add(Problem.of("version", "credit.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return loans.changeStatus(
                currentUser.actor(), id, new Loans.StatusChange(status, r.statusOn(), owed, r.note()), r.version());
    }

    record VoidRequest(String reason, Integer version) {}

    @PostMapping("/{id}/void")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Void a loan entered by mistake, with the reason; it stays in the audit trail")
    void voidLoan(@PathVariable long id, @RequestBody VoidRequest r) {
        if (r.version() == null) {
            throw InvalidInput.of("version", vn.giamngheo.shared.Message.of("credit.required"));
        }
        loans.voidLoan(currentUser.actor(), id, r.reason(), r.version());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import the bank's loan list of a commune (part \"file\": CSV or XLSX, docs/credit-import.md);"
                    + " every bad line named with its field, nothing stored if one is bad; dryRun only reports")
    Loans.ImportReport importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam long unitId,
            @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        return loans.importFile(currentUser.actor(), unitId, file.getOriginalFilename(), file.getBytes(), dryRun);
    }
}
