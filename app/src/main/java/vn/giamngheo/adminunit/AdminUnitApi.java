package vn.giamngheo.adminunit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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

@RestController
@RequestMapping("/api/v1/admin-units")
@Tag(
        name = "Administrative units",
        description = "The hierarchy: provinces, districts (before 7/2025), communes, villages")
class AdminUnitApi {
    private final AdminUnits units;
    private final AdminUnitCsvImport csvImport;
    private final CurrentUser currentUser;

    AdminUnitApi(AdminUnits units, AdminUnitCsvImport csvImport, CurrentUser currentUser) {
        this.units = units;
        this.csvImport = csvImport;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Search units by name, accent-insensitive (q); without q, the top-level units")
    List<AdminUnitJson> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "50") int limit) {
        List<AdminUnit> found = q == null || q.isBlank() ? units.roots() : units.search(q, level, limit);
        return found.stream().map(AdminUnitJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit with its current name, level and validity")
    AdminUnitJson get(@PathVariable long id) {
        return AdminUnitJson.of(units.get(id));
    }

    @GetMapping("/{id}/children")
    @Operation(summary = "Children in Vietnamese order; retired ones last, still listed for history")
    List<AdminUnitJson> children(@PathVariable long id, @RequestParam(defaultValue = "true") boolean includeRetired) {
        return units.children(id).stream()
                .filter(u -> includeRetired || !u.retired())
                .map(AdminUnitJson::of)
                .toList();
    }

    @GetMapping("/{id}/ancestry")
    @Operation(summary = "The unit and its parents up to the province")
    List<AdminUnitJson> ancestry(@PathVariable long id) {
        return units.ancestry(units.get(id)).stream().map(AdminUnitJson::of).toList();
    }

    @GetMapping("/{id}/successions")
    @Operation(summary = "Merges, splits and moves this unit took part in")
    List<Succession> successions(@PathVariable long id) {
        return units.successions(id);
    }

    /** Body of POST /api/v1/admin-units. */
    record CreateRequest(Long parentId, String code, String name, String kind, String level, LocalDate validFrom) {}

    @PostMapping
    @Operation(summary = "Create a unit under a parent (201 with the unit; 403 outside your jurisdiction)")
    ResponseEntity<AdminUnitJson> create(@RequestBody CreateRequest body) {
        AdminUnit created = units.create(
                currentUser.actor(),
                new NewAdminUnit(
                        body.parentId(), body.code(), body.name(), body.kind(), body.level(), body.validFrom()));
        return ResponseEntity.created(URI.create("/api/v1/admin-units/" + created.id()))
                .body(AdminUnitJson.of(created));
    }

    record RenameRequest(String name, String kind, LocalDate effective, int version) {}

    @PostMapping("/{id}/rename")
    @Operation(summary = "Rename a unit from a date (the old name stays in its history); 409 on a stale version")
    AdminUnitJson rename(@PathVariable long id, @RequestBody RenameRequest body) {
        return AdminUnitJson.of(
                units.rename(currentUser.actor(), id, body.name(), body.kind(), body.effective(), body.version()));
    }

    record RetireRequest(LocalDate lastDay, String reason, int version) {}

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire a unit after its last day, with the reason; 409 on a stale version")
    AdminUnitJson retire(@PathVariable long id, @RequestBody RetireRequest body) {
        return AdminUnitJson.of(units.retire(currentUser.actor(), id, body.lastDay(), body.reason(), body.version()));
    }

    record MoveRequest(long parentId, LocalDate effective, String legalBasis) {}

    @PostMapping("/{id}/move")
    @Operation(summary = "Move a unit under another parent from a date, citing the legal basis")
    AdminUnitJson move(@PathVariable long id, @RequestBody MoveRequest body) {
        return AdminUnitJson.of(
                units.move(currentUser.actor(), id, body.parentId(), body.effective(), body.legalBasis()));
    }

    record MergeRequest(List<Long> predecessorIds, LocalDate effective, String legalBasis) {}

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge the given units into this one: their children move here, they are retired")
    AdminUnitJson merge(@PathVariable long id, @RequestBody MergeRequest body) {
        return AdminUnitJson.of(
                units.merge(currentUser.actor(), body.predecessorIds(), id, body.effective(), body.legalBasis()));
    }

    record AbolishDistrictsRequest(LocalDate lastDay, String legalBasis) {}

    @PostMapping("/{id}/abolish-districts")
    @Operation(summary = "The 2025 reform for a province: communes move up, districts are retired")
    List<AdminUnitJson> abolishDistricts(@PathVariable long id, @RequestBody AbolishDistrictsRequest body) {
        return units.abolishDistricts(currentUser.actor(), id, body.lastDay(), body.legalBasis()).stream()
                .map(AdminUnitJson::of)
                .toList();
    }

    @PostMapping(
            value = "/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import units from CSV (code,name,kind,level,parent_code,valid_from); all or nothing")
    AdminUnitCsvImport.Result importCsv(
            HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        return csvImport.importCsv(
                currentUser.actor(), new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8), dryRun);
    }
}
