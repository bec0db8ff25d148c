package vn.giamngheo.review.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewHousehold;
import vn.giamngheo.review.ReviewSurvey;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.ExchangeFields;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.IndicatorDefinition;
import vn.giamngheo.standard.ReasonWording;

/**
 * The survey form of one household (works on a phone: one column, large inputs). Each change
 * posts the form to the preview (htmx), which answers with the classification and its reasons;
 * saving names the version the form was opened at, and a stale save is refused with the other
 * official's data shown.
 */
@Controller
class ReviewSurveyPages {
    // the choices are the codes of the field list (docs/decisions/1160)
    static final List<String> EDUCATIONS = SurveyFormReader.codes(ExchangeFields.MEMBER, "education");
    static final List<String> EMPLOYMENTS = SurveyFormReader.codes(ExchangeFields.MEMBER, "employment");
    static final List<String> RELATIONS = SurveyFormReader.codes(ExchangeFields.MEMBER, "relation");
    static final List<String> CAUSES = SurveyFormReader.codes(ExchangeFields.HOUSEHOLD, "causes");
    private final Reviews reviews;
    private final ReviewSurvey survey;
    private final CurrentUser currentUser;
    private final ReasonWording wording;

    ReviewSurveyPages(Reviews reviews, ReviewSurvey survey, CurrentUser currentUser, ReasonWording wording) {
        this.reviews = reviews;
        this.survey = survey;
        this.currentUser = currentUser;
        this.wording = wording;
    }

    /** The form with the classification the row recorded, its reasons in the reader's language. */
    @GetMapping("/reviews/{id}/households/{rowId}")
    String form(@PathVariable long id, @PathVariable long rowId, Model model, Locale locale) {
        Actor actor = currentUser.actor();
        ReviewHousehold row = survey.household(actor, id, rowId);
        HouseholdInput input = survey.startingInput(actor, row);
        model.addAttribute("prefilled", row.input() == null);
        return page(model, id, row, input, row.version(), ShownClassification.recorded(row, wording, locale));
    }

    @PostMapping("/reviews/{id}/households/{rowId}/preview")
    String preview(
            @PathVariable long id,
            @PathVariable long rowId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            Locale locale) {
        Actor actor = currentUser.actor();
        ReviewHousehold row = survey.household(actor, id, rowId);
        try {
            HouseholdInput input = SurveyFormReader.read(form, row.householdCode());
            model.addAttribute("result", ShownClassification.of(survey.preview(actor, id, input), wording, locale));
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
        }
        model.addAttribute("indicators", indicatorNames(reviews.get(actor, id)));
        return "reviews/survey :: preview";
    }

    @PostMapping("/reviews/{id}/households/{rowId}")
    String save(
            @PathVariable long id,
            @PathVariable long rowId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam int version,
            @RequestParam(required = false) String next,
            Model model) {
        Actor actor = currentUser.actor();
        ReviewHousehold row = survey.household(actor, id, rowId);
        HouseholdInput input = null;
        try {
            input = SurveyFormReader.read(form, row.householdCode());
            survey.save(actor, id, rowId, input, version);
            if (next != null) {
                return survey.nextToSurvey(actor, id, rowId)
                        .map(n -> "redirect:/reviews/" + id + "/households/" + n + "?saved")
                        .orElse("redirect:/reviews/" + id + "?surveyed");
            }
            return "redirect:/reviews/" + id + "/households/" + rowId + "?saved";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return page(model, id, row, input, version, null);
        } catch (ConcurrentEdit e) {
            ReviewHousehold current = survey.household(actor, id, rowId);
            model.addAttribute("conflict", true);
            model.addAttribute("theirs", current);
            return page(model, id, row, input, version, null);
        }
    }

    private String page(
            Model model, long id, ReviewHousehold row, HouseholdInput input, int version, ShownClassification result) {
        ReviewCampaign c = reviews.get(currentUser.actor(), id);
        model.addAttribute("c", c);
        model.addAttribute("row", row);
        model.addAttribute("input", input);
        model.addAttribute("version", version);
        model.addAttribute("result", result);
        model.addAttribute("standard", survey.standard(c));
        model.addAttribute("indicators", indicatorNames(c));
        model.addAttribute("educations", EDUCATIONS);
        model.addAttribute("employments", EMPLOYMENTS);
        model.addAttribute("relations", RELATIONS);
        model.addAttribute("causes", CAUSES);
        model.addAttribute("dwellingFacts", SurveyFormReader.DWELLING);
        model.addAttribute("memberFlags", SurveyFormReader.MEMBER_FLAGS);
        // every member shown; two blank ones behind "add member" (no slot limit: more come after a save)
        int members =
                input == null || input.members() == null ? 0 : input.members().size();
        model.addAttribute(
                "memberRows",
                java.util.stream.IntStream.range(0, members).boxed().toList());
        model.addAttribute(
                "extraRows",
                java.util.stream.IntStream.range(members, members + (members == 0 ? 4 : 2))
                        .boxed()
                        .toList());
        model.addAttribute("open", c.kind().surveyOpen(c.step()));
        return "reviews/survey";
    }

    /** The standard's indicators by code, with their Vietnamese names (the official form's wording). */
    private java.util.Map<String, String> indicatorNames(ReviewCampaign c) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (IndicatorDefinition d : survey.standard(c).indicators()) {
            names.put(d.code().name(), d.name());
        }
        return names;
    }
}
