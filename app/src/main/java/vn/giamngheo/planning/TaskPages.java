package vn.giamngheo.planning;

import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.agency.Agency;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;

/**
 * Task pages: "our tasks" of an agency (chosen among a unit's agencies), a task with its progress
 * history and the form for an update, and what is overdue under a unit.
 */
@Controller
class TaskPages {
    private final Tasks tasks;
    private final Agencies agencies;
    private final AdminUnits units;
    private final CurrentUser currentUser;

    TaskPages(Tasks tasks, Agencies agencies, AdminUnits units, CurrentUser currentUser) {
        this.tasks = tasks;
        this.agencies = agencies;
        this.units = units;
        this.currentUser = currentUser;
    }

    @GetMapping("/tasks")
    String ours(
            @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year,
            Model model) {
        Actor actor = currentUser.actor();
        int y = year == null ? tasks.today().getYear() : year;
        Agency agency = agencyId == null ? null : agencies.get(agencyId);
        long unit = agency != null ? agency.unitId() : unitId != null ? unitId : 0;
        model.addAttribute("year", y);
        model.addAttribute("agency", agency);
        model.addAttribute("unit", unit == 0 ? null : units.get(unit));
        model.addAttribute(
                "choices",
                unit == 0
                        ? List.of()
                        : agencies.ofUnit(unit).stream()
                                .filter(a -> a.retiredAt() == null)
                                .toList());
        model.addAttribute("rows", agency == null ? List.of() : tasks.ofAgency(actor, agency.id(), y));
        model.addAttribute("today", tasks.today());
        return "planning/tasks";
    }

    @GetMapping("/tasks/overdue")
    String overdue(@RequestParam long unitId, Model model) {
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("rows", tasks.overdue(currentUser.actor(), unitId));
        model.addAttribute("today", tasks.today());
        return "planning/overdue";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        Actor actor = currentUser.actor();
        int y = year == null ? tasks.today().getYear() : year;
        TaskDetail detail = tasks.detail(actor, id, y);
        model.addAttribute("t", detail);
        model.addAttribute("reporters", tasks.mayReport(actor, id));
        model.addAttribute("statuses", ProgressUpdate.STATUSES);
        return "planning/task";
    }

    @PostMapping("/tasks/{id}/progress")
    String progress(
            @PathVariable long id,
            @RequestParam long agencyId,
            @RequestParam int year,
            @RequestParam String status,
            @RequestParam(required = false) String note,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence,
            RedirectAttributes redirect)
            throws IOException {
        try {
            tasks.report(currentUser.actor(), id, agencyId, year, status, note, PlanApi.upload(evidence));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/tasks/" + id + "?year=" + year;
    }
}
