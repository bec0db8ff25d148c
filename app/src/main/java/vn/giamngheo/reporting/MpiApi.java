package vn.giamngheo.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Actor;

@RestController
@RequestMapping("/api/v1/analytics/mpi")
@Tag(name = "Alkire–Foster", description = "Multidimensional poverty measures over recognised households")
class MpiApi {
    private final Mpi mpi;
    private final CurrentUser currentUser;

    MpiApi(Mpi mpi, CurrentUser currentUser) {
        this.mpi = mpi;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(
            summary = "H, A, M0, per-indicator headcount ratios and contributions, subgroups; an array when several k",
            description = "unitId and year: the recognised households of the subtree (lists in force and every other"
                    + " household those reviews found); reviewId: one campaign's households (provisional until"
                    + " recognition). k: shares of the total weight, comma-separated (0.25 = 3 of 12 equally weighted"
                    + " indicators). weights: CODE:w,… (the indicators analysed; default: the standard's, equal)."
                    + " by: childUnit, area, ethnicity, group (target groups, overlapping), class. unit: HOUSEHOLD or"
                    + " PERSON.")
    Object measures(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long reviewId,
            @RequestParam(required = false) String k,
            @RequestParam(required = false) String weights,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String unit,
            Locale locale) {
        Actor actor = currentUser.actor();
        MpiQuery.By grouping = MpiQuery.By.of(by);
        Mpi.Population p = mpi.population(
                actor, unitId, year, reviewId, grouping == MpiQuery.By.AREA || grouping == MpiQuery.By.ETHNICITY);
        MpiQuery q = MpiQuery.parse(k, weights, by, unit, mpi.defaultCodes(p));
        List<MpiResult> results = mpi.measures(actor, p, q, locale);
        return results.size() == 1 ? results.get(0) : results;
    }

    @GetMapping("/households")
    @Operation(
            summary = "Drill-down: the households behind h_j(k) — poor at cut-off k and deprived in the indicator —"
                    + " within the caller's jurisdiction (403 for a unit or campaign outside it)")
    Mpi.Drill households(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long reviewId,
            @RequestParam(required = false) String k,
            @RequestParam(required = false) String weights,
            @RequestParam String indicator,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        Actor actor = currentUser.actor();
        Mpi.Population p = mpi.population(actor, unitId, year, reviewId, false);
        MpiQuery q = MpiQuery.parse(k, weights, null, null, mpi.defaultCodes(p));
        return mpi.households(actor, p, q, q.ks().get(0), indicator, limit, offset);
    }
}
