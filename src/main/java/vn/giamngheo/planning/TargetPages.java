package vn.giamngheo.planning;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnits;

/** The target table of a unit and year, as seed 003 prints it, with the figures as printed beside the computed ones. */
@Controller
class TargetPages {
    private final Targets targets;
    private final Helpers helpers;
    private final AdminUnits units;
    private final Clock clock;

    TargetPages(Targets targets, Helpers helpers, AdminUnits units, Clock clock) {
        this.targets = targets;
        this.helpers = helpers;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/targets")
    String table(@RequestParam long unitId, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("year", y);
        model.addAttribute("rows", targets.table(unitId, y));
        var assigned = helpers.inSubtree(unitId, y);
        java.util.Map<Long, String> helped = new java.util.HashMap<>();
        for (HelperAssignment h : assigned) {
            helped.computeIfAbsent(h.unitId(), id -> units.get(id).fullName());
        }
        model.addAttribute("helpers", assigned);
        model.addAttribute("helpedUnits", helped);
        return "planning/targets";
    }
}
