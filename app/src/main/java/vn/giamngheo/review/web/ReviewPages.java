package vn.giamngheo.review.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.review.CampaignKind;
import vn.giamngheo.review.ListKind;
import vn.giamngheo.review.NewReview;
import vn.giamngheo.review.ReviewCampaign;
import vn.giamngheo.review.ReviewImport;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.ReviewResults;
import vn.giamngheo.review.ReviewSurvey;
import vn.giamngheo.review.Reviews;
import vn.giamngheo.review.Step;
import vn.giamngheo.review.StepRequest;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;

/** Campaign pages: the campaigns of a commune, one campaign with its steps and data, its lists, imports. */
@Controller
class ReviewPages {
    private final Reviews reviews;
    private final ReviewSurvey survey;
    private final ReviewResults results;
    private final ReviewProcedure procedure;
    private final ReviewImport imports;
    private final AdminUnits units;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;
    private final vn.giamngheo.standard.PovertyStandards standards;

    ReviewPages(
            Reviews reviews,
            ReviewSurvey survey,
            ReviewResults results,
            ReviewProcedure procedure,
            ReviewImport imports,
            AdminUnits units,
            CurrentUser currentUser,
            java.time.Clock clock,
            vn.giamngheo.standard.PovertyStandards standards) {
        this.standards = standards;
        this.reviews = reviews;
        this.survey = survey;
        this.results = results;
        this.procedure = procedure;
        this.imports = imports;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/reviews")
    String list(@RequestParam(required = false) Long unitId, Model model) {
        Actor actor = currentUser.actor();
        AdminUnit unit = unitId == null ? null : units.get(unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("campaigns", reviews.list(actor, unitId));
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute(
                "standards",
                standards.list().stream()
                        .filter(vn.giamngheo.standard.PovertyStandard::published)
                        .toList());
        model.addAttribute("commune", unit != null && "COMMUNE".equals(unit.level()));
        return "reviews/list";
    }

    @PostMapping("/reviews")
    String create(
            @RequestParam long unitId,
            @RequestParam CampaignKind kind,
            @RequestParam int year,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String standard,
            RedirectAttributes redirect) {
        try {
            ReviewCampaign c = reviews.create(
                    currentUser.actor(),
                    new NewReview(unitId, year, blank(standard), kind, kind == CampaignKind.REGULAR ? month : null));
            return "redirect:/reviews/" + c.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
            return "redirect:/reviews?unitId=" + unitId;
        }
    }

    @GetMapping("/reviews/{id}")
    String campaign(
            @PathVariable long id,
            @RequestParam(name = "class", required = false) String klass,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = currentUser.actor();
        var view = reviews.view(actor, id);
        ReviewCampaign c = view.campaign();
        model.addAttribute("view", view);
        model.addAttribute("c", c);
        model.addAttribute("households", survey.households(actor, id, blank(klass), blank(q), page, 100));
        model.addAttribute("klass", klass);
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("flows", results.flows(actor, id));
        model.addAttribute("requests", procedure.requests(actor, id));
        model.addAttribute("meetings", procedure.meetings(actor, id));
        model.addAttribute("complaints", procedure.complaints(actor, id));
        model.addAttribute("jobs", imports.jobs(actor, id));
        model.addAttribute("listKinds", ListKind.values());
        model.addAttribute(
                "villages",
                units.children(c.unitId()).stream()
                        .filter(u -> "VILLAGE".equals(u.level()) && !u.retired())
                        .toList());
        model.addAttribute("commune", units.get(c.unitId()));
        List<Step> earlier = c.kind().steps().subList(0, c.kind().steps().indexOf(c.step()));
        model.addAttribute("earlier", earlier);
        model.addAttribute("today", LocalDate.now(clock));
        return "reviews/campaign";
    }

    @PostMapping("/reviews/{id}/advance")
    String advance(
            @PathVariable long id,
            @RequestParam Step to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate postingStart,
            @RequestParam(required = false) Integer postingDays,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
            @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) String signer,
            RedirectAttributes redirect) {
        Map<String, Object> typed = new java.util.HashMap<>();
        typed.put("postingStart", postingStart);
        typed.put("postingDays", postingDays);
        typed.put("reportedOn", reportedOn);
        typed.put("decisionNumber", decisionNumber);
        typed.put("decisionDate", decisionDate);
        typed.put("signer", signer);
        return attempt(
                id,
                redirect,
                () -> reviews.advance(
                        currentUser.actor(),
                        id,
                        new StepRequest(
                                to, null, postingStart, postingDays, reportedOn, decisionNumber, decisionDate, signer)),
                typed);
    }

    @PostMapping("/reviews/{id}/back")
    String back(
            @PathVariable long id, @RequestParam Step to, @RequestParam String reason, RedirectAttributes redirect) {
        return attempt(id, redirect, () -> reviews.back(currentUser.actor(), id, StepRequest.back(to, reason)));
    }

    @PostMapping("/reviews/{id}/import")
    String importFile(
            @PathVariable long id,
            @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) Long villageId,
            RedirectAttributes redirect)
            throws java.io.IOException {
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase();
        String format = name.endsWith(".csv") ? "CSV" : name.endsWith(".xlsx") ? "XLSX" : "JSONL";
        try (var in = file.getInputStream()) {
            return attempt(
                    id,
                    redirect,
                    () -> imports.startAsync(
                            currentUser.actor(), id, in, format, new ReviewImport.Options(dryRun, villageId)));
        }
    }

    /** The import jobs, polled by the campaign page while one runs. */
    @GetMapping("/reviews/{id}/imports")
    String jobs(@PathVariable long id, Model model) {
        model.addAttribute("jobs", imports.jobs(currentUser.actor(), id));
        model.addAttribute("c", reviews.get(currentUser.actor(), id));
        return "reviews/campaign :: jobs";
    }

    @GetMapping("/reviews/{id}/lists/{kind}")
    String listPage(@PathVariable long id, @PathVariable ListKind kind, Model model) {
        Actor actor = currentUser.actor();
        model.addAttribute("c", reviews.get(actor, id));
        model.addAttribute("doc", results.list(actor, id, kind));
        model.addAttribute("listKinds", ListKind.values());
        return "reviews/listing";
    }

    /** Runs a change and comes back to the campaign page with what went wrong, if anything. */
    static String attempt(long id, RedirectAttributes redirect, Runnable change) {
        return attempt(id, redirect, change, Map.of());
    }

    /** As above; a refused change gives the page back what was typed ({@code typed}), so nothing is typed twice. */
    static String attempt(long id, RedirectAttributes redirect, Runnable change, Map<String, Object> typed) {
        try {
            change.run();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("typed", typed);
        } catch (ConcurrentEdit e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/reviews/" + id;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
