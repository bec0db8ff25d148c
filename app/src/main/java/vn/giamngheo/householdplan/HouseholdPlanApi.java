package vn.giamngheo.householdplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

@RestController
@RequestMapping("/api/v1/household-plans")
@Tag(
        name = "Household plans",
        description = "Each poor or near-poor household's plan to escape poverty, the able-to-escape lists, "
                + "their hit rate and poverty by cause")
class HouseholdPlanApi {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final HouseholdPlans plans;
    private final EscapeLists escapes;
    private final PovertyCauses causes;
    private final CurrentUser currentUser;

    HouseholdPlanApi(HouseholdPlans plans, EscapeLists escapes, PovertyCauses causes, CurrentUser currentUser) {
        this.plans = plans;
        this.escapes = escapes;
        this.causes = causes;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The plans of a unit's households for a year, by helper, target year or overdue follow-up")
    List<PlanRow> board(
            @RequestParam long unitId,
            @RequestParam int year,
            @RequestParam(required = false) String helper,
            @RequestParam(required = false) Integer targetYear,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return plans.board(currentUser.actor(), unitId, year, helper, targetYear, overdue);
    }

    record NewPlan(Long householdId, Integer year) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Draft a household's plan for a year from its latest survey (refused unless it is poor or "
                    + "near-poor on the lists in force)")
    HouseholdPlan draft(@RequestBody NewPlan p) {
        if (p == null || p.householdId() == null) {
            throw InvalidInput.of("householdId", Message.of("householdplan.required"));
        }
        if (p.year() == null) {
            throw InvalidInput.of("year", Message.of("householdplan.required"));
        }
        return plans.draft(currentUser.actor(), p.householdId(), p.year());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A household plan with its solutions and visits")
    HouseholdPlan get(@PathVariable long id) {
        return plans.get(currentUser.actor(), id);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Edit a plan (causes, target year, helper and consent, solutions); the version read is required")
    HouseholdPlan update(@PathVariable long id, @RequestBody PlanEdit edit) {
        if (edit == null) {
            throw InvalidInput.of("version", Message.of("householdplan.required"));
        }
        return plans.update(currentUser.actor(), id, edit);
    }

    record NewVisit(
            Integer version,
            LocalDate visitedOn,
            String progress,
            String note,
            String visitedBy,
            LocalDate nextVisitOn) {}

    @PostMapping("/{id}/visits")
    @Operation(summary = "Record a follow-up visit to the household and the next visit's date")
    HouseholdPlan visit(@PathVariable long id, @RequestBody NewVisit v) {
        if (v == null || v.version() == null) {
            throw InvalidInput.of("version", Message.of("householdplan.required"));
        }
        return plans.addVisit(
                currentUser.actor(),
                id,
                v.version(),
                v.visitedOn(),
                v.progress(),
                v.note(),
                v.visitedBy(),
                v.nextVisitOn());
    }

    record VoidRequest(Integer version, String reason) {}

    @PostMapping("/{id}/void")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Void a plan made in error, with the reason")
    void voidPlan(@PathVariable long id, @RequestBody VoidRequest r) {
        if (r == null || r.version() == null) {
            throw InvalidInput.of("version", Message.of("householdplan.required"));
        }
        plans.voidPlan(currentUser.actor(), id, r.version(), r.reason());
    }

    @GetMapping("/suggestions")
    @Operation(summary = "The draft's mapping: the solutions each deprivation and cause suggests")
    List<Suggestion> suggestions() {
        return plans.suggestions();
    }

    @GetMapping("/escape-list")
    @Operation(summary = "A commune's list of households able to escape poverty in the year, by labour capacity")
    EscapeList escapeList(@RequestParam long communeId, @RequestParam int year) {
        return escapes.list(currentUser.actor(), communeId, year);
    }

    @GetMapping("/escape-list/xlsx")
    @Operation(summary = "The able-to-escape list as Excel")
    ResponseEntity<byte[]> escapeXlsx(@RequestParam long communeId, @RequestParam int year, Locale locale) {
        return file(escapes.xlsx(currentUser.actor(), communeId, year, locale), XLSX, communeId, year, "xlsx");
    }

    @GetMapping("/escape-list/pdf")
    @Operation(summary = "The able-to-escape list as PDF")
    ResponseEntity<byte[]> escapePdf(@RequestParam long communeId, @RequestParam int year, Locale locale) {
        return file(
                escapes.pdf(currentUser.actor(), communeId, year, locale),
                MediaType.APPLICATION_PDF,
                communeId,
                year,
                "pdf");
    }

    record SubmitRequest(Long communeId, Integer year, Long obligationId) {}

    @PostMapping("/escape-list/submissions")
    @Operation(summary = "Submit the able-to-escape list, optionally as one of the commune's reporting obligations")
    EscapeList submit(@RequestBody SubmitRequest r, Locale locale) {
        if (r == null || r.communeId() == null) {
            throw InvalidInput.of("communeId", Message.of("householdplan.required"));
        }
        if (r.year() == null) {
            throw InvalidInput.of("year", Message.of("householdplan.required"));
        }
        return escapes.submit(currentUser.actor(), r.communeId(), r.year(), r.obligationId(), locale);
    }

    @GetMapping("/hit-rates")
    @Operation(
            summary =
                    "Per commune of a unit: households expected to escape in the year and those recognised as escaped")
    List<HitRate> hitRates(@RequestParam long unitId, @RequestParam int year) {
        return escapes.hitRates(currentUser.actor(), unitId, year);
    }

    @GetMapping("/causes")
    @Operation(summary = "Poor (or near-poor) households by cause and by deprivation for a unit and its child units")
    CauseTable causes(@RequestParam long unitId, @RequestParam(required = false) String householdClass) {
        return causes.table(currentUser.actor(), unitId, householdClass);
    }

    @GetMapping("/causes/households")
    @Operation(
            summary =
                    "The households behind a count of poverty by cause: a cause (CAUSE:LAND) or deprivation (DEP:WATER)")
    List<CauseHousehold> causeHouseholds(
            @RequestParam long unitId,
            @RequestParam(required = false) String householdClass,
            @RequestParam(required = false) String key) {
        return causes.households(currentUser.actor(), unitId, householdClass, key);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, long communeId, int year, String ext) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("danh-sach-du-kien-thoat-ngheo-" + communeId + "-" + year + "." + ext)
                                .build()
                                .toString())
                .body(body);
    }
}
