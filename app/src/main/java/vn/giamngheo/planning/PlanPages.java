package vn.giamngheo.planning;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.planning.extraction.ReportPeriod;
import vn.giamngheo.planning.extraction.ScheduleKind;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * Plan pages: a unit's plans with the upload form; the upload read into a review form the official
 * corrects (unmatched names highlighted) and saves; a plan with its chain, tasks of a year with
 * their occurrences and progress, and its duties with their obligations. The uploaded file waits in
 * the session until the reviewed plan is saved with it.
 */
@Controller
class PlanPages {
    private static final String UPLOAD = "planUpload:";
    private final Plans plans;
    private final Tasks tasks;
    private final Obligations obligations;
    private final AdminUnits units;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;
    private final PlanWarningWording wording;

    PlanPages(
            Plans plans,
            Tasks tasks,
            Obligations obligations,
            AdminUnits units,
            CurrentUser currentUser,
            JsonMapper json,
            Clock clock,
            PlanWarningWording wording) {
        this.plans = plans;
        this.tasks = tasks;
        this.obligations = obligations;
        this.units = units;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
        this.wording = wording;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(5000);
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Long unitId, Model model) {
        if (unitId == null) {
            return start(model);
        }
        AdminUnit unit = units.get(unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("plans", plans.list(currentUser.actor(), unitId, false));
        model.addAttribute("fromAbove", plans.fromAbove(unitId));
        return "planning/plans";
    }

    /** From the menu: the user's own unit, or for the whole country the list of provinces to pick from. */
    private String start(Model model) {
        Actor actor = currentUser.actor();
        if (!actor.jurisdiction().everywhere() && !actor.jurisdiction().paths().isEmpty()) {
            String[] ids = actor.jurisdiction().paths().get(0).split("/");
            return "redirect:/plans?unitId=" + ids[ids.length - 1];
        }
        model.addAttribute("roots", units.roots());
        return "planning/start";
    }

    @PostMapping("/plans/upload")
    String upload(
            @RequestParam long unitId,
            @RequestParam("file") MultipartFile file,
            HttpSession session,
            Model model,
            Locale locale)
            throws IOException {
        AdminUnit unit = units.get(unitId);
        UploadedFile document = new UploadedFile(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        try {
            PlanDraft draft = plans.draft(currentUser.actor(), unitId, document);
            String token = UUID.randomUUID().toString();
            // one document waits for review per session: a new upload replaces the one not saved
            forgetPendingUploads(session);
            session.setAttribute(UPLOAD + token, document);
            return review(model, unit, PlanForm.of(draft, token, json), document.name(), List.of(), locale);
        } catch (InvalidInput e) {
            model.addAttribute("unit", unit);
            model.addAttribute("plans", plans.list(currentUser.actor(), unitId, false));
            model.addAttribute("problems", e.problems());
            return "planning/plans";
        }
    }

    private static void forgetPendingUploads(HttpSession session) {
        for (String name : java.util.Collections.list(session.getAttributeNames())) {
            if (name.startsWith(UPLOAD)) {
                session.removeAttribute(name);
            }
        }
    }

    @PostMapping("/plans/save")
    String save(@ModelAttribute("form") PlanForm form, HttpSession session, Model model, Locale locale) {
        if (form.unitId == null) {
            throw InvalidInput.of("unitId", Message.of("input.missing"));
        }
        AdminUnit unit = units.get(form.unitId);
        UploadedFile document = form.upload == null ? null : (UploadedFile) session.getAttribute(UPLOAD + form.upload);
        try {
            PlanDetail saved = plans.save(currentUser.actor(), form.toDraft(json), document);
            if (form.upload != null) {
                session.removeAttribute(UPLOAD + form.upload);
            }
            return "redirect:/plans/" + saved.plan().id();
        } catch (InvalidInput e) {
            return review(model, unit, form, document == null ? null : document.name(), e.problems(), locale);
        }
    }

    private String review(
            Model model,
            AdminUnit unit,
            PlanForm form,
            String fileName,
            List<InvalidInput.Problem> problems,
            Locale locale) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("planWarnings", wording.word(planWarnings(form), locale));
        // each task's warnings in the reader's language, in the order of form.tasks
        model.addAttribute(
                "taskWarnings",
                form.tasks.stream()
                        .map(t -> wording.word(t.warningList(), locale))
                        .toList());
        model.addAttribute("fileName", fileName);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", ScheduleKind.values());
        model.addAttribute("periods", ReportPeriod.values());
        return "planning/review";
    }

    /** The warnings of the document as read, which the form carries in its hidden extraction. */
    private List<String> planWarnings(PlanForm form) {
        if (form.extraction == null || form.extraction.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(form.extraction, PlanDraft.class).warnings();
        } catch (JacksonException e) {
            return List.of(); // a form sent back altered: saving it names the problem
        }
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, @RequestParam(required = false) Integer year, Model model, Locale locale) {
        Actor actor = currentUser.actor();
        PlanDetail detail = plans.get(actor, id);
        int y = year != null ? year : defaultYear(detail.plan());
        model.addAttribute("d", detail);
        model.addAttribute("warnings", wording.word(detail.plan().warnings(), locale));
        model.addAttribute("year", y);
        model.addAttribute("occurrences", tasks.ofPlan(actor, id, y));
        model.addAttribute("obligations", obligations.ofPlan(actor, id, y));
        model.addAttribute("today", tasks.today());
        return "planning/plan";
    }

    @GetMapping("/plans/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        return PlanApi.download(plans.file(currentUser.actor(), id, fileId));
    }

    /** This year when the plan covers it, else the plan's last year (a 2024 plan opens on 2024). */
    int defaultYear(Plan plan) {
        int now = Obligations.today(clock).getYear();
        int[] years = plan.period().years();
        if (years == null || (now >= years[0] && now <= years[1])) {
            return now;
        }
        return now > years[1] ? years[1] : years[0];
    }
}
