package vn.giamngheo.adminunit;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.identity.CurrentUser;

/** The hierarchy browser: a tree that opens level by level (htmx) and an accent-insensitive search. */
@Controller
class AdminUnitPages {
    private final AdminUnits units;
    private final AdminUnitStore store;
    private final CurrentUser currentUser;

    AdminUnitPages(AdminUnits units, AdminUnitStore store, CurrentUser currentUser) {
        this.units = units;
        this.store = store;
        this.currentUser = currentUser;
    }

    /** A search result with the names of the units above it, nearest first. */
    record Found(AdminUnit unit, String ancestry) {}

    @GetMapping("/units")
    String index(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("roots", units.roots());
        model.addAttribute("q", q);
        return "units/index";
    }

    @GetMapping("/units/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        List<Found> found = units.search(q, null, 50).stream()
                .map(u -> new Found(u, ancestryText(u)))
                .toList();
        model.addAttribute("units", found);
        if (htmx == null) {
            model.addAttribute("roots", units.roots());
            model.addAttribute("q", q);
            model.addAttribute("searchResults", found);
        }
        return htmx != null ? "units/children :: results(units=${units})" : "units/search";
    }

    /**
     * The unit picker of forms (user areas, the audit filter): the units whose name matches what is
     * typed (without accents), each with the units above it, as checkboxes or radio buttons named
     * {@code name}: nobody types a numeric id.
     */
    @GetMapping("/units/picker")
    String picker(
            @RequestParam(name = "unitQuery", required = false) String q,
            @RequestParam(defaultValue = "unitIds") String name,
            @RequestParam(defaultValue = "checkbox") String type,
            Model model) {
        List<Found> found = q == null || q.isBlank()
                ? List.of()
                : units.search(q, null, 30).stream()
                        .map(u -> new Found(u, ancestryText(u)))
                        .toList();
        model.addAttribute("found", found);
        model.addAttribute("name", name.matches("[A-Za-z]{1,30}") ? name : "unitIds");
        model.addAttribute("type", type.equals("radio") ? "radio" : "checkbox");
        model.addAttribute("searched", q != null && !q.isBlank());
        return "units/picker :: options";
    }

    @GetMapping("/units/{id}/children")
    String children(@PathVariable long id, Model model) {
        model.addAttribute("units", units.children(id));
        return "units/children :: list(units=${units})";
    }

    @GetMapping("/units/{id}")
    String detail(@PathVariable long id, Model model) {
        AdminUnit unit = units.get(id);
        List<AdminUnit> ancestry = units.ancestry(unit);
        int rank = units.level(unit.level()).rank();
        model.addAttribute("unit", unit);
        model.addAttribute("ancestry", ancestry.subList(0, ancestry.size() - 1));
        model.addAttribute("children", units.children(id));
        model.addAttribute("names", store.names(id));
        List<Succession> successions = units.successions(id);
        model.addAttribute("successions", successions);
        model.addAttribute(
                "successionNames",
                successions.stream()
                        .flatMap(x -> java.util.stream.Stream.of(x.predecessorId(), x.successorId()))
                        .distinct()
                        .collect(Collectors.toMap(u -> u, u -> units.get(u).fullName())));
        model.addAttribute(
                "childLevels",
                units.levels().stream().filter(l -> l.rank() > rank).toList());
        model.addAttribute("canEdit", currentUser.actor().jurisdiction().covers(unit.path()));
        return "units/detail";
    }

    @PostMapping("/units/{id}/children")
    String create(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String code,
            @RequestParam String level) {
        AdminUnit created = units.create(currentUser.actor(), new NewAdminUnit(id, code, name, kind, level, null));
        return "redirect:/units/" + created.id();
    }

    @PostMapping("/units/{id}/rename")
    String rename(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective,
            @RequestParam int version) {
        units.rename(currentUser.actor(), id, name, kind, effective, version);
        return "redirect:/units/" + id;
    }

    private String ancestryText(AdminUnit unit) {
        List<AdminUnit> chain = units.ancestry(unit);
        List<AdminUnit> above = new java.util.ArrayList<>(chain.subList(0, chain.size() - 1));
        java.util.Collections.reverse(above);
        return above.stream().map(AdminUnit::fullName).collect(Collectors.joining(", "));
    }
}
