package vn.giamngheo.standard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.standard.Area;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.PovertyStandards;
import vn.giamngheo.standard.StandardJson;
import vn.giamngheo.standard.StandardVersion;
import vn.giamngheo.standard.Validity;

@RestController
@RequestMapping("/api/v1/standards")
@Tag(
        name = "Poverty standards",
        description = "QĐ 59/2015, NĐ 07/2021, NĐ 351/2025 and local standards as versioned data; "
                + "every value carries its confidence and a provisional flag")
class StandardsApi {
    private final PovertyStandards standards;
    private final CurrentUser currentUser;

    StandardsApi(PovertyStandards standards, CurrentUser currentUser) {
        this.standards = standards;
        this.currentUser = currentUser;
    }

    /** A standard as the list shows it. */
    record Summary(
            String id,
            int version,
            String name,
            String kind,
            String status,
            String parentId,
            Long provinceUnitId,
            Validity validity) {
        static Summary of(PovertyStandard s) {
            return new Summary(
                    s.id(),
                    s.version(),
                    s.name(),
                    s.kind().name(),
                    s.status().name(),
                    s.parentId(),
                    s.provinceUnitId(),
                    s.validity());
        }
    }

    @GetMapping
    @Operation(summary = "Every standard in its newest version (national first)")
    List<Summary> list() {
        return standards.list().stream().map(Summary::of).toList();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One standard with all its values and their confidence/provisional flags: the newest "
                    + "published version, or the given version. The same JSON is accepted by "
                    + "`classify --standard-file` and by POST …/corrections")
    ResponseEntity<String> get(
            @PathVariable String id,
            @Parameter(description = "a version number") @RequestParam(required = false) Integer version) {
        return json(standards.get(id, version));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "All versions of a standard with their status and who published them")
    List<StandardVersion> versions(@PathVariable String id) {
        return standards.versions(id);
    }

    /** Body of POST /api/v1/standards/{id}/derive: lines in VND per person per month, per area. */
    record DeriveRequest(
            long provinceUnitId, String name, String legalBasis, Map<Area, PovertyStandard.LineValues> lines) {}

    @PostMapping(value = "/{id}/derive", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Derive a local standard for a province from this national one, with higher lines "
                    + "(201 with the draft; needs STANDARD_EDIT and the province in your jurisdiction)")
    ResponseEntity<String> derive(@PathVariable String id, @RequestBody DeriveRequest body) {
        PovertyStandard local = standards.deriveLocal(
                currentUser.actor(), id, body.provinceUnitId(), body.name(), body.legalBasis(), body.lines());
        return ResponseEntity.created(URI.create("/api/v1/standards/" + local.id() + "?version=" + local.version()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(StandardJson.write(local));
    }

    @PostMapping(
            value = "/{id}/corrections",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Correct a standard: the whole definition as GET shows it; it replaces the draft or "
                    + "becomes a new draft version (a published version never changes)")
    ResponseEntity<String> correct(@PathVariable String id, @RequestBody String definition) {
        return json(standards.correct(currentUser.actor(), id, StandardJson.readOne(definition)));
    }

    @PostMapping(value = "/{id}/publish", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish the draft of a standard: it becomes the version classifications use, unchangeable")
    ResponseEntity<String> publish(@PathVariable String id) {
        return json(standards.publish(currentUser.actor(), id));
    }

    private static ResponseEntity<String> json(PovertyStandard s) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(StandardJson.write(s));
    }
}
