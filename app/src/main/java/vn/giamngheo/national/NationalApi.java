package vn.giamngheo.national;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

@RestController
@RequestMapping("/api/v1/national")
@Tag(name = "National jobs", description = "Whole-country runs carried out by the Spark jobs and their results")
class NationalApi {
    static final List<String> DIMENSIONS = List.of("COUNTRY", "PROVINCE", "COMMUNE", "ETHNICITY", "AREA");
    private final NationalRuns runs;
    private final NationalResults results;
    private final CurrentUser currentUser;

    NationalApi(NationalRuns runs, NationalResults results, CurrentUser currentUser) {
        this.runs = runs;
        this.results = results;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Request a national run (job WHAT_IF with year and standard, MPI with year, standard and k,"
                    + " or DUPLICATES) for the Spark jobs to carry out; one open run per job")
    NationalRun request(@RequestBody NationalRuns.Request request) {
        return runs.request(currentUser.actor(), request);
    }

    @GetMapping("/runs")
    @Operation(summary = "The national runs, newest first, with their status, counts, engine and duration")
    List<NationalRun> list(@RequestParam(defaultValue = "50") int limit) {
        return runs.list(currentUser.actor(), limit);
    }

    /** The latest national what-if: the run, counts by province from → to, and a page of changed households. */
    record WhatIf(NationalRun run, List<NationalResults.ProvinceCount> byProvince, NationalResults.Changes changes) {}

    @GetMapping("/what-if")
    @Operation(
            summary = "The latest finished national what-if: counts by province from class to class and the"
                    + " households that change class (paged, within the reader's jurisdiction)")
    WhatIf whatIf(@RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        Actor actor = currentUser.actor();
        NationalRuns.requireCountry(actor);
        return runs.latestFinished("WHAT_IF")
                .map(r ->
                        new WhatIf(r, results.whatIfByProvince(r.id()), results.changes(actor, r.id(), limit, offset)))
                .orElse(new WhatIf(null, List.of(), new NationalResults.Changes(0, List.of())));
    }

    /** The latest national Alkire–Foster measures at one k: the groups of one dimension and the indicators. */
    record Mpi(
            NationalRun run,
            Double k,
            String dimension,
            List<NationalResults.MpiGroup> groups,
            List<NationalResults.MpiIndicator> indicators) {}

    @GetMapping("/mpi")
    @Operation(
            summary = "The latest finished national Alkire–Foster run at cut-off k: H, A, M0, population share and"
                    + " contribution of each group of a dimension (COUNTRY, PROVINCE, COMMUNE, ETHNICITY, AREA), and"
                    + " the censored headcounts and contributions of the country's indicators, or one group's (key)")
    Mpi mpi(
            @RequestParam(required = false) Double k,
            @RequestParam(defaultValue = "PROVINCE") String dimension,
            @RequestParam(required = false) String key) {
        NationalRuns.requireCountry(currentUser.actor());
        String d = dimension(dimension);
        return runs.latestFinished("MPI")
                .map(r -> {
                    double kk = k(r, k);
                    return new Mpi(
                            r,
                            kk,
                            d,
                            results.mpiGroups(r.id(), kk, d),
                            results.mpiIndicators(r.id(), kk, key == null ? "COUNTRY" : d, key == null ? "VN" : key));
                })
                .orElse(new Mpi(null, null, d, List.of(), List.of()));
    }

    /** The latest duplicate check: the number of IDs of each kind and a page of households holding them. */
    record Duplicates(
            NationalRun run, NationalResults.DuplicateCounts counts, List<NationalResults.Duplicate> households) {}

    @GetMapping("/duplicates")
    @Operation(
            summary = "The latest finished check of citizen IDs: IDs in households of two or more provinces (kind"
                    + " PROVINCES) or in two or more households (HOUSEHOLDS), and the households holding them (paged,"
                    + " within the reader's jurisdiction)")
    Duplicates duplicates(
            @RequestParam(defaultValue = "PROVINCES") String kind,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        Actor actor = currentUser.actor();
        NationalRuns.requireCountry(actor);
        String kd = kind(kind);
        return runs.latestFinished("DUPLICATES")
                .map(r -> new Duplicates(
                        r, results.duplicateCounts(r.id()), results.duplicates(actor, r.id(), kd, limit, offset)))
                .orElse(new Duplicates(null, new NationalResults.DuplicateCounts(0, 0), List.of()));
    }

    static String dimension(String s) {
        String d = s == null ? "PROVINCE" : s.trim().toUpperCase(Locale.ROOT);
        if (!DIMENSIONS.contains(d)) {
            throw InvalidInput.of("dimension", Message.of("national.dimension", s, String.join(", ", DIMENSIONS)));
        }
        return d;
    }

    static String kind(String s) {
        String k = s == null ? "PROVINCES" : s.trim().toUpperCase(Locale.ROOT);
        if (!k.equals("PROVINCES") && !k.equals("HOUSEHOLDS")) {
            throw InvalidInput.of("kind", Message.of("national.kind", s));
        }
        return k;
    }

    /** The run's cut-off nearest to the one asked (the first when none is asked). */
    static double k(NationalRun r, Double k) {
        double best = r.ks().get(0);
        if (k != null) {
            for (double x : r.ks()) {
                if (Math.abs(x - k) < Math.abs(best - k)) {
                    best = x;
                }
            }
        }
        return best;
    }
}
