package vn.giamngheo.household;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.ExchangeFields;

/** Household pages: the list with filters, one household (now or on a date), and the edit form. */
@Controller
class HouseholdPages {
    static final List<String> CLASSES = List.of("POOR", "NEAR_POOR", "MIDDLE", "NOT_POOR", "UNDETERMINED");
    static final List<String> GROUPS =
            List.of("ETHNIC_MINORITY", "PERSON_OF_MERIT", "SOCIAL_PROTECTION", "FEMALE_HEAD", "NO_LABOUR_CAPACITY");
    private final HouseholdRegistry registry;
    private final AdminUnits units;
    private final CurrentUser currentUser;

    HouseholdPages(HouseholdRegistry registry, AdminUnits units, CurrentUser currentUser) {
        this.registry = registry;
        this.units = units;
        this.currentUser = currentUser;
    }

    @GetMapping("/households")
    String list(
            @RequestParam(required = false) Long unitId,
            @RequestParam(name = "class", required = false) String klass,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = currentUser.actor();
        model.addAttribute(
                "result",
                registry.list(actor, new HouseholdQuery(unitId, blank(klass), blank(group), q, false, page, 25)));
        model.addAttribute("unitId", unitId);
        model.addAttribute("unit", unitId == null ? null : units.get(unitId));
        model.addAttribute("klass", klass);
        model.addAttribute("group", group);
        model.addAttribute("q", q);
        model.addAttribute("classes", CLASSES);
        model.addAttribute("groups", GROUPS);
        return "households/list";
    }

    @GetMapping("/households/{id}")
    String view(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        Actor actor = currentUser.actor();
        Household h = asOf == null ? registry.get(actor, id) : registry.asOf(actor, id, asOf);
        model.addAttribute("h", h);
        model.addAttribute("asOf", asOf);
        model.addAttribute("unit", units.get(h.data().unitId()));
        model.addAttribute("history", registry.history(actor, id));
        model.addAttribute("shared", registry.sharedCitizenIds(actor, id));
        return "households/view";
    }

    @GetMapping("/households/new")
    String newForm(@RequestParam(required = false) Long unitId, Model model) {
        HouseholdForm form = new HouseholdForm();
        form.setUnitId(unitId);
        return form(model, form.withBlankRows(4), null, List.of());
    }

    @PostMapping("/households/new")
    String create(@ModelAttribute HouseholdForm form, Model model) {
        try {
            Household created = registry.create(currentUser.actor(), form.toData());
            return "redirect:/households/" + created.id();
        } catch (InvalidInput e) {
            return form(model, form.withBlankRows(1), null, e.problems());
        }
    }

    @GetMapping("/households/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Household h = registry.get(currentUser.actor(), id);
        return form(model, HouseholdForm.of(h).withBlankRows(2), h, List.of());
    }

    @PostMapping("/households/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute HouseholdForm form, Model model) {
        try {
            registry.update(currentUser.actor(), id, form.toData(), form.getVersion());
            return "redirect:/households/" + id;
        } catch (InvalidInput e) {
            return form(model, form.withBlankRows(1), registry.get(currentUser.actor(), id), e.problems());
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return form(model, form, registry.get(currentUser.actor(), id), List.of());
        }
    }

    @PostMapping("/households/{id}/void")
    String voidHousehold(@PathVariable long id, @RequestParam String reason, @RequestParam int version) {
        registry.voidHousehold(currentUser.actor(), id, reason, version);
        return "redirect:/households/" + id;
    }

    private String form(Model model, HouseholdForm form, Household existing, List<InvalidInput.Problem> problems) {
        Actor actor = currentUser.actor();
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("problems", problems);
        List<AdminUnit> places = placesFor(actor);
        model.addAttribute("places", places);
        // the facts asked yes/no, from the one field list (docs/decisions/1130)
        model.addAttribute("dwellingFlags", ExchangeFields.names(ExchangeFields.DWELLING, ExchangeFields.Kind.BOOLEAN));
        model.addAttribute("memberFlags", ExchangeFields.names(ExchangeFields.MEMBER, ExchangeFields.Kind.BOOLEAN));
        model.addAttribute("sexes", codes(vn.giamngheo.standard.Member.Sex.values()));
        model.addAttribute(
                "relations", HouseholdValidation.RELATIONS.stream().sorted().toList());
        model.addAttribute("educations", codes(vn.giamngheo.standard.Member.Education.values()));
        model.addAttribute("employments", codes(vn.giamngheo.standard.Member.Employment.values()));
        return "households/form";
    }

    /** The villages (and communes) a household of this user can live in, for the form's choice. */
    private List<AdminUnit> placesFor(Actor actor) {
        if (actor.jurisdiction().everywhere()) {
            return List.of();
        }
        return actor.jurisdiction().paths().stream()
                .flatMap(path -> units.subtree(unitAt(path)).stream())
                .filter(u -> !u.retired()
                        && (u.level().equals("VILLAGE") || u.level().equals("COMMUNE")))
                .toList();
    }

    private AdminUnit unitAt(String path) {
        String[] ids = path.split("/");
        return units.get(Long.parseLong(ids[ids.length - 1]));
    }

    private static List<String> codes(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
