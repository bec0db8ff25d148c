package vn.giamngheo.credit;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;

/**
 * Policy credit pages: a commune's loans (past due first), one loan with its history and the form
 * of its next status, the entry form, the import of the bank's list, and the configured terms.
 */
@Controller
class LoanPages {
    private final Loans loans;
    private final AdminUnits units;
    private final CurrentUser currentUser;

    LoanPages(Loans loans, AdminUnits units, CurrentUser currentUser) {
        this.loans = loans;
        this.units = units;
        this.currentUser = currentUser;
    }

    @GetMapping("/loans")
    String list(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) LoanStatus status,
            @RequestParam(defaultValue = "false") boolean pastDue,
            Model model) {
        List<Loan> list = loans.list(currentUser.actor(), unitId, status, pastDue, 2000);
        model.addAttribute("loans", list);
        model.addAttribute("unit", unitId == null ? null : units.get(unitId));
        model.addAttribute("status", status);
        model.addAttribute("pastDue", pastDue);
        model.addAttribute("statuses", LoanStatus.values());
        model.addAttribute("pastDueCount", list.stream().filter(Loan::pastDue).count());
        model.addAttribute(
                "owed",
                list.stream()
                        .filter(l -> !l.status().closed())
                        .mapToLong(Loan::outstanding)
                        .sum());
        model.addAttribute(
                "owedPastDue",
                list.stream().filter(Loan::pastDue).mapToLong(Loan::outstanding).sum());
        return "credit/list";
    }

    @GetMapping("/loans/{id}")
    String view(@PathVariable long id, Model model) {
        return view(id, model, List.of());
    }

    private String view(long id, Model model, List<InvalidInput.Problem> problems) {
        var actor = currentUser.actor();
        Loan loan = loans.get(actor, id);
        model.addAttribute("loan", loan);
        model.addAttribute("history", loans.history(actor, id));
        model.addAttribute("terms", loans.terms(loan.program(), loan.disbursedOn()));
        model.addAttribute("programCheck", loans.programWarnings(actor, loan));
        model.addAttribute("next", loan.status().next());
        model.addAttribute("problems", problems);
        return "credit/loan";
    }

    @PostMapping("/loans/{id}/status")
    String changeStatus(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String statusOn,
            @RequestParam(required = false) String outstanding,
            @RequestParam(required = false) String note,
            @RequestParam int version,
            Model model) {
        List<InvalidInput.Problem> problems = new java.util.ArrayList<>();
        LoanStatus to = LoanText.choice(status, LoanStatus.class, loans::words, "status", problems);
        java.time.LocalDate on = LoanText.day(statusOn, "statusOn", problems);
        Long owed = outstanding == null || outstanding.isBlank()
                ? null
                : LoanText.amount(outstanding, "outstanding", problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            loans.changeStatus(currentUser.actor(), id, new Loans.StatusChange(to, on, owed, note), version);
            return "redirect:/loans/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("statusForm", new String[] {status, statusOn, outstanding, note});
            return view(id, model, e.problems());
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return view(id, model, List.of());
        }
    }

    @PostMapping("/loans/{id}/void")
    String voidLoan(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam int version,
            Model model) {
        try {
            Loan loan = loans.get(currentUser.actor(), id);
            loans.voidLoan(currentUser.actor(), id, reason, version);
            return "redirect:/households/" + loan.householdId();
        } catch (InvalidInput e) {
            return view(id, model, e.problems());
        }
    }

    @GetMapping("/loans/new")
    String newForm(@RequestParam(required = false) String householdCode, Model model) {
        LoanForm form = new LoanForm();
        form.setHouseholdCode(householdCode);
        return form(model, form, List.of());
    }

    @PostMapping("/loans/new")
    String create(@ModelAttribute("form") LoanForm form, Model model) {
        try {
            Loan loan = loans.create(currentUser.actor(), form.toDraft(loans::words), "PAGE");
            return "redirect:/loans/" + loan.id();
        } catch (InvalidInput e) {
            return form(model, form, e.problems());
        }
    }

    private String form(Model model, LoanForm form, List<InvalidInput.Problem> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("programs", LoanProgram.values());
        model.addAttribute("entrusters", Entruster.values());
        model.addAttribute(
                "terms",
                Arrays.stream(LoanProgram.values())
                        .map(p -> loans.terms(p, loans.today()))
                        .toList());
        return "credit/form";
    }

    @GetMapping("/loans/import")
    String importForm(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("unit", unitId == null ? null : units.get(unitId));
        model.addAttribute("columns", columns());
        return "credit/import";
    }

    @PostMapping("/loans/import")
    String importFile(
            @RequestParam long unitId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Model model)
            throws IOException {
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("columns", columns());
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.of("file", vn.giamngheo.shared.Message.of("credit.fileEmpty"));
            }
            model.addAttribute(
                    "report",
                    loans.importFile(currentUser.actor(), unitId, file.getOriginalFilename(), file.getBytes(), dryRun));
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
        }
        return "credit/import";
    }

    /** The file's columns for the page: field and whether it is required. */
    private static List<java.util.Map<String, Object>> columns() {
        return Arrays.stream(LoanColumns.values())
                .map(c -> java.util.Map.<String, Object>of("field", c.field, "required", c.required))
                .toList();
    }

    @GetMapping("/loans/terms")
    String terms(Model model) {
        model.addAttribute(
                "terms",
                Arrays.stream(LoanProgram.values())
                        .map(p -> loans.terms(p, loans.today()))
                        .toList());
        model.addAttribute("today", loans.today());
        return "credit/terms";
    }
}
