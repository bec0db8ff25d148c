package vn.giamngheo.agency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.NotFound;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "Bodies that plans assign work to, with their abbreviations")
class AgencyApi {
    private final Agencies agencies;
    private final CurrentUser currentUser;

    AgencyApi(Agencies agencies, CurrentUser currentUser) {
        this.agencies = agencies;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Agencies in a unit's subtree, optionally searched by name or abbreviation")
    List<Agency> list(
            @RequestParam long unitId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "200") int limit) {
        return agencies.inSubtree(unitId, q, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agency with its abbreviation and unit")
    Agency get(@PathVariable long id) {
        return agencies.get(id);
    }

    @GetMapping("/match")
    @Operation(summary = "The agency a document written for unitId means by a name as written (e.g. 'Phòng LĐ-TB&XH')")
    Agency match(@RequestParam String name, @RequestParam long unitId) {
        return agencies.match(name, unitId).orElseThrow(() -> new NotFound("AgencyName", name));
    }

    record CreateRequest(long unitId, AgencyKind kind, String name, String shortName, List<String> aliases) {}

    @PostMapping
    @Operation(summary = "Create an agency in a unit (201 with the agency)")
    ResponseEntity<Agency> create(@RequestBody CreateRequest body) {
        Agency created = agencies.create(
                currentUser.actor(),
                body.unitId(),
                body.kind(),
                body.name(),
                body.shortName(),
                body.aliases() == null ? List.of() : body.aliases());
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + created.id()))
                .body(created);
    }
}
