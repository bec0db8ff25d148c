package vn.giamngheo.planning;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.InvalidInput;

/**
 * The reports owed in a unit's subtree for a year: counts by status overall and per reporting unit,
 * every obligation with a form to record its submission (inline with htmx, or a plain post).
 */
@Controller
class ObligationPages {
    private final Obligations obligations;
    private final Tasks tasks;
    private final AdminUnits units;
    private final CurrentUser currentUser;

    ObligationPages(Obligations obligations, Tasks tasks, AdminUnits units, CurrentUser currentUser) {
        this.obligations = obligations;
        this.tasks = tasks;
        this.units = units;
        this.currentUser = currentUser;
    }

    @GetMapping("/obligations")
    String completeness(@RequestParam long unitId, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? tasks.today().getYear() : year;
        model.addAttribute("c", obligations.completeness(currentUser.actor(), unitId, y));
        model.addAttribute("unit", units.get(unitId));
        return "planning/obligations";
    }

    @PostMapping("/obligations/{id}/submit")
    String submit(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String figures,
            @RequestParam(required = false) String note,
            @RequestParam long unitId,
            @RequestParam int year,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        ObligationView view;
        try {
            view = obligations.submit(currentUser.actor(), id, PlanApi.upload(file), figures, note);
        } catch (InvalidInput e) {
            if (htmx != null) {
                model.addAttribute("o", obligations.get(currentUser.actor(), id));
                model.addAttribute("rowProblems", e.problems());
                model.addAttribute("unitId", unitId);
                model.addAttribute("year", year);
                return "planning/obligations :: row";
            }
            redirect.addFlashAttribute("problems", e.problems());
            return "redirect:/obligations?unitId=" + unitId + "&year=" + year;
        }
        if (htmx != null) {
            model.addAttribute("o", view);
            model.addAttribute("unitId", unitId);
            model.addAttribute("year", year);
            return "planning/obligations :: row";
        }
        return "redirect:/obligations?unitId=" + unitId + "&year=" + year;
    }
}
