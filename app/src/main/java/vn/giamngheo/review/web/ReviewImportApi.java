package vn.giamngheo.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.review.ImportJob;
import vn.giamngheo.review.ReviewImport;

@RestController
@RequestMapping("/api/v1/reviews/{id}")
@Tag(name = "Reviews", description = "Bulk import of households into a campaign")
class ReviewImportApi {
    private final ReviewImport imports;
    private final CurrentUser currentUser;

    ReviewImportApi(ReviewImport imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @PostMapping("/households")
    @Operation(
            summary = "Import households (JSON Lines or CSV body)",
            description = "Content-Type application/jsonl (or application/x-ndjson) for the exchange format, text/csv"
                    + " for the CSV layout of docs/review-import.md; or ?format=JSONL|CSV. The whole file is checked"
                    + " first: if any row is wrong nothing is stored and the 400 answer lists every error with row,"
                    + " field and reason. dryRun=true checks only. Re-importing the same file changes nothing"
                    + " (by household code). villageId: the village of the file's new households when the file names"
                    + " none. async=true answers 202 at once with the job to follow.")
    ResponseEntity<?> importHouseholds(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) Long villageId,
            @RequestParam(defaultValue = "false") boolean async,
            @Parameter(description = "JSONL or CSV; default from the Content-Type") @RequestParam(required = false)
                    String format,
            HttpServletRequest request)
            throws IOException {
        String f = format != null ? format : formatOf(request.getContentType());
        var options = new ReviewImport.Options(dryRun, villageId);
        if (async) {
            long job = imports.startAsync(currentUser.actor(), id, request.getInputStream(), f, options);
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .header("Location", "/api/v1/reviews/" + id + "/imports/" + job)
                    .body(Map.of("jobId", job));
        }
        return ResponseEntity.ok(imports.run(
                currentUser.actor(),
                id,
                imports.sourceFor(currentUser.actor(), id, f, request.getInputStream()),
                options));
    }

    @GetMapping("/imports")
    @Operation(summary = "The campaign's imports, newest first, with their progress")
    List<ImportJob> jobs(@PathVariable long id) {
        return imports.jobs(currentUser.actor(), id);
    }

    @GetMapping("/imports/{jobId}")
    @Operation(summary = "One import: processed/total, phase, and at the end its summary or every error")
    ImportJob job(@PathVariable long id, @PathVariable long jobId) {
        return imports.job(currentUser.actor(), id, jobId);
    }

    static String formatOf(String contentType) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (t.startsWith("text/csv")) {
            return "CSV";
        }
        if (t.contains("spreadsheetml")) {
            return "XLSX";
        }
        if (t.contains("jsonl") || t.contains("ndjson") || t.contains("jsonlines") || t.contains("json-lines")) {
            return "JSONL";
        }
        return contentType;
    }
}
