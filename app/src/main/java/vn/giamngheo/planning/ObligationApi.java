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
import tools.jackson.databind.JsonNode;
import vn.giamngheo.identity.CurrentUser;

/** Reporting obligations: completeness by unit, one obligation, submissions. */
@RestController
@RequestMapping("/api/v1/reporting-obligations")
@Tag(name = "Reporting obligations", description = "Reports plans demand, per reporting unit and period")
class ObligationApi {
    private final Obligations obligations;
    private final DraftReader json;
    private final CurrentUser currentUser;

    ObligationApi(Obligations obligations, DraftReader json, CurrentUser currentUser) {
        this.obligations = obligations;
        this.json = json;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(
            summary = "Obligations of a year in a unit's subtree with counts per status (ON_TIME, LATE, MISSING,"
                    + " PENDING) overall and per reporting unit")
    Completeness completeness(@RequestParam long unitId, @RequestParam int year) {
        return obligations.completeness(currentUser.actor(), unitId, year);
    }

    record ObligationWithSubmissions(ObligationView obligation, List<Submission> submissions) {}

    @GetMapping("/{id}")
    @Operation(summary = "One obligation and its submissions")
    ObligationWithSubmissions get(@PathVariable long id) {
        return new ObligationWithSubmissions(
                obligations.get(currentUser.actor(), id), obligations.submissions(currentUser.actor(), id));
    }

    record SubmissionRequest(JsonNode figures, String note) {}

    @PostMapping(path = "/{id}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit the report as figures (a JSON object or array) dated today")
    ObligationView submit(@PathVariable long id, @RequestBody SubmissionRequest r) {
        String figures = r.figures() == null || r.figures().isNull() ? null : json.write(r.figures());
        return obligations.submit(currentUser.actor(), id, null, figures, r.note());
    }

    @PostMapping(path = "/{id}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit the report as a file (part \"file\") and/or figures (part \"figures\", JSON)")
    ObligationView submitFile(
            @PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String figures,
            @RequestParam(required = false) String note)
            throws IOException {
        return obligations.submit(currentUser.actor(), id, PlanApi.upload(file), figures, note);
    }
}
