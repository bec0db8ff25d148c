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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/workers")
@Tag(name = "Jobs", description = "Worker profiles, vacancies, matching, referrals and their outcomes")
class WorkerApi {
    private final Workers workers;
    private final Matches matches;
    private final NeedsJobList needsJob;
    private final CurrentUser currentUser;

    WorkerApi(Workers workers, Matches matches, NeedsJobList needsJob, CurrentUser currentUser) {
        this.workers = workers;
        this.matches = matches;
        this.needsJob = needsJob;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Worker profiles in a unit's subtree inside the caller's jurisdiction")
    List<Worker> list(
            @RequestParam long unitId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LabourStatus status,
            @RequestParam(defaultValue = "false") boolean needsJob,
            @RequestParam(defaultValue = "500") int limit) {
        return workers.list(currentUser.actor(), new Workers.WorkerFilter(unitId, q, status, needsJob, limit));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One worker profile")
    Worker get(@PathVariable long id) {
        return workers.get(currentUser.actor(), id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every saved version of a worker profile, newest first")
    List<Workers.WorkerVersion> history(@PathVariable long id) {
        return workers.history(currentUser.actor(), id);
    }

    @GetMapping("/prefill")
    @Operation(summary = "A draft profile of a household member from the registry (nothing is saved)")
    WorkerData prefill(@RequestParam long householdId, @RequestParam int memberOrd) {
        return workers.prefill(currentUser.actor(), householdId, memberOrd);
    }

    @PostMapping
    @Operation(summary = "Create a worker profile for a member of a poor, near-poor or newly escaped household (201)")
    ResponseEntity<Worker> create(@RequestBody WorkerData body) {
        Worker created = workers.create(currentUser.actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/workers/" + created.id()))
                .body(created);
    }

    record UpdateRequest(WorkerData worker, int version) {}

    @PutMapping("/{id}")
    @Operation(summary = "Save a worker profile; 409 if someone saved it after the given version")
    Worker update(@PathVariable long id, @RequestBody UpdateRequest body) {
        return workers.update(currentUser.actor(), id, body.worker(), body.version());
    }

    record ConsentRequest(LocalDate givenOn, String how, String note) {}

    @PostMapping("/{id}/consents")
    @Operation(summary = "Record the worker's consent to share their details with employers")
    Workers.Consent consent(@PathVariable long id, @RequestBody ConsentRequest body) {
        return workers.recordConsent(currentUser.actor(), id, body.givenOn(), body.how(), body.note());
    }

    record WithdrawRequest(LocalDate withdrawnOn) {}

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    @Operation(summary = "Record that the worker withdrew a consent")
    Workers.Consent withdraw(@PathVariable long id, @PathVariable long consentId, @RequestBody WithdrawRequest body) {
        return workers.withdrawConsent(currentUser.actor(), id, consentId, body.withdrawnOn());
    }

    @GetMapping("/{id}/vacancies")
    @Operation(summary = "Open vacancies ranked for a worker, each with its reasons")
    List<Matches.RankedVacancy> vacancies(@PathVariable long id) {
        return matches.vacancies(currentUser.actor(), id);
    }

    @GetMapping(value = "/needs-job.csv", produces = "text/csv")
    @Operation(
            summary = "The needs-a-job list of a unit's subtree for an employment service centre (Mẫu 01 fields, CSV)")
    ResponseEntity<byte[]> needsJob(@RequestParam long unitId) {
        NeedsJobList.Export e = needsJob.csv(currentUser.actor(), unitId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("can-viec-lam-" + unitId + ".csv")
                                .build()
                                .toString())
                .header("X-Left-Without-Consent", String.valueOf(e.withoutConsent()))
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(e.csv());
    }
}
