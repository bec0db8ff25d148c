package vn.giamngheo.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.review.Complaint;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.ReviewRequest;
import vn.giamngheo.review.VillageMeeting;

@RestController
@RequestMapping("/api/v1/reviews/{id}")
@Tag(name = "Reviews", description = "Requests, village meetings, posting and complaints of a campaign")
class ReviewProcedureApi {
    private final ReviewProcedure procedure;
    private final CurrentUser currentUser;

    ReviewProcedureApi(ReviewProcedure procedure, CurrentUser currentUser) {
        this.procedure = procedure;
        this.currentUser = currentUser;
    }

    @GetMapping("/requests")
    @Operation(summary = "Requests (đơn đề nghị) received by the campaign")
    List<ReviewRequest> requests(@PathVariable long id) {
        return procedure.requests(currentUser.actor(), id);
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Receive a request",
            description = "form M01 (to be reviewed) or M04 (to be recognised as escaped), receivedOn, channel"
                    + " IN_PERSON/POST/ONLINE, householdCode (registered in the commune), applicant; decided within"
                    + " 15 days of the monthly round's start (the 15th)")
    ReviewRequest receive(@PathVariable long id, @RequestBody ReviewProcedure.NewRequest body) {
        return procedure.receiveRequest(currentUser.actor(), id, body);
    }

    record Screening(boolean passed, String reason, int version) {}

    @PostMapping("/requests/{requestId}/screening")
    @Operation(
            summary = "Screening result (Phiếu A): passed → into the survey; refused → the written reason is required")
    ReviewRequest screen(@PathVariable long id, @PathVariable long requestId, @RequestBody Screening body) {
        return procedure.screen(currentUser.actor(), id, requestId, body.passed(), body.reason(), body.version());
    }

    @GetMapping("/meetings")
    @Operation(summary = "Village meetings held for the campaign, with their votes")
    List<VillageMeeting> meetings(@PathVariable long id) {
        return procedure.meetings(currentUser.actor(), id);
    }

    record Meeting(long villageId, LocalDate heldOn, int attendees, int agreeing, String note) {}

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a village meeting",
            description = "Passes with at least 50 % of attendees agreeing (exactly half passes); a failed meeting"
                    + " sends the campaign back to SURVEY and the village needs a new meeting")
    VillageMeeting meeting(@PathVariable long id, @RequestBody Meeting body) {
        return procedure.recordMeeting(
                currentUser.actor(),
                id,
                body.villageId(),
                body.heldOn(),
                body.attendees(),
                body.agreeing(),
                body.note());
    }

    record Posting(LocalDate start, Integer workingDays) {}

    @PostMapping("/posting")
    @Operation(
            summary = "Set the public posting: start and working days (default 3, provisional)",
            description = "The end is counted over Monday–Friday; public holidays are not known to the system")
    ReviewCampaign posting(@PathVariable long id, @RequestBody Posting body) {
        return procedure.setPosting(currentUser.actor(), id, body.start(), body.workingDays());
    }

    @GetMapping("/complaints")
    @Operation(summary = "Complaints about the posted lists")
    List<Complaint> complaints(@PathVariable long id) {
        return procedure.complaints(currentUser.actor(), id);
    }

    record NewComplaint(String householdCode, LocalDate receivedOn, String text) {}

    @PostMapping("/complaints")
    @Operation(summary = "Record a complaint about a household on the posted list")
    @ResponseStatus(HttpStatus.CREATED)
    Complaint complain(@PathVariable long id, @RequestBody NewComplaint body) {
        return procedure.receiveComplaint(
                currentUser.actor(), id, body.householdCode(), body.receivedOn(), body.text());
    }

    record Resolution(String result, int version) {}

    @PostMapping("/complaints/{complaintId}/resolution")
    @Operation(summary = "The re-check (phúc tra) result of a complaint; recognition waits for every one")
    Complaint resolve(@PathVariable long id, @PathVariable long complaintId, @RequestBody Resolution body) {
        return procedure.resolveComplaint(currentUser.actor(), id, complaintId, body.result(), body.version());
    }
}
