package vn.giamngheo.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.InvalidInput;

/**
 * The entitlement-list pages (decision 1450): the lists of a commune or province with their counts,
 * state and those left out because another grant holds the content; the form that builds or
 * re-runs a list for a period, with a dry run that shows what it would add; one list with its runs,
 * grants, those left out and its downloads (the public copy masks ID numbers).
 */
@Controller
class EntitlementPages {
    private final EntitlementLists lists;
    private final EntitlementListReads reads;
    private final SupportGrants grants;
    private final AdminUnits units;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AreaShares areaShares;

    EntitlementPages(
            EntitlementLists lists,
            EntitlementListReads reads,
            SupportGrants grants,
            AdminUnits units,
            CurrentUser currentUser,
            Clock clock,
            AreaShares areaShares) {
        this.areaShares = areaShares;
        this.lists = lists;
        this.reads = reads;
        this.grants = grants;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The form as typed: amounts as text so "1.263.600" and mistakes come back worded. */
    record ListForm(
            Long contentId,
            LocalDate on,
            String source,
            String amountPoor,
            String amountNearPoor,
            String decision,
            LocalDate decisionDate) {}

    @GetMapping("/support/lists")
    String index(
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) LocalDate on, Model model) {
        AdminUnit unit = unit(unitId);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        fill(model, unit, day);
        model.addAttribute("form", new ListForm(null, day, "CENTRAL_RECURRENT", "", "", "", LocalDate.now(clock)));
        return "support/lists";
    }

    private void fill(Model model, AdminUnit unit, LocalDate day) {
        model.addAttribute("unit", unit);
        model.addAttribute("lists", reads.ofUnit(currentUser.actor(), unit.id()));
        model.addAttribute("hints", reads.hints(unit, day));
        model.addAttribute("sources", FundingSource.values());
    }

    @PostMapping("/support/lists")
    String build(
            @RequestParam long unitId,
            @RequestParam(defaultValue = "false") boolean dryRun,
            ListForm form,
            Model model) {
        var actor = currentUser.actor();
        AdminUnit unit = unit(unitId);
        LocalDate day = form.on() == null ? LocalDate.now(clock) : form.on();
        try {
            List<InvalidInput.Problem> problems = new ArrayList<>();
            Long poor = amount("amountPoor", form.amountPoor(), problems);
            Long near = amount("amountNearPoor", form.amountNearPoor(), problems);
            if (form.contentId() == null) {
                problems.add(InvalidInput.Problem.of("contentId", "support.required"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            var request = new EntitlementLists.Request(
                    unit.id(),
                    form.contentId(),
                    form.on(),
                    form.source(),
                    poor,
                    near,
                    form.decision(),
                    form.decisionDate());
            if (!dryRun) {
                EntitlementLists.Run run = lists.build(actor, request);
                return "redirect:/support/lists/" + run.listId() + "?added=" + run.added();
            }
            model.addAttribute("preview", lists.preview(actor, request));
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
        }
        fill(model, unit, day);
        model.addAttribute("form", form);
        return "support/lists";
    }

    private static Long amount(String field, String text, List<InvalidInput.Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return vn.giamngheo.funding.Amounts.parse(field, text);
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    @GetMapping("/support/lists/{id}")
    String view(@PathVariable long id, @RequestParam(required = false) Integer added, Model model) {
        var actor = currentUser.actor();
        EntitlementListReads.Summary s = reads.summary(actor, id);
        model.addAttribute("l", s);
        AdminUnit listUnit = units.get(s.unitId());
        // a list of a unit reorganised away is read under the unit in force that holds it now
        model.addAttribute("unit", units.heldBy(actor, listUnit));
        model.addAttribute("byArea", areaShares.onList(s.contentId(), "NEAR_POOR", listUnit, s.periodFrom()));
        model.addAttribute("runs", lists.get(actor, id).runs());
        model.addAttribute("grants", grants.ofList(actor, id, listUnit, 2000));
        model.addAttribute("leftOut", reads.leftOut(actor, id));
        model.addAttribute("added", added);
        return "support/list";
    }

    private AdminUnit unit(Long unitId) {
        return PageUnits.unit(unitId, units, currentUser.actor());
    }
}
