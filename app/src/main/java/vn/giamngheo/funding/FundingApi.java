package vn.giamngheo.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Programs and norms",
        description =
                "The program catalogue, support contents and groups, norms and reference values as versioned data")
class FundingApi {
    private final Catalogue catalogue;
    private final CurrentUser currentUser;
    private final Clock clock;

    FundingApi(Catalogue catalogue, CurrentUser currentUser, Clock clock) {
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record ProgramView(Program program, List<Component> components) {}

    @GetMapping("/programs")
    @Operation(
            summary =
                    "Programs with their projects/components and sub-projects; confidence FIRM, LIKELY, SEED, DEMO or USER")
    List<ProgramView> programs() {
        return catalogue.programs().stream()
                .map(p -> new ProgramView(p, catalogue.components(p.id())))
                .toList();
    }

    @GetMapping("/programs/{id}")
    @Operation(summary = "A program with its projects and sub-projects")
    ProgramView program(@PathVariable long id) {
        return new ProgramView(catalogue.program(id), catalogue.components(id));
    }

    @PostMapping("/programs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a program (whole-country users with FUNDING_EDIT)")
    Program addProgram(@RequestBody Catalogue.NewProgram p) {
        return catalogue.addProgram(currentUser.actor(), p);
    }

    record SourcesRequest(List<FundingSource> sources, int version) {}

    @PutMapping("/programs/{id}/sources")
    @Operation(summary = "Replace the funding sources a program accepts; 409 when the version is stale")
    Program setSources(@PathVariable long id, @RequestBody SourcesRequest r) {
        return catalogue.setSources(currentUser.actor(), id, r.sources(), r.version());
    }

    record ComponentRequest(Long parentId, String code, String name, String legalSource) {}

    @PostMapping("/programs/{id}/components")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a project or sub-project to a program (whole-country users with FUNDING_EDIT)")
    Component addComponent(@PathVariable long id, @RequestBody ComponentRequest r) {
        return catalogue.addComponent(currentUser.actor(), id, r.parentId(), r.code(), r.name(), r.legalSource());
    }

    record RatioRequest(int year, BigDecimal percent, String legalSource) {}

    @PutMapping("/programs/{id}/counterpart-ratio")
    @Operation(summary = "Set the local counterpart ratio (percent of the central budget) for a program and year")
    void ratio(@PathVariable long id, @RequestBody RatioRequest r) {
        catalogue.setCounterpartRatio(currentUser.actor(), id, r.year(), r.percent(), r.legalSource());
    }

    @GetMapping("/support-contents")
    @Operation(summary = "Support contents with their content group (the no-double-support key) and sub-project")
    List<SupportContent> contents() {
        return catalogue.contents();
    }

    @GetMapping("/content-groups")
    @Operation(summary = "Content groups: support of one group is given to a household once")
    List<ContentGroup> groups() {
        return catalogue.groups();
    }

    @GetMapping("/norms")
    @Operation(
            summary = "Norms with their value on a day (default today): a fixed amount or a formula evaluated on the"
                    + " reference values in force; value null = not configured, missing names the reference values")
    List<NormValue> norms(
            @RequestParam(required = false) LocalDate on, @RequestParam(defaultValue = "false") boolean all) {
        return catalogue.norms(on == null ? LocalDate.now(clock) : on, all);
    }

    record NormRequest(
            long contentId,
            String beneficiary,
            String basis,
            String level,
            Long unitId,
            String measure,
            BigDecimal amount,
            String formula,
            LocalDate validFrom,
            LocalDate validTo,
            String legalSource,
            String note,
            Long supersedesId) {}

    @PostMapping("/norms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a norm or a correction (supersedesId): refused over the central ceiling, outside the"
                    + " content's validity, with a non-integer or negative amount")
    Norm addNorm(@RequestBody NormRequest r) {
        Long amount = r.amount() == null ? null : Amounts.positive("amount", r.amount());
        return catalogue.addNorm(
                currentUser.actor(),
                new Norm(
                        0,
                        r.contentId(),
                        orDefault(r.beneficiary(), "ANY"),
                        orDefault(r.basis(), "HOUSEHOLD"),
                        orDefault(r.level(), "CENTRAL_CEILING"),
                        r.unitId(),
                        orDefault(r.measure(), "AMOUNT"),
                        amount,
                        r.formula(),
                        r.validFrom() == null ? LocalDate.now(clock) : r.validFrom(),
                        r.validTo(),
                        r.legalSource(),
                        "USER",
                        r.note(),
                        r.supersedesId(),
                        false));
    }

    @GetMapping("/reference-values")
    @Operation(summary = "Reference values norms are computed from (base salary and the like), by validity")
    List<ReferenceValue> referenceValues() {
        return catalogue.referenceValues();
    }

    @PostMapping("/reference-values")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a reference value from a day (whole-country users with FUNDING_EDIT)")
    void addReferenceValue(@RequestBody ReferenceValue v) {
        catalogue.addReferenceValue(
                currentUser.actor(),
                new ReferenceValue(
                        0,
                        v.code(),
                        v.name(),
                        v.unit() == null ? "" : v.unit(),
                        v.value(),
                        v.validFrom(),
                        v.validTo(),
                        v.legalSource(),
                        "USER"));
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isBlank() ? d : s;
    }
}
