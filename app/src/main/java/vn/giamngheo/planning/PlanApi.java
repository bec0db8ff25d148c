package vn.giamngheo.planning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/** Stored plans: save a reviewed extraction, read, correct, void, attach and download files. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans")
class PlanApi {
    private final Plans plans;
    private final Tasks tasks;
    private final Obligations obligations;
    private final DraftReader reader;
    private final CurrentUser currentUser;

    PlanApi(Plans plans, Tasks tasks, Obligations obligations, DraftReader reader, CurrentUser currentUser) {
        this.plans = plans;
        this.tasks = tasks;
        this.obligations = obligations;
        this.reader = reader;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Plans of a unit's subtree the user may read (newest first)")
    List<PlanSummary> list(@RequestParam long unitId, @RequestParam(defaultValue = "false") boolean includeVoided) {
        return plans.list(currentUser.actor(), unitId, includeVoided);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan with its tasks (assignments, schedules), duties, attachments and chain both ways")
    PlanDetail get(@PathVariable long id) {
        return plans.get(currentUser.actor(), id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Save a reviewed extraction (the import's JSON as corrected, with unitId in the body or the"
                    + " query); every problem is answered at once with line, field and reason, and nothing is stored")
    PlanDetail save(@RequestParam(required = false) Long unitId, @RequestBody byte[] body) {
        return plans.save(currentUser.actor(), withUnit(reader.read(body), unitId), null);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a reviewed extraction (part \"plan\", JSON) with the original document (part \"file\")")
    PlanDetail saveWithFile(
            @RequestParam(required = false) Long unitId,
            @RequestPart("plan") byte[] plan,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        return plans.save(currentUser.actor(), withUnit(reader.read(plan), unitId), upload(file));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a plan's number, date, issuer, title or years (with the version read)")
    Plan update(@PathVariable long id, @RequestBody PlanHeader header) {
        return plans.updateHeader(currentUser.actor(), id, header);
    }

    record VoidRequest(String reason, int version) {}

    @PostMapping("/{id}/void")
    @Operation(summary = "Void a plan (kept, with who, when and why)")
    Plan voidPlan(@PathVariable long id, @RequestBody VoidRequest r) {
        return plans.voidPlan(currentUser.actor(), id, r.reason(), r.version());
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file to a plan (part \"file\")")
    StoredFile attach(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        return plans.attach(currentUser.actor(), id, upload(file));
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "Download a file of a plan: the document, evidence of progress, a submitted report")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        return download(plans.file(currentUser.actor(), id, fileId));
    }

    @GetMapping("/{id}/tasks")
    @Operation(summary = "The plan's task occurrences in a year, with status, overdue and due-soon flags")
    List<TaskOccurrence> occurrences(@PathVariable long id, @RequestParam int year) {
        return tasks.ofPlan(currentUser.actor(), id, year);
    }

    @GetMapping("/{id}/obligations")
    @Operation(summary = "The reports the plan's duties owe in a year, with their status today")
    List<ObligationView> obligations(@PathVariable long id, @RequestParam int year) {
        return obligations.ofPlan(currentUser.actor(), id, year);
    }

    record Generated(int created) {}

    @PostMapping("/{id}/obligations")
    @Operation(summary = "Generate the plan's reporting obligations for a year (only the missing ones)")
    Generated generate(@PathVariable long id, @RequestParam int year) {
        return new Generated(obligations.generate(currentUser.actor(), id, year));
    }

    static PlanDraft withUnit(PlanDraft d, Long unitId) {
        if (unitId == null) {
            return d;
        }
        if (d.unitId() != null && !d.unitId().equals(unitId)) {
            throw InvalidInput.of(
                    "unitId", Message.of("plan.unitMismatch", String.valueOf(d.unitId()), String.valueOf(unitId)));
        }
        return d.withUnit(unitId);
    }

    static UploadedFile upload(MultipartFile file) throws IOException {
        return file == null || file.isEmpty()
                ? null
                : new UploadedFile(file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    static ResponseEntity<byte[]> download(FileContent content) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(content.file().contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.file().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag("\"" + content.file().sha256() + "\"")
                .body(content.bytes());
    }
}
