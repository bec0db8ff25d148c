package vn.giamngheo.support;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(
        name = "Project participants",
        description = "Households of a production project by round: what each received, returns and the rotation")
class ProjectParticipantsApi {
    private final ProjectParticipants participants;
    private final CurrentUser currentUser;

    ProjectParticipantsApi(ProjectParticipants participants, CurrentUser currentUser) {
        this.participants = participants;
        this.currentUser = currentUser;
    }

    record ParticipantsView(
            List<Participant> participants, List<ProjectParticipants.RoundTotals> rounds, long rotationFunded) {}

    @GetMapping("/participants")
    @Operation(summary = "A project's households by round with received, due, returned and overdue")
    ParticipantsView list(@PathVariable long projectId) {
        ProjectParticipants.Overview o = participants.overview(currentUser.actor(), projectId);
        return new ParticipantsView(o.participants(), o.rounds(), o.rotationFunded());
    }

    @GetMapping("/participant-candidates")
    @Operation(
            summary = "Households of the project's commune on the current poor / near-poor lists not taking part yet")
    List<ListedHousehold> candidates(@PathVariable long projectId) {
        return participants.candidates(currentUser.actor(), projectId);
    }

    @PostMapping("/participants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Round 1: households of the commune's lists join with grants drawn on the project's budget; any refusal stores nothing")
    List<Participant> join(@PathVariable long projectId, @RequestBody ProjectParticipants.Request r) {
        return participants.join(currentUser.actor(), projectId, r);
    }

    record Rotation(int round, ProjectParticipants.Request request) {}

    @PostMapping("/rotations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Hand recovered money to next-round households as grants funded by the rotation; never more than recovered")
    List<Participant> rotate(@PathVariable long projectId, @RequestBody Rotation r) {
        return participants.rotate(currentUser.actor(), projectId, r.round(), r.request());
    }

    record Return(Long amount, LocalDate paidOn, String receipt) {}

    @PostMapping("/participants/{participantId}/returns")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record what a participant paid back (a RECOVERED line of the project's sub-ledger)")
    Participant recordReturn(@PathVariable long projectId, @PathVariable long participantId, @RequestBody Return r) {
        return participants.recordReturn(
                currentUser.actor(), projectId, participantId, r.amount(), r.paidOn(), r.receipt());
    }

    record RoundAcceptance(LocalDate acceptedOn) {}

    @PutMapping("/rounds/{round}/acceptance")
    @Operation(summary = "Record a later round's acceptance day (its participants' recovery clock starts)")
    void acceptRound(@PathVariable long projectId, @PathVariable int round, @RequestBody RoundAcceptance a) {
        participants.acceptRound(currentUser.actor(), projectId, round, a.acceptedOn());
    }

    /** Why a participant leaves the project. */
    record Withdrawal(String reason) {}

    @PostMapping("/participants/{participantId}/withdrawal")
    @Operation(
            summary =
                    "Withdraw a participant with a reason: its grant is cancelled and its ledger lines reversed; refused once it has paid anything back")
    Participant withdraw(@PathVariable long projectId, @PathVariable long participantId, @RequestBody Withdrawal body) {
        return participants.withdraw(
                currentUser.actor(), projectId, participantId, body == null ? null : body.reason());
    }
}
