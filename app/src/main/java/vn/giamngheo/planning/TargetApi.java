package vn.giamngheo.planning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Targets", description = "Poverty-reduction targets per unit and year (seed 003's table, seed 004's split)")
class TargetApi {
    private final Targets targets;
    private final CurrentUser currentUser;

    TargetApi(Targets targets, CurrentUser currentUser) {
        this.targets = targets;
        this.currentUser = currentUser;
    }

    @GetMapping("/targets")
    @Operation(
            summary =
                    "Target rows for the unit's children and a total row (unitId null): rates in percent, two decimals")
    List<TargetRow> table(@RequestParam long unitId, @RequestParam int year) {
        return targets.table(unitId, year);
    }

    record TargetRequest(
            long unitId,
            int year,
            Integer poorStart,
            Integer plannedReduction,
            Integer reductionWithoutLabour,
            Integer reductionWithLabour,
            BigDecimal rateChangePoints,
            String sourceDocument,
            String note) {}

    @PutMapping("/targets")
    @Operation(summary = "Set a unit's targets for a year (planned reductions, rates)")
    void set(@RequestBody TargetRequest r) {
        targets.setTarget(
                currentUser.actor(),
                new PovertyTarget(
                        r.unitId(),
                        r.year(),
                        r.poorStart(),
                        r.plannedReduction(),
                        r.reductionWithoutLabour(),
                        r.reductionWithLabour(),
                        r.rateChangePoints(),
                        r.sourceDocument(),
                        Map.of(),
                        r.note()));
    }

    record StatisticsRequest(long unitId, int year, int totalHouseholds, Integer minorityHouseholds, String source) {}

    @PostMapping("/unit-statistics")
    @Operation(summary = "Record a unit's resident and ethnic-minority households for a year (the rates' denominator)")
    void statistics(@RequestBody StatisticsRequest r) {
        targets.recordStatistics(
                currentUser.actor(), r.unitId(), r.year(), r.totalHouseholds(), r.minorityHouseholds(), r.source());
    }
}
