package vn.giamngheo.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.funding.Catalogue;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.funding.SupportContent;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.InvalidInput;

/**
 * The support pages of a commune official (phone first): a unit's grants by content and state with
 * the proposal form, a grant with its decisions and payments (a double-support refusal shows the
 * grant held and the rule's two choices), a batch from the recognised lists with a dry run, and the
 * re-check of live grants against the lists in force.
 */
@Controller
class SupportPages {
    private final SupportGrants grants;
    private final Catalogue catalogue;
    private final AdminUnits units;
    private final CurrentUser currentUser;
    private final Clock clock;

    SupportPages(SupportGrants grants, Catalogue catalogue, AdminUnits units, CurrentUser currentUser, Clock clock) {
        this.grants = grants;
        this.catalogue = catalogue;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The proposal form as typed: the amount as text, so "1.500.000" and mistakes come back worded. */
    record GrantForm(
            String householdCode,
            Integer memberOrd,
            Long contentId,
            String source,
            LocalDate from,
            LocalDate until,
            String amount) {}

    @GetMapping("/support")
    String list(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long contentId,
            @RequestParam(required = false) GrantState state,
            Model model) {
        AdminUnit unit = unit(unitId);
        fillList(model, unit, contentId, state);
        model.addAttribute(
                "form", new GrantForm("", null, contentId, "CENTRAL_RECURRENT", LocalDate.now(clock), null, ""));
        return "support/grants";
    }

    private void fillList(Model model, AdminUnit unit, Long contentId, GrantState state) {
        model.addAttribute("unit", unit);
        model.addAttribute("contentId", contentId);
        model.addAttribute("state", state);
        model.addAttribute("states", GrantState.values());
        model.addAttribute("grants", grants.inUnit(currentUser.actor(), unit.id(), contentId, state, null, 300));
        model.addAttribute("contents", contentsWithRules());
        model.addAttribute("sources", FundingSource.values());
    }

    @PostMapping("/support/grants")
    String propose(@RequestParam long unitId, GrantForm form, Model model) {
        try {
            Long amount = null;
            List<InvalidInput.Problem> problems = new ArrayList<>();
            if (form.amount() != null && !form.amount().isBlank()) {
                try {
                    amount = vn.giamngheo.funding.Amounts.parse("amount", form.amount());
                } catch (InvalidInput e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            SupportGrant g = grants.propose(
                    currentUser.actor(),
                    new NewGrant(
                            null,
                            form.householdCode() == null
                                    ? null
                                    : form.householdCode().strip(),
                            form.memberOrd(),
                            null,
                            form.contentId(),
                            form.source(),
                            null,
                            form.from(),
                            form.until(),
                            amount,
                            null));
            return "redirect:/support/grants/" + g.id();
        } catch (InvalidInput e) {
            fillList(model, unit(unitId), null, null);
            model.addAttribute("form", form);
            model.addAttribute("problems", e.problems());
            return "support/grants";
        }
    }

    @GetMapping("/support/grants/{id}")
    String grant(@PathVariable long id, Model model) {
        fillGrant(model, id);
        return "support/grant";
    }

    private void fillGrant(Model model, long id) {
        var actor = currentUser.actor();
        SupportGrant g = grants.get(actor, id);
        SupportContent content = catalogue.content(g.contentId());
        model.addAttribute("g", g);
        model.addAttribute("unit", units.get(g.unitId()));
        model.addAttribute("payments", grants.payments(actor, id));
        model.addAttribute("conflicts", g.state() == GrantState.PROPOSED ? grants.conflicts(actor, id) : List.of());
        model.addAttribute(
                "tranches",
                content.tranches() == null || content.tranches().isEmpty() ? List.of(100) : content.tranches());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("rule", grants.rule(g.contentId()).orElse(null));
    }

    @PostMapping("/support/grants/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) LocalDate decisionDate,
            @RequestParam int version,
            Model model) {
        return act(id, model, () -> grants.approve(currentUser.actor(), id, decision, decisionDate, version));
    }

    @PostMapping("/support/grants/{id}/refuse")
    String refuse(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam int version,
            Model model) {
        return act(id, model, () -> grants.refuse(currentUser.actor(), id, reason, version));
    }

    @PostMapping("/support/grants/{id}/replace")
    String replace(
            @PathVariable long id,
            @RequestParam long existingId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) LocalDate decisionDate,
            @RequestParam int version,
            Model model) {
        return act(
                id,
                model,
                () -> grants.replace(currentUser.actor(), id, existingId, reason, decision, decisionDate, version));
    }

    @PostMapping("/support/grants/{id}/pay")
    String pay(
            @PathVariable long id,
            @RequestParam int tranche,
            @RequestParam(required = false) LocalDate paidOn,
            @RequestParam(required = false) String voucher,
            @RequestParam int version,
            Model model) {
        return act(id, model, () -> grants.pay(currentUser.actor(), id, tranche, paidOn, voucher, version));
    }

    @PostMapping("/support/grants/{id}/settle")
    String settle(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate day,
            @RequestParam int version,
            Model model) {
        return act(id, model, () -> grants.settle(currentUser.actor(), id, day, version));
    }

    @PostMapping("/support/grants/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam int version,
            Model model) {
        return act(id, model, () -> grants.cancel(currentUser.actor(), id, reason, version));
    }

    private String act(long id, Model model, Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            fillGrant(model, id);
            model.addAttribute("problems", e.problems());
            return "support/grant";
        }
        return "redirect:/support/grants/" + id + "?saved=true";
    }

    @GetMapping("/support/batch")
    String batch(
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long contentId, Model model) {
        AdminUnit unit = unit(unitId);
        fillBatch(model, unit);
        model.addAttribute("contentId", contentId);
        model.addAttribute(
                "form", new GrantForm("", null, contentId, "CENTRAL_RECURRENT", LocalDate.now(clock), null, ""));
        model.addAttribute("chosen", List.of());
        return "support/batch";
    }

    private void fillBatch(Model model, AdminUnit unit) {
        model.addAttribute("unit", unit);
        model.addAttribute("contents", contentsWithRules());
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute(
                "listed", unit.level().equals("COMMUNE") ? grants.listed(currentUser.actor(), unit.id()) : List.of());
    }

    @PostMapping("/support/batch")
    String batchPost(
            @RequestParam long unitId,
            @RequestParam(required = false) List<Long> householdIds,
            @RequestParam(defaultValue = "false") boolean dryRun,
            GrantForm form,
            Model model) {
        var actor = currentUser.actor();
        AdminUnit unit = unit(unitId);
        List<Long> chosen = householdIds == null ? List.of() : householdIds;
        fillBatch(model, unit);
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen);
        try {
            if (chosen.isEmpty()) {
                throw InvalidInput.of("householdId", vn.giamngheo.shared.Message.of("support.noneChosen"));
            }
            if (form.contentId() == null) {
                throw InvalidInput.of("contentId", vn.giamngheo.shared.Message.of("support.required"));
            }
            Long amount = form.amount() == null || form.amount().isBlank()
                    ? null
                    : vn.giamngheo.funding.Amounts.parse("amount", form.amount());
            List<NewGrant> rows =
                    grants.rowsFor(actor, chosen, form.contentId(), form.source(), form.from(), form.until(), amount);
            SupportGrants.Batch b = grants.proposeAll(actor, rows, dryRun);
            Map<Integer, List<SupportGrant>> collisions = new HashMap<>();
            for (SupportGrants.Checked c : b.rows()) {
                List<SupportGrant> held = grants.collisions(actor, c.grant());
                if (!held.isEmpty()) {
                    collisions.put(c.line(), held);
                }
            }
            model.addAttribute("result", b);
            model.addAttribute("collisions", collisions);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
        }
        return "support/batch";
    }

    @GetMapping("/support/recheck")
    String recheck(@RequestParam(required = false) Long unitId, Model model) {
        AdminUnit unit = unit(unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("rows", grants.recheck(currentUser.actor(), unit.id()));
        return "support/recheck";
    }

    @GetMapping("/support/rules")
    String rules(Model model) {
        Map<Long, SupportContent> contents = new HashMap<>();
        catalogue.contents().forEach(c -> contents.put(c.id(), c));
        model.addAttribute("rules", grants.rules());
        model.addAttribute("contents", contents);
        return "support/rules";
    }

    private List<SupportContent> contentsWithRules() {
        var withRule = grants.rules().stream().map(ContentRule::contentId).toList();
        return catalogue.contents().stream()
                .filter(c -> withRule.contains(c.id()))
                .toList();
    }

    private AdminUnit unit(Long unitId) {
        return PageUnits.unit(unitId, units, currentUser.actor());
    }
}
