package vn.giamngheo.review.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;
import vn.giamngheo.household.HouseholdQuery;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.household.HouseholdSummary;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.ReviewResults;
import vn.giamngheo.review.Reviews;

/** The forms of the campaign page for requests, meetings, posting and complaints; the printable refusal. */
@Controller
class ReviewProcedurePages {
    private final ReviewProcedure procedure;
    private final Reviews reviews;
    private final ReviewResults results;
    private final CurrentUser currentUser;
    private final HouseholdRegistry registry;

    ReviewProcedurePages(
            ReviewProcedure procedure,
            Reviews reviews,
            ReviewResults results,
            CurrentUser currentUser,
            HouseholdRegistry registry) {
        this.registry = registry;
        this.procedure = procedure;
        this.reviews = reviews;
        this.results = results;
        this.currentUser = currentUser;
    }

    /**
     * The households of the campaign's commune whose head's name (without accents) or code matches
     * what is typed, as the options of the request form's household field: value the code, label
     * the head's name and village.
     */
    @GetMapping(value = "/reviews/{id}/household-options", produces = "text/html;charset=UTF-8")
    @ResponseBody
    String householdOptions(@PathVariable long id, @RequestParam(name = "householdCode", required = false) String q) {
        if (q == null || q.isBlank() || q.trim().length() < 2) {
            return "";
        }
        var actor = currentUser.actor();
        var c = reviews.get(actor, id);
        StringBuilder options = new StringBuilder();
        for (HouseholdSummary h : registry.list(actor, new HouseholdQuery(c.unitId(), null, null, q, false, 0, 20))
                .items()) {
            options.append("<option value=\"")
                    .append(HtmlUtils.htmlEscape(h.code()))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(h.headName() + " · " + h.unitName()))
                    .append("</option>");
        }
        return options.toString();
    }

    @PostMapping("/reviews/{id}/requests")
    String receive(
            @PathVariable long id,
            @RequestParam String form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam String channel,
            @RequestParam String householdCode,
            @RequestParam(required = false) String applicant,
            RedirectAttributes redirect) {
        return ReviewPages.attempt(
                id,
                redirect,
                () -> procedure.receiveRequest(
                        currentUser.actor(),
                        id,
                        new ReviewProcedure.NewRequest(form, receivedOn, channel, householdCode, applicant)));
    }

    @PostMapping("/reviews/{id}/requests/{requestId}/screening")
    String screen(
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam boolean passed,
            @RequestParam(required = false) String reason,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return ReviewPages.attempt(
                id, redirect, () -> procedure.screen(currentUser.actor(), id, requestId, passed, reason, version));
    }

    /** The written answer to a refused request, for printing. */
    @GetMapping("/reviews/{id}/requests/{requestId}/refusal")
    String refusal(@PathVariable long id, @PathVariable long requestId, Model model) {
        var c = reviews.get(currentUser.actor(), id);
        model.addAttribute("c", c);
        model.addAttribute("r", procedure.request(currentUser.actor(), id, requestId));
        model.addAttribute("places", results.placesOf(c));
        return "reviews/refusal";
    }

    @PostMapping("/reviews/{id}/meetings")
    String meeting(
            @PathVariable long id,
            @RequestParam long villageId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam int attendees,
            @RequestParam int agreeing,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return ReviewPages.attempt(id, redirect, () -> {
            var meeting =
                    procedure.recordMeeting(currentUser.actor(), id, villageId, heldOn, attendees, agreeing, note);
            if (!meeting.passed()) {
                // the campaign went back to the survey: say why where the official is looking
                redirect.addFlashAttribute("meetingFailed", meeting);
            }
        });
    }

    @PostMapping("/reviews/{id}/posting")
    String posting(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(required = false) Integer workingDays,
            RedirectAttributes redirect) {
        return ReviewPages.attempt(
                id, redirect, () -> procedure.setPosting(currentUser.actor(), id, start, workingDays));
    }

    @PostMapping("/reviews/{id}/complaints")
    String complaint(
            @PathVariable long id,
            @RequestParam(required = false) String householdCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam String text,
            RedirectAttributes redirect) {
        return ReviewPages.attempt(
                id,
                redirect,
                () -> procedure.receiveComplaint(currentUser.actor(), id, householdCode, receivedOn, text));
    }

    @PostMapping("/reviews/{id}/complaints/{complaintId}/resolution")
    String resolve(
            @PathVariable long id,
            @PathVariable long complaintId,
            @RequestParam String result,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return ReviewPages.attempt(
                id, redirect, () -> procedure.resolveComplaint(currentUser.actor(), id, complaintId, result, version));
    }
}
