package vn.giamngheo.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Permission;

/** The target table of a unit and year, as seed 003 prints it, with the figures as printed beside the computed ones. */
@Controller
class TargetPages {
    private final Targets targets;
    private final Helpers helpers;
    private final AdminUnits units;
    private final CurrentUser currentUser;
    private final Clock clock;

    TargetPages(Targets targets, Helpers helpers, AdminUnits units, CurrentUser currentUser, Clock clock) {
        this.targets = targets;
        this.helpers = helpers;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/targets")
    String table(@RequestParam long unitId, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("year", y);
        model.addAttribute("rows", targets.table(unitId, y));
        Actor actor = currentUser.actor();
        // the targets are figures; the helpers beside them name cadres and households (personal data)
        List<HelperAssignment> assigned =
                actor.can(Permission.HOUSEHOLD_READ) ? helpers.inSubtree(actor, unitId, y) : List.of();
        java.util.Map<Long, String> helped = new java.util.HashMap<>();
        for (HelperAssignment h : assigned) {
            helped.computeIfAbsent(h.unitId(), id -> units.get(id).fullName());
        }
        model.addAttribute("helpers", assigned);
        model.addAttribute("helpedUnits", helped);
        return "planning/targets";
    }
}
