package vn.giamngheo.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/** The catalogue and norms browser, a unit's budget page with its entry form, and a project page. */
@Controller
class FundingPages {
    private final Catalogue catalogue;
    private final Ledger ledger;
    private final Projects projects;
    private final AdminUnits units;
    private final CurrentUser currentUser;
    private final Clock clock;

    FundingPages(
            Catalogue catalogue,
            Ledger ledger,
            Projects projects,
            AdminUnits units,
            CurrentUser currentUser,
            Clock clock) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.projects = projects;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/funding")
    String catalogue(Model model) {
        Map<Program, List<Component>> programs = new LinkedHashMap<>();
        catalogue.programs().forEach(p -> programs.put(p, catalogue.components(p.id())));
        model.addAttribute("programs", programs);
        model.addAttribute("contents", catalogue.contents());
        model.addAttribute("unitId", defaultUnit().orElse(null));
        return "funding/catalogue";
    }

    @GetMapping("/funding/norms")
    String norms(@RequestParam(required = false) LocalDate on, Model model) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        model.addAttribute("on", day);
        model.addAttribute("norms", catalogue.norms(day, false));
        model.addAttribute("refs", catalogue.referenceValues());
        return "funding/norms";
    }

    @GetMapping("/funding/budget")
    String budget(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) LocalDate asOf,
            Model model) {
        long id = unitId != null
                ? unitId
                : defaultUnit().orElseThrow(() -> new vn.giamngheo.shared.NotFound("AdminUnit", 0));
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        fill(model, id, y, asOf);
        model.addAttribute("form", new EntryForm("DISBURSEMENT", null, null, null, "", LocalDate.now(clock), "", null));
        return "funding/budget";
    }

    /** The entry form as typed: amount as text so "1.500.000" and mistakes come back worded. */
    record EntryForm(
            String kind,
            Long componentId,
            Long contentId,
            FundingSource source,
            String amount,
            LocalDate entryDate,
            String document,
            Long toUnitId) {}

    @PostMapping("/funding/budget")
    String post(@RequestParam long unitId, @RequestParam int year, EntryForm form, Model model) {
        var actor = currentUser.actor();
        try {
            List<InvalidInput.Problem> problems = new ArrayList<>();
            long amount = 0;
            try {
                amount = Amounts.parse("amount", form.amount());
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            }
            if (form.componentId() == null) {
                problems.add(InvalidInput.Problem.of("componentId", "funding.required"));
            }
            if (form.source() == null) {
                problems.add(InvalidInput.Problem.of("source", "funding.required"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            LocalDate day = form.entryDate() == null ? LocalDate.now(clock) : form.entryDate();
            Posting p = new Posting(
                    unitId,
                    year,
                    form.componentId(),
                    form.contentId(),
                    form.source(),
                    amount,
                    day,
                    form.document(),
                    null);
            switch (form.kind() == null ? "" : form.kind()) {
                case "ALLOCATION" -> ledger.allocate(actor, p);
                case "COMMITMENT" -> ledger.commit(actor, p);
                case "DISBURSEMENT" -> ledger.disburse(actor, p);
                case "SETTLEMENT" -> ledger.settle(actor, p);
                case "CARRY_OVER" -> ledger.carryOver(actor, p);
                case "TRANSFER" -> {
                    if (form.toUnitId() == null) {
                        throw InvalidInput.of("toUnitId", Message.of("funding.required"));
                    }
                    ledger.transfer(actor, p, form.toUnitId());
                }
                default -> throw InvalidInput.of("kind", Message.of("funding.entryKind", form.kind()));
            }
        } catch (InvalidInput e) {
            fill(model, unitId, year, null);
            model.addAttribute("form", form);
            model.addAttribute("problems", e.problems());
            return "funding/budget";
        }
        return "redirect:/funding/budget?unitId=" + unitId + "&year=" + year + "&saved=true";
    }

    /** Reverses an entry from the budget page; the reason is required (a correction is never an edit). */
    @PostMapping("/funding/entries/{id}/reversal")
    String reverse(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        var actor = currentUser.actor();
        LedgerEntry entry = ledger.entry(actor, id);
        try {
            ledger.reverse(actor, id, reason, LocalDate.now(clock));
        } catch (InvalidInput e) {
            fill(model, entry.unitId(), entry.year(), null);
            model.addAttribute(
                    "form", new EntryForm("DISBURSEMENT", null, null, null, "", LocalDate.now(clock), "", null));
            model.addAttribute("problems", e.problems());
            return "funding/budget";
        }
        return "redirect:/funding/budget?unitId=" + entry.unitId() + "&year=" + entry.year() + "&saved=true";
    }

    private void fill(Model model, long unitId, int year, LocalDate asOf) {
        var actor = currentUser.actor();
        AdminUnit unit = ledger.readableUnit(actor, unitId);
        List<Program> programs = catalogue.programs();
        List<Component> components = catalogue.allComponents();
        BudgetView view = BudgetView.of(ledger.balances(actor, unitId, year, asOf), components, programs);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("asOf", asOf);
        model.addAttribute("view", view);
        model.addAttribute("counterparts", view.counterparts(catalogue, programs, year));
        model.addAttribute("entries", ledger.entries(actor, unitId, year, 30));
        model.addAttribute("children", units.children(unitId));
        model.addAttribute("leaves", Catalogue.leaves(components));
        model.addAttribute("programs", programs);
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute(
                "kinds", List.of("ALLOCATION", "TRANSFER", "COMMITMENT", "DISBURSEMENT", "SETTLEMENT", "CARRY_OVER"));
        model.addAttribute("projects", projects.inUnit(actor, unitId));
    }

    @GetMapping("/funding/projects/{id}")
    String project(@PathVariable long id, Model model) {
        var actor = currentUser.actor();
        Project p = projects.get(actor, id);
        model.addAttribute("project", p);
        model.addAttribute("unit", units.get(p.unitId()));
        model.addAttribute("component", catalogue.component(p.componentId()));
        model.addAttribute("recoveries", projects.recoveries(actor, id));
        model.addAttribute("expected", projects.expectedRecovery(actor, p));
        model.addAttribute("due", projects.recoveryDue(p));
        model.addAttribute(
                "rule",
                p.rotationRuleId() == null
                        ? null
                        : projects.rule(p.rotationRuleId()).orElse(null));
        model.addAttribute("entries", ledger.projectEntries(actor, id));
        return "funding/project";
    }

    @PostMapping("/funding/projects/{id}/recoveries")
    String recovery(
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam(defaultValue = "1") int cycle,
            @RequestParam String amount,
            @RequestParam(required = false) LocalDate entryDate,
            @RequestParam(required = false) String party,
            Model model) {
        try {
            projects.recordRecovery(
                    currentUser.actor(),
                    id,
                    kind,
                    cycle,
                    Amounts.parse("amount", amount),
                    entryDate == null ? LocalDate.now(clock) : entryDate,
                    party,
                    null);
        } catch (InvalidInput e) {
            project(id, model);
            model.addAttribute("problems", e.problems());
            return "funding/project";
        }
        return "redirect:/funding/projects/" + id;
    }

    /** The first unit of the user's jurisdiction (the first province for the whole country). */
    private Optional<Long> defaultUnit() {
        var j = currentUser.actor().jurisdiction();
        if (j.everywhere() || j.paths().isEmpty()) {
            return units.roots().stream().findFirst().map(AdminUnit::id);
        }
        String[] ids = j.paths().get(0).split("/");
        return Optional.of(Long.parseLong(ids[ids.length - 1]));
    }
}
