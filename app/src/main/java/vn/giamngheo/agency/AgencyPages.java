package vn.giamngheo.agency;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;

/** The agency list of a unit's subtree, searchable by name or abbreviation. */
@Controller
class AgencyPages {
    private final Agencies agencies;
    private final AdminUnits units;
    private final CurrentUser currentUser;

    AgencyPages(Agencies agencies, AdminUnits units, CurrentUser currentUser) {
        this.agencies = agencies;
        this.units = units;
        this.currentUser = currentUser;
    }

    /** An agency with the full name of the unit it belongs to. */
    record Row(Agency agency, String unitName) {}

    @GetMapping("/agencies")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q, Model model) {
        List<AdminUnit> roots = units.roots();
        AdminUnit scope =
                unitId != null ? units.get(unitId) : ownProvince().orElse(roots.isEmpty() ? null : roots.get(0));
        model.addAttribute("scope", scope);
        model.addAttribute("roots", roots);
        model.addAttribute("q", q);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute(
                "canEdit", scope != null && currentUser.actor().jurisdiction().covers(scope.path()));
        List<Row> rows = scope == null
                ? List.of()
                : agencies.inSubtree(scope.id(), q, 500).stream()
                        .map(a -> new Row(a, units.get(a.unitId()).fullName()))
                        .toList();
        model.addAttribute("rows", rows);
        return "agencies/list";
    }

    @PostMapping("/agencies")
    String create(
            @RequestParam long unitId,
            @RequestParam AgencyKind kind,
            @RequestParam String name,
            @RequestParam(required = false) String shortName,
            @RequestParam(required = false) String aliases) {
        List<String> aliasList = aliases == null ? List.of() : List.of(aliases.split(";"));
        agencies.create(currentUser.actor(), unitId, kind, name, shortName, aliasList);
        return "redirect:/agencies?unitId=" + unitId;
    }

    /** The province of the user's first unit: an official starts from the agencies of their own province. */
    private java.util.Optional<AdminUnit> ownProvince() {
        var paths = currentUser.actor().jurisdiction().paths();
        if (currentUser.actor().jurisdiction().everywhere() || paths.isEmpty()) {
            return java.util.Optional.empty();
        }
        String[] ids = paths.get(0).split("/");
        for (String id : ids) {
            if (!id.isBlank()) {
                return java.util.Optional.of(units.get(Long.parseLong(id)));
            }
        }
        return java.util.Optional.empty();
    }
}
