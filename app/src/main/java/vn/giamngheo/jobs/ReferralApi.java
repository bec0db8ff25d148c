package vn.giamngheo.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Jobs", description = "Worker profiles, vacancies, matching, referrals and their outcomes")
class ReferralApi {
    private final Referrals referrals;
    private final Outcomes outcomes;
    private final AdminUnits units;
    private final CurrentUser currentUser;

    ReferralApi(Referrals referrals, Outcomes outcomes, AdminUnits units, CurrentUser currentUser) {
        this.referrals = referrals;
        this.outcomes = outcomes;
        this.units = units;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Referrals of workers in a unit's subtree inside the caller's jurisdiction")
    List<Referral> list(
            @RequestParam long unitId,
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(required = false) Long workerId,
            @RequestParam(required = false) Long vacancyId) {
        return referrals.list(currentUser.actor(), unitId, status, workerId, vacancyId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One referral with its steps and follow-ups")
    Referral get(@PathVariable long id) {
        return referrals.get(currentUser.actor(), id);
    }

    @PostMapping
    @Operation(summary = "Refer a worker to a vacancy (consent required) or a training course (201)")
    ResponseEntity<Referral> create(@RequestBody Referrals.NewReferral body) {
        Referral created = referrals.refer(currentUser.actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + created.id()))
                .body(created);
    }

    record StepRequest(ReferralStatus status, LocalDate onDate, ContractType contractType, String note, int version) {}

    @PostMapping("/{id}/steps")
    @Operation(summary = "Move a referral on: interviewed, hired, trained or not taken; 409 on a stale version")
    Referral step(@PathVariable long id, @RequestBody StepRequest body) {
        return referrals.advance(
                currentUser.actor(),
                id,
                body.status(),
                body.onDate(),
                body.contractType(),
                body.note(),
                body.version());
    }

    record FollowUpRequest(
            int months, LocalDate checkedOn, boolean stillEmployed, ContractType contractType, String note) {}

    @PostMapping("/{id}/follow-ups")
    @Operation(summary = "Record the follow-up 3 or 6 months after a hire or training")
    Referral followUp(@PathVariable long id, @RequestBody FollowUpRequest body) {
        return referrals.followUp(
                currentUser.actor(),
                id,
                body.months(),
                body.checkedOn(),
                body.stillEmployed(),
                body.contractType(),
                body.note());
    }

    @GetMapping("/{id}/employer-sheet")
    @Operation(summary = "What the employer receives about the referred worker (consent in force required)")
    Referral.EmployerSheet employerSheet(@PathVariable long id) {
        return referrals.employerSheet(currentUser.actor(), id);
    }

    @GetMapping("/outcomes")
    @Operation(summary = "Placements, 6-month retention, sustainable work and the EMPLOYMENT deprivation per commune")
    List<Outcomes.CommuneOutcome> outcomes(@RequestParam long unitId, @RequestParam int year) {
        return outcomes.of(currentUser.actor(), unitId, year);
    }

    @GetMapping(
            value = "/outcomes.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The outcomes per commune as an Excel workbook")
    ResponseEntity<byte[]> outcomesXlsx(@RequestParam long unitId, @RequestParam int year) {
        List<Outcomes.CommuneOutcome> rows = outcomes.of(currentUser.actor(), unitId, year);
        byte[] bytes = outcomes.workbook(rows, units.get(unitId).fullName(), year);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("ket-qua-viec-lam-" + year + ".xlsx")
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(bytes);
    }
}
