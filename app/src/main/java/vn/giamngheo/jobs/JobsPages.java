package vn.giamngheo.jobs;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.household.HouseholdRegistry;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/** The job-connection pages: workers, vacancies with their ranked candidates, referrals, outcomes. */
@Controller
class JobsPages {
    private final Workers workers;
    private final Vacancies vacancies;
    private final Referrals referrals;
    private final Matches matches;
    private final Outcomes outcomes;
    private final HouseholdRegistry households;
    private final AdminUnits units;
    private final CurrentUser currentUser;
    private final Clock clock;

    JobsPages(
            Workers workers,
            Vacancies vacancies,
            Referrals referrals,
            Matches matches,
            Outcomes outcomes,
            HouseholdRegistry households,
            AdminUnits units,
            CurrentUser currentUser,
            Clock clock) {
        this.workers = workers;
        this.vacancies = vacancies;
        this.referrals = referrals;
        this.matches = matches;
        this.outcomes = outcomes;
        this.households = households;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/jobs")
    String home(@RequestParam(required = false) Long unitId) {
        return "redirect:/jobs/workers" + (unitId == null ? "" : "?unitId=" + unitId);
    }

    @GetMapping("/jobs/workers")
    String workerList(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean needsJob,
            Model model) {
        Actor actor = currentUser.actor();
        AdminUnit unit = unit(actor, unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("q", q);
        model.addAttribute("needsJob", needsJob);
        model.addAttribute("workers", workers.list(actor, new Workers.WorkerFilter(unit.id(), q, null, needsJob, 500)));
        model.addAttribute("year", LocalDate.now(clock).getYear());
        return "jobs/workers";
    }

    /** Choosing the household (by code) and the member; then the form prefilled from the registry. */
    @GetMapping("/jobs/workers/new")
    String newWorker(
            @RequestParam(required = false) Long householdId,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Integer memberOrd,
            Model model) {
        Actor actor = currentUser.actor();
        if (householdId == null && code != null && !code.isBlank()) {
            householdId = households
                    .idByCode(actor, code.trim())
                    .orElseThrow(() -> InvalidInput.of("code", Message.of("jobs.householdCodeUnknown", code.trim())));
        }
        model.addAttribute("code", code);
        if (householdId != null) {
            model.addAttribute("householdId", householdId);
            model.addAttribute("members", workers.members(actor, householdId));
            if (memberOrd != null) {
                model.addAttribute("w", workers.prefill(actor, householdId, memberOrd));
                options(model);
            }
        }
        return "jobs/worker-new";
    }

    @PostMapping("/jobs/workers")
    String createWorker(@ModelAttribute WorkerData form) {
        Worker created = workers.create(currentUser.actor(), form);
        return "redirect:/jobs/workers/" + created.id();
    }

    @GetMapping("/jobs/workers/{id}")
    String worker(@PathVariable long id, Model model) {
        Actor actor = currentUser.actor();
        Worker w = workers.get(actor, id);
        model.addAttribute("worker", w);
        model.addAttribute("w", w.data());
        model.addAttribute("unit", units.get(w.unitId()));
        model.addAttribute(
                "age",
                w.data().birthYear() == null
                        ? null
                        : LocalDate.now(clock).getYear() - w.data().birthYear());
        model.addAttribute("consents", workers.consents(w.id()));
        model.addAttribute(
                "consentNow", workers.consentOn(w.id(), LocalDate.now(clock)).isPresent());
        model.addAttribute("ranked", matches.vacancies(actor, id));
        model.addAttribute("referrals", referrals.list(actor, w.unitId(), null, w.id(), null));
        model.addAttribute("history", workers.history(actor, id));
        model.addAttribute("today", LocalDate.now(clock));
        options(model);
        return "jobs/worker";
    }

    @PostMapping("/jobs/workers/{id}")
    String updateWorker(@PathVariable long id, @ModelAttribute WorkerData form, @RequestParam int version) {
        workers.update(currentUser.actor(), id, form, version);
        return "redirect:/jobs/workers/" + id;
    }

    @PostMapping("/jobs/workers/{id}/consents")
    String consent(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate givenOn,
            @RequestParam(required = false) String how,
            @RequestParam(required = false) String note) {
        workers.recordConsent(currentUser.actor(), id, givenOn, how, note);
        return "redirect:/jobs/workers/" + id;
    }

    @GetMapping("/jobs/vacancies")
    String vacancyList(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean all,
            Model model) {
        Actor actor = currentUser.actor();
        AdminUnit unit = unit(actor, unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("q", q);
        model.addAttribute("all", all);
        model.addAttribute("vacancies", vacancies.list(unit.id(), all, q, 500));
        model.addAttribute("canEdit", actor.jurisdiction().covers(unit.path()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("contracts", ContractType.values());
        model.addAttribute("headings", VacancyFile.HEADINGS);
        return "jobs/vacancies";
    }

    @PostMapping("/jobs/vacancies")
    String createVacancy(@ModelAttribute VacancyData form) {
        Vacancy v = vacancies.create(currentUser.actor(), form);
        return "redirect:/jobs/vacancies/" + v.id() + "?unitId=" + form.ownerUnitId();
    }

    @PostMapping("/jobs/vacancies/import")
    String importVacancies(
            @RequestParam long unitId, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        Vacancies.Imported done =
                vacancies.importFile(currentUser.actor(), unitId, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("imported", done.stored());
        return "redirect:/jobs/vacancies?unitId=" + unitId;
    }

    @GetMapping("/jobs/vacancies/{id}")
    String vacancy(@PathVariable long id, @RequestParam(required = false) Long unitId, Model model) {
        Actor actor = currentUser.actor();
        Vacancy v = vacancies.get(id);
        AdminUnit unit = unit(actor, unitId);
        model.addAttribute("v", v);
        model.addAttribute("unit", unit);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("open", v.openOn(LocalDate.now(clock)));
        model.addAttribute("ranked", matches.candidates(actor, id, unit.id()));
        model.addAttribute("referrals", referrals.list(actor, unit.id(), null, null, id));
        return "jobs/vacancy";
    }

    @PostMapping("/jobs/vacancies/{id}/close")
    String closeVacancy(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long unitId) {
        vacancies.close(currentUser.actor(), id, version);
        return "redirect:/jobs/vacancies/" + id + (unitId == null ? "" : "?unitId=" + unitId);
    }

    @PostMapping("/jobs/referrals")
    String refer(
            @RequestParam long workerId,
            @RequestParam(required = false) Long vacancyId,
            @RequestParam(required = false) String course,
            @RequestParam(required = false) LocalDate referredOn,
            @RequestParam(required = false) String referredBy,
            @RequestParam(required = false) String note) {
        Referral r = referrals.refer(
                currentUser.actor(),
                new Referrals.NewReferral(workerId, vacancyId, course, referredOn, referredBy, note));
        return "redirect:/jobs/referrals/" + r.id();
    }

    @GetMapping("/jobs/referrals")
    String referralList(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) ReferralStatus status,
            Model model) {
        Actor actor = currentUser.actor();
        AdminUnit unit = unit(actor, unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("referrals", referrals.list(actor, unit.id(), status, null, null));
        return "jobs/referrals";
    }

    @GetMapping("/jobs/referrals/{id}")
    String referral(@PathVariable long id, Model model) {
        Referral r = referrals.get(currentUser.actor(), id);
        model.addAttribute("r", r);
        model.addAttribute("next", r.status().next());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("contracts", ContractType.values());
        return "jobs/referral";
    }

    @PostMapping("/jobs/referrals/{id}/steps")
    String step(
            @PathVariable long id,
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(required = false) LocalDate onDate,
            @RequestParam(required = false) ContractType contractType,
            @RequestParam(required = false) String note,
            @RequestParam int version) {
        referrals.advance(currentUser.actor(), id, status, onDate, contractType, note, version);
        return "redirect:/jobs/referrals/" + id;
    }

    @PostMapping("/jobs/referrals/{id}/follow-ups")
    String followUp(
            @PathVariable long id,
            @RequestParam int months,
            @RequestParam(required = false) LocalDate checkedOn,
            @RequestParam(defaultValue = "false") boolean stillEmployed,
            @RequestParam(required = false) ContractType contractType,
            @RequestParam(required = false) String note) {
        referrals.followUp(currentUser.actor(), id, months, checkedOn, stillEmployed, contractType, note);
        return "redirect:/jobs/referrals/" + id;
    }

    /** What the employer receives, as a page to print or send (consent in force; recorded as a disclosure). */
    @GetMapping("/jobs/referrals/{id}/employer-sheet")
    String employerSheet(@PathVariable long id, Model model) {
        model.addAttribute("s", referrals.employerSheet(currentUser.actor(), id));
        model.addAttribute("referralId", id);
        return "jobs/employer-sheet";
    }

    @GetMapping("/jobs/outcomes")
    String outcomes(
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year, Model model) {
        Actor actor = currentUser.actor();
        AdminUnit unit = unit(actor, unitId);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("rows", outcomes.of(actor, unit.id(), y));
        return "jobs/outcomes";
    }

    private void options(Model model) {
        model.addAttribute("statuses", LabourStatus.values());
        model.addAttribute("inactiveReasons", LabourStatus.InactiveReason.values());
        model.addAttribute("kinds", LabourStatus.EmploymentKind.values());
        model.addAttribute("contracts", ContractType.values());
        model.addAttribute("generals", Schooling.General.values());
        model.addAttribute("qualifications", Schooling.Qualification.values());
    }

    /** The unit asked for, or the reader's first unit (the whole country's first province for a national user). */
    private AdminUnit unit(Actor actor, Long unitId) {
        if (unitId != null) {
            return units.get(unitId);
        }
        List<String> paths = actor.jurisdiction().paths();
        if (!actor.jurisdiction().everywhere() && !paths.isEmpty()) {
            String[] ids = paths.get(0).split("/");
            return units.get(Long.parseLong(ids[ids.length - 1]));
        }
        List<AdminUnit> roots = units.roots();
        if (roots.isEmpty()) {
            throw InvalidInput.of("unitId", Message.of("jobs.noUnit"));
        }
        return roots.get(0);
    }
}
