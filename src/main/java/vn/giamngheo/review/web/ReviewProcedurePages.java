package vn.giamngheo.review.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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

    ReviewProcedurePages(ReviewProcedure procedure, Reviews reviews, ReviewResults results, CurrentUser currentUser) {
        this.procedure = procedure;
        this.reviews = reviews;
        this.results = results;
        this.currentUser = currentUser;
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
