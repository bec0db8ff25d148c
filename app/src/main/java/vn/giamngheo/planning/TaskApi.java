package vn.giamngheo.planning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.giamngheo.identity.CurrentUser;

/** Tasks at work: an agency's tasks, what is overdue under a unit, a task's progress. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Task occurrences per year, our tasks, overdue tasks, progress updates")
class TaskApi {
    private final Tasks tasks;
    private final CurrentUser currentUser;

    TaskApi(Tasks tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(
            summary = "Our tasks: occurrences in a year of the tasks an agency leads, coordinates or shares"
                    + " as one of a collective (\"UBND các xã, thị trấn\")")
    List<TaskOccurrence> ofAgency(@RequestParam long agencyId, @RequestParam int year) {
        return tasks.ofAgency(currentUser.actor(), agencyId, year);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Occurrences overdue today of the tasks of plans in a unit's subtree")
    List<TaskOccurrence> overdue(@RequestParam long unitId) {
        return tasks.overdue(currentUser.actor(), unitId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A task in a year: occurrences, the lead's status, every update and the contributions")
    TaskDetail get(@PathVariable long id, @RequestParam int year) {
        return tasks.detail(currentUser.actor(), id, year);
    }

    record ProgressRequest(long agencyId, int year, String status, String note) {}

    @PostMapping(path = "/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a progress update (NOT_STARTED, IN_PROGRESS, DONE, BLOCKED) for an assigned agency")
    ProgressUpdate progress(@PathVariable long id, @RequestBody ProgressRequest r) {
        return tasks.report(currentUser.actor(), id, r.agencyId(), r.year(), r.status(), r.note(), null);
    }

    @PostMapping(path = "/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a progress update with an evidence file (parts agencyId, year, status, note, evidence)")
    ProgressUpdate progressWithEvidence(
            @PathVariable long id,
            @RequestParam long agencyId,
            @RequestParam int year,
            @RequestParam String status,
            @RequestParam(required = false) String note,
            @RequestPart(name = "evidence", required = false) MultipartFile evidence)
            throws IOException {
        return tasks.report(currentUser.actor(), id, agencyId, year, status, note, PlanApi.upload(evidence));
    }
}
