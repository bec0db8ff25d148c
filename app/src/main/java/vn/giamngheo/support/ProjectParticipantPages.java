package vn.giamngheo.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.funding.Amounts;
import vn.giamngheo.funding.FundingSource;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * A production project's households (phone first): the participants by round with what each
 * received, owes, returned and whether it is overdue; the forms to add households of the commune's
 * lists, record a return, accept a later round and hand the recovered money to the next round.
 * The funding project page includes the participants block from here.
 */
@Controller
class ProjectParticipantPages {
    private final ProjectParticipants participants;
    private final AdminUnits units;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProjectParticipantPages(ProjectParticipants participants, AdminUnits units, CurrentUser currentUser, Clock clock) {
        this.participants = participants;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The round form as typed: amounts as text, so "1.500.000" and mistakes come back worded. */
    record RoundForm(
            Long contentId,
            String source,
            LocalDate from,
            LocalDate until,
            String amount,
            String decision,
            LocalDate decisionDate,
            Integer round) {}

    @GetMapping("/support/projects/{id}")
    String page(@PathVariable long id, Model model) {
        fill(id, model);
        return "support/project";
    }

    /** The participants block alone, loaded into the funding project page. */
    @GetMapping("/support/projects/{id}/participants")
    String block(@PathVariable long id, Model model) {
        ProjectParticipants.Overview o = participants.overview(currentUser.actor(), id);
        model.addAttribute("o", o);
        return "support/project :: participants";
    }

    private void fill(long id, Model model) {
        var actor = currentUser.actor();
        ProjectParticipants.Overview o = participants.overview(actor, id);
        model.addAttribute("o", o);
        model.addAttribute("unit", units.get(o.project().unitId()));
        model.addAttribute("contents", participants.contents(o.project()));
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("candidates", participants.candidates(actor, id));
        int next = o.rounds().stream()
                        .mapToInt(ProjectParticipants.RoundTotals::round)
                        .max()
                        .orElse(1)
                + 1;
        model.addAttribute("nextRound", Math.max(2, next));
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form", new RoundForm(null, null, LocalDate.now(clock), null, "", "", LocalDate.now(clock), null));
        }
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", List.of());
        }
    }

    @PostMapping("/support/projects/{id}/participants")
    String join(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> householdIds,
            RoundForm form,
            Model model) {
        return write(id, householdIds, form, model, false);
    }

    @PostMapping("/support/projects/{id}/rotations")
    String rotate(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> householdIds,
            RoundForm form,
            Model model) {
        return write(id, householdIds, form, model, true);
    }

    private String write(long id, List<Long> householdIds, RoundForm form, Model model, boolean rotation) {
        List<Long> chosen = householdIds == null ? List.of() : householdIds;
        try {
            if (chosen.isEmpty()) {
                throw InvalidInput.of("householdId", Message.of("support.noneChosen"));
            }
            Long amount =
                    form.amount() == null || form.amount().isBlank() ? null : Amounts.parse("amount", form.amount());
            ProjectParticipants.Request r = new ProjectParticipants.Request(
                    chosen.stream()
                            .map(h -> new ProjectParticipants.Entry(h, amount))
                            .toList(),
                    form.contentId(),
                    form.source(),
                    form.from(),
                    form.until(),
                    form.decision(),
                    form.decisionDate());
            if (rotation) {
                participants.rotate(currentUser.actor(), id, form.round() == null ? 0 : form.round(), r);
            } else {
                participants.join(currentUser.actor(), id, r);
            }
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", form);
            model.addAttribute("chosen", chosen);
            model.addAttribute("open", rotation ? "rotate" : "join");
            fill(id, model);
            return "support/project";
        }
        return "redirect:/support/projects/" + id + "?saved=true";
    }

    @PostMapping("/support/projects/{id}/returns")
    String recordReturn(
            @PathVariable long id,
            @RequestParam(required = false) Long participantId,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) LocalDate paidOn,
            @RequestParam(required = false) String receipt,
            Model model) {
        try {
            if (participantId == null) {
                throw InvalidInput.of("participantId", Message.of("support.noneChosen"));
            }
            Long value = amount == null || amount.isBlank() ? null : Amounts.parse("amount", amount);
            participants.recordReturn(currentUser.actor(), id, participantId, value, paidOn, receipt);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("open", "return");
            fill(id, model);
            return "support/project";
        }
        return "redirect:/support/projects/" + id + "?saved=true";
    }

    @PostMapping("/support/projects/{id}/withdrawals")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) Long participantId,
            @RequestParam(required = false) String reason,
            Model model) {
        try {
            if (participantId == null) {
                throw InvalidInput.of("participantId", Message.of("support.noneChosen"));
            }
            participants.withdraw(currentUser.actor(), id, participantId, reason);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("open", "withdraw");
            fill(id, model);
            return "support/project";
        }
        return "redirect:/support/projects/" + id + "?saved=true";
    }

    @PostMapping("/support/projects/{id}/rounds")
    String acceptRound(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int round,
            @RequestParam(required = false) LocalDate acceptedOn,
            Model model) {
        try {
            participants.acceptRound(currentUser.actor(), id, round, acceptedOn);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            fill(id, model);
            return "support/project";
        }
        return "redirect:/support/projects/" + id + "?saved=true";
    }
}
