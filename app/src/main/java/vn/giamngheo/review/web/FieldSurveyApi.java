package vn.giamngheo.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.review.FieldSurvey;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewHousehold;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.PovertyStandard;

/**
 * What the offline survey on a reviewer's phone talks to (decision 1701): the campaigns it may
 * download, the download of the reviewer's village, and the sends of surveys saved on the phone.
 */
@RestController
@RequestMapping("/api/v1/field")
@Tag(name = "Field survey", description = "Offline survey on a village reviewer's phone: download, send, conflicts")
class FieldSurveyApi {
    private final FieldSurvey field;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    FieldSurveyApi(FieldSurvey field, CurrentUser currentUser, JsonMapper json) {
        this.field = field;
        this.currentUser = currentUser;
        this.json = json;
    }

    /** A campaign as the phone lists it. */
    record FieldCampaignView(
            long id, String kind, int year, Integer month, String communeName, String step, boolean surveyOpen) {
        static FieldCampaignView of(ReviewCampaign c) {
            return new FieldCampaignView(
                    c.id(),
                    c.kind().name(),
                    c.year(),
                    c.month(),
                    c.communeName(),
                    c.step().name(),
                    c.kind().surveyOpen(c.step()));
        }
    }

    /** A household of the download: its row, the version the form starts from, and the form's answers. */
    record FieldHouseholdView(
            long rowId,
            String code,
            String headName,
            String villageName,
            int version,
            boolean surveyed,
            String householdClass,
            List<String> deprivations,
            JsonNode input,
            String changedBy,
            Instant changedAt) {}

    record FieldBundleView(
            FieldCampaignView campaign,
            PovertyStandard standard,
            List<FieldHouseholdView> households,
            Instant downloadedAt,
            Instant keepUntil) {}

    /** A survey saved on the phone, sent: the id the phone gave it, the row and version it started from. */
    record SendBody(UUID clientId, Long rowId, Integer baseVersion, JsonNode input, Instant savedAt, UUID replaces) {}

    /** STORED or CONFLICT; {@code current}: the row as the server holds it now (theirs, on a conflict). */
    record ReceiptView(UUID clientId, String outcome, FieldHouseholdView current, JsonNode sent) {}

    @GetMapping("/campaigns")
    @Operation(summary = "Campaigns at their survey step with households in your reach (your village's)")
    List<FieldCampaignView> campaigns() {
        return field.campaigns(currentUser.actor()).stream()
                .map(FieldCampaignView::of)
                .toList();
    }

    @GetMapping("/campaigns/{id}/download")
    @Operation(
            summary = "Download a campaign for offline work",
            description = "The households in your reach with members, dwelling and last answers, the standard's data,"
                    + " and the date after which the phone removes them")
    FieldBundleView download(@PathVariable long id) {
        FieldSurvey.FieldBundle b = field.bundle(currentUser.actor(), id);
        return new FieldBundleView(
                FieldCampaignView.of(b.campaign()),
                b.standard(),
                b.households().stream()
                        .map(h -> view(h.row(), ExchangeFormat.write(h.start())))
                        .toList(),
                b.downloadedAt(),
                b.keepUntil());
    }

    @PostMapping("/campaigns/{id}/submissions")
    @Operation(
            summary = "Send a survey saved on the phone",
            description = "Stored once per clientId (a resend answers what the first send did). A row changed on the"
                    + " server since baseVersion is not overwritten: outcome CONFLICT with the server's row.")
    ReceiptView send(@PathVariable long id, @RequestBody SendBody body) {
        if (body == null || body.rowId() == null || body.baseVersion() == null || body.input() == null) {
            throw InvalidInput.of(
                    body == null || body.rowId() == null
                            ? "rowId"
                            : body.baseVersion() == null ? "baseVersion" : "input",
                    Message.of("input.missing"));
        }
        if (!body.input().isObject()) {
            throw InvalidInput.of("input", Message.of("input.unreadable"));
        }
        FieldSurvey.FieldReceipt r = field.submit(
                currentUser.actor(),
                id,
                body.clientId(),
                body.rowId(),
                body.baseVersion(),
                json.writeValueAsString(body.input()),
                body.savedAt(),
                body.replaces());
        return new ReceiptView(
                r.clientId(), r.outcome(), view(r.current(), r.current().input()), json.readTree(r.sentInput()));
    }

    @PostMapping("/campaigns/{id}/submissions/{clientId}/keep-theirs")
    @Operation(summary = "Settle a conflict by keeping the server's answers")
    void keepTheirs(@PathVariable long id, @PathVariable UUID clientId) {
        field.keepTheirs(currentUser.actor(), id, clientId);
    }

    private FieldHouseholdView view(ReviewHousehold r, String input) {
        return new FieldHouseholdView(
                r.id(),
                r.householdCode(),
                r.headName(),
                r.villageName(),
                r.version(),
                r.input() != null,
                r.householdClass(),
                r.deprivations(),
                input == null ? null : json.readTree(input),
                r.changedBy(),
                r.changedAt());
    }
}
