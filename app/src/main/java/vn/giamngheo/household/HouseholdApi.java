package vn.giamngheo.household;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Households", description = "The household registry, within the caller's jurisdiction")
class HouseholdApi {
    private final HouseholdRegistry registry;
    private final CurrentUser currentUser;

    HouseholdApi(HouseholdRegistry registry, CurrentUser currentUser) {
        this.registry = registry;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "List households (paged): unitId = subtree, class, group, q = name/code/citizen ID")
    HouseholdPage list(
            @RequestParam(required = false) Long unitId,
            @RequestParam(name = "class", required = false) String klass,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean includeVoided,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return registry.list(
                currentUser.actor(), new HouseholdQuery(unitId, klass, group, q, includeVoided, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One household, now or as it was on a date (asOf=YYYY-MM-DD)")
    Household get(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return asOf == null ? registry.get(currentUser.actor(), id) : registry.asOf(currentUser.actor(), id, asOf);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every change of a household: who, when, what")
    List<HouseholdChange> history(@PathVariable long id) {
        return registry.history(currentUser.actor(), id);
    }

    @GetMapping("/{id}/shared-citizen-ids")
    @Operation(summary = "Citizen IDs of this household's members that also appear in other current households")
    Map<String, List<String>> shared(@PathVariable long id) {
        return registry.sharedCitizenIds(currentUser.actor(), id);
    }

    @GetMapping("/duplicate-citizen-ids")
    @Operation(summary = "Citizen IDs held in more than one current household of a unit")
    List<DuplicateCitizenId> duplicates(@RequestParam long unitId) {
        return registry.duplicates(currentUser.actor(), unitId);
    }

    @PostMapping
    @Operation(summary = "Register a household with its members (201 with the household)")
    ResponseEntity<Household> create(@RequestBody HouseholdData body) {
        Household created = registry.create(currentUser.actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/households/" + created.id()))
                .body(created);
    }

    /** Body of PUT: the new state and the version it was based on. */
    record UpdateRequest(HouseholdData household, int version) {}

    @PutMapping("/{id}")
    @Operation(summary = "Save a household; 409 if someone saved it after the given version")
    Household update(@PathVariable long id, @RequestBody UpdateRequest body) {
        if (body.household() == null) {
            throw InvalidInput.of("household", Message.of("input.missing"));
        }
        return registry.update(currentUser.actor(), id, body.household(), body.version());
    }

    record MoveRequest(long unitId, int version) {}

    @PostMapping("/{id}/move")
    @Operation(summary = "Move a household to another unit; 409 on a stale version")
    Household move(@PathVariable long id, @RequestBody MoveRequest body) {
        return registry.move(currentUser.actor(), id, body.unitId(), body.version());
    }

    record VoidRequest(String reason, int version) {}

    @PostMapping("/{id}/void")
    @Operation(summary = "Void a household with a reason (kept for history); 409 on a stale version")
    Household voidHousehold(@PathVariable long id, @RequestBody VoidRequest body) {
        return registry.voidHousehold(currentUser.actor(), id, body.reason(), body.version());
    }
}
