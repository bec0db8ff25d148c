package vn.giamngheo.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.review.CampaignKind;
import vn.giamngheo.review.CertificateData;
import vn.giamngheo.review.ListKind;
import vn.giamngheo.review.NewReview;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewCampaignView;
import vn.giamngheo.review.ReviewFlows;
import vn.giamngheo.review.ReviewHousehold;
import vn.giamngheo.review.ReviewListDocument;
import vn.giamngheo.review.ReviewResults;
import vn.giamngheo.review.ReviewSurvey;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.review.StepRequest;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

@RestController
@RequestMapping("/api/v1/reviews")
@Tag(
        name = "Reviews",
        description = "Household review campaigns (QĐ 24/2021/QĐ-TTg): steps, survey, flows, lists, certificates")
class ReviewApi {
    private final Reviews reviews;
    private final ReviewSurvey survey;
    private final ReviewResults results;
    private final CurrentUser currentUser;

    ReviewApi(Reviews reviews, ReviewSurvey survey, ReviewResults results, CurrentUser currentUser) {
        this.reviews = reviews;
        this.survey = survey;
        this.results = results;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(
            summary = "Start a campaign",
            description = "kind PERIODIC (year = the year it is held; lists for year + 1), REGULAR (with month) or"
                    + " BASELINE (year = the review that recognised the imported lists). Without standard: the one"
                    + " in force for the lists' year, flagged standardProvisional where no source settles it.")
    ResponseEntity<ReviewCampaign> create(@RequestBody NewReview body) {
        ReviewCampaign c = reviews.create(currentUser.actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + c.id())).body(c);
    }

    @GetMapping
    @Operation(summary = "Campaigns of the communes under a unit (all in your jurisdiction without unitId)")
    List<ReviewCampaign> list(@RequestParam(required = false) Long unitId) {
        return reviews.list(currentUser.actor(), unitId);
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "A campaign: step, deadlines, who moved it when, households by class, what the next step waits for")
    ReviewCampaignView get(@PathVariable long id) {
        return reviews.view(currentUser.actor(), id);
    }

    @PostMapping("/{id}/advance")
    @Operation(
            summary = "Move to the next step",
            description = "Body {\"to\": STEP, …step data}: postingStart/postingDays into POSTING, reportedOn out of"
                    + " REPORTING, decisionNumber/decisionDate/signer into RECOGNISED. Steps cannot be skipped;"
                    + " a refusal (400) lists every reason.")
    ReviewCampaign advance(@PathVariable long id, @RequestBody StepRequest body) {
        return reviews.advance(currentUser.actor(), id, body);
    }

    @PostMapping("/{id}/back")
    @Operation(summary = "Go back to an earlier step; {\"to\": STEP, \"reason\": …} (the reason is required)")
    ReviewCampaign back(@PathVariable long id, @RequestBody StepRequest body) {
        return reviews.back(currentUser.actor(), id, body);
    }

    record Recognition(String decisionNumber, java.time.LocalDate decisionDate, String signer) {}

    @PostMapping("/{id}/recognition")
    @Operation(
            summary =
                    "The chairman's decision: move from RECOGNITION to RECOGNISED (refused while a complaint is open)")
    ReviewCampaign recognise(@PathVariable long id, @RequestBody Recognition body) {
        return reviews.advance(
                currentUser.actor(),
                id,
                new StepRequest(
                        vn.giamngheo.review.Step.RECOGNISED,
                        null,
                        null,
                        null,
                        null,
                        body.decisionNumber(),
                        body.decisionDate(),
                        body.signer()));
    }

    @GetMapping("/{id}/households")
    @Operation(summary = "The campaign's households with class and transition; class may be UNCLASSIFIED")
    List<ReviewHousehold> households(
            @PathVariable long id,
            @RequestParam(name = "class", required = false) String klass,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return survey.households(currentUser.actor(), id, klass, q, page, size);
    }

    @GetMapping("/{id}/households/{rowId}")
    @Operation(summary = "One household of the campaign: its survey input and the classification it gives")
    ReviewHousehold household(@PathVariable long id, @PathVariable long rowId) {
        return survey.household(currentUser.actor(), id, rowId);
    }

    record SurveyBody(JsonNode input, Integer version) {}

    @PutMapping("/{id}/households/{rowId}")
    @Operation(
            summary = "Save a household's survey",
            description = "Body {\"input\": exchange-format household, \"version\": the row version it was based on};"
                    + " 409 if another official saved it since")
    ReviewHousehold save(@PathVariable long id, @PathVariable long rowId, @RequestBody SurveyBody body) {
        if (body.input() == null || body.version() == null) {
            throw InvalidInput.of("input", Message.of("review.surveyBody"));
        }
        return survey.save(currentUser.actor(), id, rowId, body.input().toString(), body.version());
    }

    @GetMapping("/{id}/flows")
    @Operation(
            summary = "Flows of poor and near-poor households, in households and persons",
            description =
                    "start − escaped − toNearPoor − movedOut + fromNearPoor + fellBack + newlyPoor + movedIn = end;"
                            + " provisional until recognition")
    ReviewFlows flows(@PathVariable long id) {
        return results.flows(currentUser.actor(), id);
    }

    @GetMapping("/flows")
    @Operation(summary = "Flows summed over the campaigns of a year held by the communes under a unit")
    ReviewFlows rolledUp(
            @RequestParam long unitId,
            @RequestParam int year,
            @Parameter(description = "PERIODIC (default), REGULAR or BASELINE") @RequestParam(defaultValue = "PERIODIC")
                    CampaignKind kind) {
        return results.flows(currentUser.actor(), unitId, year, kind);
    }

    @GetMapping("/{id}/lists/{kind}")
    @Operation(summary = "A list: POOR, NEAR_POOR, ESCAPED, NEWLY_POOR, FELL_BACK, or POSTING (citizen IDs masked)")
    ReviewListDocument list(@PathVariable long id, @PathVariable ListKind kind) {
        return results.list(currentUser.actor(), id, kind);
    }

    @GetMapping("/{id}/certificates")
    @Operation(summary = "Certificate data (Mẫu 03) of the poor and near-poor households, after recognition")
    List<CertificateData> certificates(@PathVariable long id) {
        return results.certificates(currentUser.actor(), id, null);
    }

    @GetMapping("/{id}/certificates/{rowId}")
    @Operation(summary = "The data of a household's certificate (giấy chứng nhận) after recognition")
    CertificateData certificate(@PathVariable long id, @PathVariable long rowId) {
        return results.certificates(currentUser.actor(), id, rowId).get(0);
    }
}
