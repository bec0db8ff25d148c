package vn.giamngheo.review.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.review.FieldSurvey;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewSurvey;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.ReasonWording;

/**
 * Surveys sent from reviewers' phones that met a row changed on the server meanwhile: the commune
 * official sees both versions side by side and keeps one (the reviewer may also do it on the phone).
 */
@Controller
class FieldConflictPages {
    private final FieldSurvey field;
    private final ReviewSurvey survey;
    private final CurrentUser currentUser;
    private final ReasonWording wording;

    FieldConflictPages(FieldSurvey field, ReviewSurvey survey, CurrentUser currentUser, ReasonWording wording) {
        this.field = field;
        this.survey = survey;
        this.currentUser = currentUser;
        this.wording = wording;
    }

    /** One conflict as the page shows it: the phone's answers and the server's, each with its class. */
    record Side(HouseholdInput input, ShownClassification result) {}

    record Shown(FieldSurvey.FieldConflict conflict, Side sent, Side current) {}

    @GetMapping("/reviews/{id}/field-conflicts")
    String list(@PathVariable long id, Model model, Locale locale) {
        Actor actor = currentUser.actor();
        ReviewCampaign c = field.campaign(actor, id);
        List<Shown> shown = field.conflicts(actor, id).stream()
                .map(k -> new Shown(
                        k,
                        side(actor, id, k.sent().input(), locale),
                        k.current().input() == null
                                ? null
                                : side(actor, id, k.current().input(), locale)))
                .toList();
        model.addAttribute("c", c);
        model.addAttribute("conflicts", shown);
        return "reviews/field-conflicts";
    }

    private Side side(Actor actor, long id, String line, Locale locale) {
        HouseholdInput input = ExchangeFormat.parse(line);
        return new Side(input, ShownClassification.of(survey.preview(actor, id, input), wording, locale));
    }

    @PostMapping("/reviews/{id}/field-conflicts/{clientId}/apply")
    String apply(@PathVariable long id, @PathVariable UUID clientId) {
        Actor actor = currentUser.actor();
        FieldSurvey.FieldConflict k = field.conflicts(actor, id).stream()
                .filter(x -> x.sent().clientId().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new vn.giamngheo.shared.NotFound("FieldSubmission", clientId));
        field.submit(
                actor,
                id,
                UUID.randomUUID(),
                k.sent().rowId(),
                k.current().version(),
                k.sent().input(),
                null,
                clientId);
        return "redirect:/reviews/" + id + "/field-conflicts?done";
    }

    @PostMapping("/reviews/{id}/field-conflicts/{clientId}/keep")
    String keep(@PathVariable long id, @PathVariable UUID clientId) {
        field.keepTheirs(currentUser.actor(), id, clientId);
        return "redirect:/reviews/" + id + "/field-conflicts?done";
    }
}
