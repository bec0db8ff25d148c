package vn.giamngheo.support;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/outcomes")
@Tag(
        name = "SupportOutcomes of support",
        description = "Supported poor and near-poor households on the later recognised lists: escaped within one "
                + "and two list years, cost per household escaped, households that fell back")
class SupportOutcomeApi {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final SupportOutcomes outcomes;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    SupportOutcomeApi(SupportOutcomes outcomes, CurrentUser currentUser, MessageSource messages) {
        this.outcomes = outcomes;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "Graduation rates (escaped within 1 and 2 list years), cost per household escaped and "
                    + "fall-backs of a unit, by unit below it, content and sub-project")
    OutcomeTable table(
            @RequestParam long unitId,
            @RequestParam(required = false) Long contentId,
            @RequestParam(required = false) Long componentId) {
        return outcomes.table(currentUser.actor(), unitId, contentId, componentId);
    }

    @GetMapping("/households")
    @Operation(
            summary = "The supported households of a unit with their class on each later list; only=ESCAPED1, "
                    + "ESCAPED2, FELL_BACK or STAYED")
    List<OutcomeHousehold> households(
            @RequestParam long unitId,
            @RequestParam(required = false) Long contentId,
            @RequestParam(required = false) Long componentId,
            @RequestParam(required = false) String only) {
        return outcomes.households(currentUser.actor(), unitId, contentId, componentId, only);
    }

    @GetMapping("/households/{householdId}")
    @Operation(summary = "A household's class on each list year beside the support it received that year")
    List<HouseholdYear> household(@PathVariable long householdId) {
        return outcomes.householdYears(currentUser.actor(), householdId);
    }

    @GetMapping("/report")
    @Operation(
            summary = "The outcomes as Excel: by unit, content and sub-project, and the households that fell "
                    + "back for a reader of households")
    ResponseEntity<byte[]> report(
            @RequestParam long unitId,
            @RequestParam(required = false) Long contentId,
            @RequestParam(required = false) Long componentId,
            Locale locale) {
        SupportOutcomes.Report r = outcomes.report(currentUser.actor(), unitId, contentId, componentId);
        byte[] body = OutcomeReport.xlsx(r.table(), r.fellBack(), k -> messages.getMessage(k, null, k, locale));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("ket-qua-ho-tro-" + unitId + ".xlsx")
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(body);
    }
}
