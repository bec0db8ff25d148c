package vn.giamngheo.support;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;

/**
 * The outcomes of support (decision 1430), phone first: a unit's rates and costs with bar charts by
 * unit, content and sub-project, each line leading further down; at the bottom the households.
 */
@Controller
class SupportOutcomePages {
    private final SupportOutcomes outcomes;
    private final AdminUnits units;
    private final CurrentUser currentUser;

    SupportOutcomePages(SupportOutcomes outcomes, AdminUnits units, CurrentUser currentUser) {
        this.outcomes = outcomes;
        this.units = units;
        this.currentUser = currentUser;
    }

    @GetMapping("/support/outcomes")
    String table(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long contentId,
            @RequestParam(required = false) Long componentId,
            Model model) {
        AdminUnit unit = unit(unitId);
        model.addAttribute("t", outcomes.table(currentUser.actor(), unit.id(), contentId, componentId));
        model.addAttribute("crumbs", units.ancestry(unit));
        model.addAttribute("contents", outcomes.contents());
        model.addAttribute("components", outcomes.components());
        return "support/outcomes";
    }

    @GetMapping("/support/outcomes/households")
    String households(
            @RequestParam long unitId,
            @RequestParam(required = false) Long contentId,
            @RequestParam(required = false) Long componentId,
            @RequestParam(required = false) String only,
            Model model) {
        List<OutcomeHousehold> rows = outcomes.households(currentUser.actor(), unitId, contentId, componentId, only);
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("contentId", contentId);
        model.addAttribute("componentId", componentId);
        model.addAttribute("only", only);
        model.addAttribute("onlyCodes", SupportOutcomes.ONLY);
        model.addAttribute("rows", rows);
        model.addAttribute("limit", SupportOutcomes.DRILL_LIMIT);
        return "support/outcome-households";
    }

    private AdminUnit unit(Long unitId) {
        return PageUnits.unit(unitId, units, currentUser.actor());
    }
}
