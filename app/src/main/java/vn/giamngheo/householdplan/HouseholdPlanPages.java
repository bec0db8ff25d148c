package vn.giamngheo.householdplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.agency.Agencies;
import vn.giamngheo.agency.Agency;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.planning.HelperAssignment;
import vn.giamngheo.planning.Helpers;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;

/**
 * The pages of household plans: a household's plan (reached from the household page), the commune's
 * board, the "able to escape this year" list and poverty by cause with its drill-down.
 */
@Controller
class HouseholdPlanPages {
    /** Empty solution rows offered under the plan's own, for new solutions. */
    static final int NEW_ROWS = 3;

    private final HouseholdPlans plans;
    private final EscapeLists escapes;
    private final PovertyCauses causes;
    private final AdminUnits units;
    private final Agencies agencies;
    private final Helpers helpers;
    private final CurrentUser currentUser;

    HouseholdPlanPages(
            HouseholdPlans plans,
            EscapeLists escapes,
            PovertyCauses causes,
            AdminUnits units,
            Agencies agencies,
            Helpers helpers,
            CurrentUser currentUser) {
        this.plans = plans;
        this.escapes = escapes;
        this.causes = causes;
        this.units = units;
        this.agencies = agencies;
        this.helpers = helpers;
        this.currentUser = currentUser;
    }

    /** The household's plan: its latest plan, or the page offering to draft one. */
    @GetMapping("/households/{householdId}/plan")
    String ofHousehold(@PathVariable long householdId, Model model) {
        Actor actor = currentUser.actor();
        List<long[]> found = plans.ofHousehold(actor, householdId);
        if (!found.isEmpty()) {
            return "redirect:/household-plans/" + found.get(0)[0];
        }
        return start(actor, householdId, plans.today().getYear(), null, model);
    }

    @PostMapping("/households/{householdId}/plan")
    String draft(@PathVariable long householdId, @RequestParam(required = false) Integer year, Model model) {
        Actor actor = currentUser.actor();
        int y = year == null ? plans.today().getYear() : year;
        try {
            HouseholdPlan p = plans.draft(actor, householdId, y);
            return "redirect:/household-plans/" + p.id() + "?drafted=true";
        } catch (InvalidInput e) {
            return start(actor, householdId, y, e.problems(), model);
        }
    }

    private String start(Actor actor, long householdId, int year, List<InvalidInput.Problem> problems, Model model) {
        HouseholdPlans.HouseholdCard h = plans.household(actor, householdId);
        model.addAttribute("h", h);
        model.addAttribute("year", year);
        model.addAttribute("problems", problems);
        return "householdplans/start";
    }

    @GetMapping("/household-plans/{id}")
    String plan(
            @PathVariable long id,
            @RequestParam(required = false) Boolean saved,
            @RequestParam(required = false) Boolean drafted,
            Model model) {
        Actor actor = currentUser.actor();
        fillPlan(actor, plans.get(actor, id), model);
        model.addAttribute("saved", Boolean.TRUE.equals(saved));
        model.addAttribute("drafted", Boolean.TRUE.equals(drafted));
        return "householdplans/plan";
    }

    private void fillPlan(Actor actor, HouseholdPlan p, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("unit", units.get(p.unitId()));
        model.addAttribute(
                "causeCodes",
                Arrays.stream(HouseholdInput.Cause.values()).map(Enum::name).toList());
        model.addAttribute(
                "indicatorCodes",
                Arrays.stream(Indicator.values()).map(Enum::name).toList());
        model.addAttribute("solutionKinds", SolutionKind.values());
        model.addAttribute("helperKinds", HelperKind.values());
        model.addAttribute("progressValues", Progress.values());
        model.addAttribute("contents", plans.contents());
        model.addAttribute("helperChoices", helperChoices(actor, p));
        model.addAttribute("newRows", NEW_ROWS);
        model.addAttribute("today", plans.today());
        model.addAttribute("overdue", PlanRules.overdue(p.nextVisitOn(), plans.today()));
    }

    /** The agencies of the commune and those assigned to help it in the plan's year (seed 004 Appendix 2). */
    private List<HelperChoice> helperChoices(Actor actor, HouseholdPlan p) {
        Map<String, HelperChoice> out = new LinkedHashMap<>();
        for (Agency a : agencies.ofUnit(p.communeId())) {
            if (a.retiredAt() == null) {
                HelperKind k = "FRONT".equals(a.kind()) || "MASS_ORGANISATION".equals(a.kind())
                        ? HelperKind.MASS_ORGANISATION
                        : HelperKind.AGENCY;
                out.putIfAbsent(a.name(), new HelperChoice(k, a.name(), a.id()));
            }
        }
        for (HelperAssignment h : helpers.inSubtree(actor, p.communeId(), p.year())) {
            if (h.householdId() != null && h.householdId() != p.householdId()) {
                continue;
            }
            HelperKind k = h.agencyId() != null ? HelperKind.AGENCY : HelperKind.CADRE;
            out.putIfAbsent(h.helperName(), new HelperChoice(k, h.helperName(), h.agencyId()));
        }
        return new ArrayList<>(out.values());
    }

    @PostMapping("/household-plans/{id}")
    String save(
            @PathVariable long id,
            @RequestParam(required = false) Integer targetYear,
            @RequestParam(defaultValue = "false") boolean agreed,
            @RequestParam(required = false) String helperKind,
            @RequestParam(required = false) String helperName,
            @RequestParam(required = false) String helperPhone,
            @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(required = false) LocalDate consentOn,
            @RequestParam(required = false) LocalDate nextVisitOn,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version,
            @RequestParam MultiValueMap<String, String> form,
            Model model) {
        // Read as sent: a single value with a comma would otherwise be split into several rows.
        List<String> solutionKind = form.getOrDefault("solutionKind", List.of());
        List<String> solutionContent = form.getOrDefault("solutionContent", List.of());
        List<String> solutionDescription = form.getOrDefault("solutionDescription", List.of());
        List<String> solutionAddresses = form.getOrDefault("solutionAddresses", List.of());
        List<String> solutionDone = form.getOrDefault("solutionDone", List.of());
        List<String> solutionRemove = form.getOrDefault("solutionRemove", List.of());
        Actor actor = currentUser.actor();
        HouseholdPlan current = plans.get(actor, id);
        Map<String, String> contentNames = new LinkedHashMap<>();
        plans.contents().forEach(c -> contentNames.put(c.code(), c.name()));
        List<PlanEdit.SolutionInput> solutions = new ArrayList<>();
        int rows = size(solutionDescription);
        for (int i = 0; i < rows; i++) {
            if (solutionRemove.contains(String.valueOf(i))) {
                continue;
            }
            String content = at(solutionContent, i);
            String description = at(solutionDescription, i);
            if (PlanRules.blank(content) && PlanRules.blank(description)) {
                continue;
            }
            if (PlanRules.blank(description) && contentNames.containsKey(content)) {
                description = contentNames.get(content);
            }
            String addresses = at(solutionAddresses, i);
            solutions.add(new PlanEdit.SolutionInput(
                    at(solutionKind, i),
                    content,
                    description,
                    PlanRules.blank(addresses) ? List.of() : List.of(addresses.split(" ")),
                    solutionDone.contains(String.valueOf(i))));
        }
        Long agencyId = helperChoices(actor, current).stream()
                .filter(c -> c.name().equals(helperName == null ? null : helperName.strip()))
                .map(HelperChoice::agencyId)
                .findFirst()
                .orElse(null);
        PlanEdit edit = new PlanEdit(
                form.getOrDefault("causes", List.of()),
                targetYear,
                agreed,
                helperKind,
                helperName,
                agencyId,
                helperPhone,
                consent,
                consentOn,
                nextVisitOn,
                note,
                solutions,
                version);
        try {
            plans.update(actor, id, edit);
        } catch (InvalidInput | ConcurrentEdit e) {
            return refused(actor, id, e, "problems", model);
        }
        return "redirect:/household-plans/" + id + "?saved=true";
    }

    @PostMapping("/household-plans/{id}/visits")
    String visit(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) LocalDate visitedOn,
            @RequestParam(required = false) String progress,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String visitedBy,
            @RequestParam(required = false) LocalDate nextVisitOn,
            Model model) {
        Actor actor = currentUser.actor();
        try {
            if (version == null) {
                throw InvalidInput.of("version", Message.of("householdplan.required"));
            }
            plans.addVisit(actor, id, version, visitedOn, progress, note, visitedBy, nextVisitOn);
        } catch (InvalidInput | ConcurrentEdit e) {
            return refused(actor, id, e, "visitProblems", model);
        }
        return "redirect:/household-plans/" + id + "?saved=true#visits";
    }

    /**
     * The plan page again, as it is now, with the refusal shown where it was made: the problems of
     * the input, or the notice that someone else changed the plan meanwhile.
     */
    private String refused(Actor actor, long id, RuntimeException e, String where, Model model) {
        fillPlan(actor, plans.get(actor, id), model);
        model.addAttribute(
                where,
                e instanceof InvalidInput invalid
                        ? invalid.problems()
                        : List.of(InvalidInput.Problem.of("version", "householdplan.changedMeanwhile")));
        return "householdplans/plan";
    }

    @PostMapping("/household-plans/{id}/void")
    String voidPlan(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            Model model) {
        Actor actor = currentUser.actor();
        HouseholdPlan p = plans.get(actor, id);
        try {
            plans.voidPlan(actor, id, version == null ? -1 : version, reason);
        } catch (InvalidInput e) {
            fillPlan(actor, p, model);
            model.addAttribute("problems", e.problems());
            return "householdplans/plan";
        }
        return "redirect:/households/" + p.householdId();
    }

    @GetMapping("/household-plans")
    String board(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String helper,
            @RequestParam(required = false) Integer targetYear,
            @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        Actor actor = currentUser.actor();
        AdminUnit unit = units.get(unitId == null ? defaultUnit(actor) : unitId);
        int y = year == null ? plans.today().getYear() : year;
        List<PlanRow> rows = plans.board(actor, unit.id(), y, helper, targetYear, overdue);
        Map<String, List<PlanRow>> byHelper = new LinkedHashMap<>();
        for (PlanRow r : rows) {
            byHelper.computeIfAbsent(r.helperName() == null ? "" : r.helperName(), k -> new ArrayList<>())
                    .add(r);
        }
        Map<Integer, Integer> byTarget = new java.util.TreeMap<>();
        rows.forEach(r -> byTarget.merge(r.targetYear() == null ? 0 : r.targetYear(), 1, Integer::sum));
        model.addAttribute("unit", unit);
        model.addAttribute("crumbs", units.ancestry(unit));
        model.addAttribute("year", y);
        model.addAttribute("helper", helper);
        model.addAttribute("targetYear", targetYear);
        model.addAttribute("overdue", overdue);
        model.addAttribute("rows", rows);
        model.addAttribute("byHelper", byHelper);
        model.addAttribute("byTarget", byTarget);
        model.addAttribute(
                "overdueCount", rows.stream().filter(PlanRow::overdue).count());
        model.addAttribute("communes", "COMMUNE".equals(unit.level()) ? List.of() : communesBelow(unit));
        return "householdplans/board";
    }

    @GetMapping("/household-plans/escape-list")
    String escapeList(
            @RequestParam(required = false) Long communeId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Boolean submitted,
            Model model) {
        Actor actor = currentUser.actor();
        AdminUnit unit = units.get(communeId == null ? defaultUnit(actor) : communeId);
        int y = year == null ? plans.today().getYear() : year;
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("submitted", Boolean.TRUE.equals(submitted));
        if ("COMMUNE".equals(unit.level())) {
            model.addAttribute("list", escapes.list(actor, unit.id(), y));
            model.addAttribute("obligations", escapes.obligations(actor, unit.id(), y));
        } else {
            model.addAttribute("rates", escapes.hitRates(actor, unit.id(), y));
            model.addAttribute("communes", communesBelow(unit));
        }
        return "householdplans/escape";
    }

    @PostMapping("/household-plans/escape-list")
    String submit(
            @RequestParam long communeId,
            @RequestParam int year,
            @RequestParam(required = false) Long obligationId,
            Locale locale,
            Model model) {
        Actor actor = currentUser.actor();
        try {
            escapes.submit(actor, communeId, year, obligationId, locale);
        } catch (InvalidInput e) {
            escapeList(communeId, year, false, model);
            model.addAttribute("problems", e.problems());
            return "householdplans/escape";
        }
        return "redirect:/household-plans/escape-list?communeId=" + communeId + "&year=" + year + "&submitted=true";
    }

    @GetMapping("/household-plans/causes")
    String causes(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String householdClass,
            Model model) {
        Actor actor = currentUser.actor();
        AdminUnit unit = units.get(unitId == null ? defaultUnit(actor) : unitId);
        CauseTable table = causes.table(actor, unit.id(), householdClass);
        model.addAttribute("unit", unit);
        model.addAttribute("crumbs", units.ancestry(unit));
        model.addAttribute("t", table);
        model.addAttribute(
                "causeCodes",
                Arrays.stream(HouseholdInput.Cause.values()).map(Enum::name).toList());
        model.addAttribute(
                "indicatorCodes",
                Arrays.stream(Indicator.values()).map(Enum::name).toList());
        return "householdplans/causes";
    }

    @GetMapping("/household-plans/causes/households")
    String causeHouseholds(
            @RequestParam long unitId,
            @RequestParam(required = false) String householdClass,
            @RequestParam(required = false) String key,
            Model model) {
        Actor actor = currentUser.actor();
        AdminUnit unit = units.get(unitId);
        List<CauseHousehold> rows = causes.households(actor, unitId, householdClass, key);
        model.addAttribute("unit", unit);
        model.addAttribute("rows", rows);
        model.addAttribute("householdClass", householdClass == null ? "POOR" : householdClass);
        model.addAttribute("key", key);
        model.addAttribute("limit", PovertyCauses.DRILL_LIMIT);
        return "householdplans/cause-households";
    }

    /** The communes below a unit (for a district or province: links to each commune's list and board). */
    private List<AdminUnit> communesBelow(AdminUnit unit) {
        return units.subtree(unit).stream()
                .filter(u -> "COMMUNE".equals(u.level()) && !u.retired())
                .toList();
    }

    /** The first unit of the user's jurisdiction (the first province for the whole country). */
    private long defaultUnit(Actor actor) {
        var j = actor.jurisdiction();
        if (j.everywhere() || j.paths().isEmpty()) {
            return units.roots().stream()
                    .findFirst()
                    .map(AdminUnit::id)
                    .orElseThrow(() -> new NotFound("AdminUnit", 0));
        }
        String[] ids = j.paths().get(0).split("/");
        return Long.parseLong(ids[ids.length - 1]);
    }

    private static int size(List<?> l) {
        return l == null ? 0 : l.size();
    }

    private static String at(List<String> l, int i) {
        return l == null || i >= l.size() ? null : l.get(i);
    }
}
