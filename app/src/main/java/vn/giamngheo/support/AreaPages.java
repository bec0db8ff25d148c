package vn.giamngheo.support;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.InvalidInput;

/** The area designations of a unit (and above and under it), with the form that enters one and voids one. */
@Controller
class AreaPages {
    private final AreaDesignations areas;
    private final AreaShares shares;
    private final SupportGrants grants;
    private final AdminUnits units;
    private final CurrentUser currentUser;

    AreaPages(
            AreaDesignations areas,
            AreaShares shares,
            SupportGrants grants,
            AdminUnits units,
            CurrentUser currentUser) {
        this.areas = areas;
        this.shares = shares;
        this.grants = grants;
        this.units = units;
        this.currentUser = currentUser;
    }

    @GetMapping("/support/areas")
    String index(@RequestParam(required = false) Long unitId, Model model) {
        fill(model, PageUnits.unit(unitId, units, currentUser.actor()));
        model.addAttribute("form", new AreaDesignations.NewDesignation(null, "", null, "", null, null, null, ""));
        return "support/areas";
    }

    private void fill(Model model, AdminUnit unit) {
        model.addAttribute("unit", unit);
        model.addAttribute("designations", areas.around(unit.id()));
        model.addAttribute("kinds", AreaKind.values());
        model.addAttribute(
                "bound",
                grants.rules().stream().filter(r -> !r.areas().isEmpty()).toList());
        model.addAttribute("contents", grants.reads().contents());
        model.addAttribute("shares", shares.all());
        model.addAttribute("national", currentUser.actor().jurisdiction().everywhere());
    }

    /** A national official corrects a share by area (a value and its legal source, or none: not determined). */
    @PostMapping("/support/areas/shares/{id}")
    String correctShare(
            @PathVariable long id,
            @RequestParam long unitId,
            @RequestParam(required = false) String sharePercent,
            @RequestParam(required = false) String legalSource,
            @RequestParam int version,
            Model model) {
        AdminUnit unit = PageUnits.unit(unitId, units, currentUser.actor());
        try {
            shares.correct(
                    currentUser.actor(),
                    id,
                    new AreaShares.Correction(percent(sharePercent), legalSource, null, version));
            return "redirect:/support/areas?unitId=" + unit.id() + "&saved=true";
        } catch (InvalidInput e) {
            fill(model, unit);
            model.addAttribute("form", new AreaDesignations.NewDesignation(null, "", null, "", null, null, null, ""));
            model.addAttribute("problems", e.problems());
            return "support/areas";
        }
    }

    /** "70", "70,5" or "70.5" as typed; anything else refused naming the field. */
    static java.math.BigDecimal percent(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("sharePercent", vn.giamngheo.shared.Message.of("support.shareRange", text.strip()));
        }
    }

    @PostMapping("/support/areas")
    String add(@RequestParam long unitId, AreaDesignations.NewDesignation form, Model model) {
        AdminUnit unit = PageUnits.unit(unitId, units, currentUser.actor());
        try {
            areas.add(
                    currentUser.actor(),
                    List.of(new AreaDesignations.NewDesignation(
                            form.unitCode() == null || form.unitCode().isBlank() ? unit.id() : null,
                            form.unitCode(),
                            form.kind(),
                            form.decision(),
                            form.decisionDate(),
                            form.validFrom(),
                            form.validTo(),
                            form.note())));
            return "redirect:/support/areas?unitId=" + unit.id() + "&saved=true";
        } catch (InvalidInput e) {
            fill(model, unit);
            model.addAttribute("form", form);
            model.addAttribute("problems", e.problems());
            return "support/areas";
        }
    }

    @PostMapping("/support/areas/{id}/void")
    String voidIt(
            @PathVariable long id,
            @RequestParam long unitId,
            @RequestParam(required = false) String reason,
            @RequestParam int version,
            Model model) {
        try {
            areas.voidIt(currentUser.actor(), id, reason, version);
            return "redirect:/support/areas?unitId=" + unitId + "&saved=true";
        } catch (InvalidInput e) {
            fill(model, PageUnits.unit(unitId, units, currentUser.actor()));
            model.addAttribute("form", new AreaDesignations.NewDesignation(null, "", null, "", null, null, null, ""));
            model.addAttribute("problems", e.problems());
            return "support/areas";
        }
    }
}
