package vn.giamngheo.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.multipart.MultipartFile;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/vacancies")
@Tag(name = "Jobs", description = "Worker profiles, vacancies, matching, referrals and their outcomes")
class VacancyApi {
    private final Vacancies vacancies;
    private final Matches matches;
    private final CurrentUser currentUser;

    VacancyApi(Vacancies vacancies, Matches matches, CurrentUser currentUser) {
        this.vacancies = vacancies;
        this.matches = matches;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Vacancies kept in a unit's subtree or with their workplace there; open ones unless all=true")
    List<Vacancy> list(
            @RequestParam long unitId,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "500") int limit) {
        currentUser.actor();
        return vacancies.list(unitId, all, q, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One vacancy")
    Vacancy get(@PathVariable long id) {
        currentUser.actor();
        return vacancies.get(id);
    }

    @PostMapping
    @Operation(summary = "Enter a vacancy (201)")
    ResponseEntity<Vacancy> create(@RequestBody VacancyData body) {
        Vacancy created = vacancies.create(currentUser.actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + created.id()))
                .body(created);
    }

    record UpdateRequest(VacancyData vacancy, int version) {}

    @PutMapping("/{id}")
    @Operation(summary = "Save a vacancy; 409 if someone saved it after the given version")
    Vacancy update(@PathVariable long id, @RequestBody UpdateRequest body) {
        return vacancies.update(currentUser.actor(), id, body.vacancy(), body.version());
    }

    record CloseRequest(int version) {}

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a vacancy before its closing date; 409 on a stale version")
    Vacancy close(@PathVariable long id, @RequestBody CloseRequest body) {
        return vacancies.close(currentUser.actor(), id, body.version());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a vacancy list (CSV or XLSX, part \"file\"); one bad line and nothing is stored")
    Vacancies.Imported importFile(@RequestParam long unitId, @RequestParam("file") MultipartFile file)
            throws IOException {
        return vacancies.importFile(currentUser.actor(), unitId, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/candidates")
    @Operation(summary = "Workers of a unit's subtree ranked for a vacancy, each with its reasons")
    List<Matches.RankedWorker> candidates(@PathVariable long id, @RequestParam long unitId) {
        return matches.candidates(currentUser.actor(), id, unitId);
    }

    record NeighbourRequest(long communeId, long neighbourId) {}

    @PostMapping("/commute/neighbours")
    @Operation(summary = "Record two communes as neighbours (people commute between them)")
    ResponseEntity<Void> neighbours(@RequestBody NeighbourRequest body) {
        matches.setNeighbours(currentUser.actor(), body.communeId(), body.neighbourId());
        return ResponseEntity.noContent().build();
    }

    record PlaceRequest(double latitude, double longitude, BigDecimal commuteKm) {}

    @PutMapping("/commute/places/{communeId}")
    @Operation(summary = "Set a commune's point and how far its people commute, in km")
    ResponseEntity<Void> place(@PathVariable long communeId, @RequestBody PlaceRequest body) {
        matches.setPlace(currentUser.actor(), communeId, body.latitude(), body.longitude(), body.commuteKm());
        return ResponseEntity.noContent().build();
    }
}
