package vn.giamngheo.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.identity.CurrentUser;

/**
 * The report forms on screen and the dashboard of a unit (Thymeleaf + htmx; charts with Chart.js).
 * The year is a list year; without one, the current year's lists.
 */
@Controller
class ReportPages {
    private final Reports reports;
    private final Dashboard dashboard;
    private final Backlog backlog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JsonMapper json;
    private final MessageSource messages;
    private final vn.giamngheo.adminunit.AdminUnits units;
    private final DisbursementReport disbursement;

    ReportPages(
            Reports reports,
            Dashboard dashboard,
            Backlog backlog,
            CurrentUser currentUser,
            Clock clock,
            JsonMapper json,
            MessageSource messages,
            vn.giamngheo.adminunit.AdminUnits units,
            DisbursementReport disbursement) {
        this.units = units;
        this.disbursement = disbursement;
        this.reports = reports;
        this.dashboard = dashboard;
        this.backlog = backlog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/reports/{form}")
    String form(
            @PathVariable String form,
            @RequestParam long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam(name = "public", defaultValue = "false") boolean publicView,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String structure,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        Form f = Form.of(form);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Structure st = Structure.of(structure);
        model.addAttribute("report", reports.report(currentUser.actor(), f, unitId, y, publicView, locale, period, st));
        model.addAttribute("current", st == Structure.CURRENT);
        model.addAttribute("period", period);
        model.addAttribute("periods", f == Form.DISBURSEMENT ? DisbursementReport.PERIODS : List.of());
        model.addAttribute(
                "forms", Arrays.stream(Form.values()).map(x -> x.slug).toList());
        model.addAttribute("form", f.slug);
        model.addAttribute("year", y);
        model.addAttribute("unitId", unitId);
        model.addAttribute("publicView", publicView);
        return htmx != null ? "reports/form :: report" : "reports/form";
    }

    @GetMapping({"/reports", "/reports/dashboard"})
    String index(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year,
            Locale locale,
            Model model) {
        return dashboard(unitId == null ? defaultUnit() : unitId, year, locale, model);
    }

    /** The nav's entry: the first unit of the user's jurisdiction (the first province for the whole country). */
    private long defaultUnit() {
        var j = currentUser.actor().jurisdiction();
        if (j.everywhere() || j.paths().isEmpty()) {
            return units.roots().stream()
                    .findFirst()
                    .map(vn.giamngheo.adminunit.AdminUnit::id)
                    .orElseThrow(() -> new vn.giamngheo.shared.NotFound("AdminUnit", 0));
        }
        String[] ids = j.paths().get(0).split("/");
        return Long.parseLong(ids[ids.length - 1]);
    }

    private String dashboard(long unitId, Integer year, Locale locale, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Dashboard.View view = dashboard.view(currentUser.actor(), unitId, y);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String k :
                List.of("poorRate", "nearPoorRate", "deprivedShare", "planned", "net", "sortName", "sortRate")) {
            labels.put(k, messages.getMessage("report.dash." + k, null, locale));
        }
        Map<String, String> indicators = new LinkedHashMap<>();
        view.deprivations()
                .forEach(d -> indicators.put(
                        d.code(), messages.getMessage("report.indicator." + d.code(), null, d.code(), locale)));
        labels.putAll(indicators);
        // embedded as JSON for the charts; "</" cannot close the script element
        String data =
                json.writeValueAsString(Map.of("view", view, "labels", labels)).replace("</", "<\\/");
        model.addAttribute("view", view);
        model.addAttribute("data", data);
        // plain HTML, no script: the panels show before the charts are drawn, and without them
        model.addAttribute("overdue", backlog.overdue(currentUser.actor(), unitId));
        model.addAttribute("missing", backlog.missing(currentUser.actor(), unitId, y));
        if (currentUser.actor().can(vn.giamngheo.shared.Permission.FUNDING_READ)) {
            model.addAttribute("funding", disbursement.total(currentUser.actor(), unitId, y));
        }
        model.addAttribute(
                "forms", Arrays.stream(Form.values()).map(x -> x.slug).toList());
        model.addAttribute("year", y);
        return "reports/dashboard";
    }

    @GetMapping("/reports/dashboard/overdue.csv")
    ResponseEntity<String> overdueTable(@RequestParam long unitId) {
        Backlog.OverdueTasks t = backlog.overdue(currentUser.actor(), unitId);
        return csv("overdue-" + unitId + "-" + t.today(), Backlog.csv(t));
    }

    @GetMapping("/reports/dashboard/missing.csv")
    ResponseEntity<String> missingTable(@RequestParam long unitId, @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return csv("missing-" + unitId + "-" + y, Backlog.csv(backlog.missing(currentUser.actor(), unitId, y)));
    }

    private static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .body(body);
    }

    @GetMapping("/reports/dashboard/{chart}.csv")
    ResponseEntity<String> chartTable(
            @PathVariable String chart, @RequestParam long unitId, @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + chart + "-" + unitId + "-" + y + ".csv\"")
                .body(Dashboard.csv(dashboard.view(currentUser.actor(), unitId, y), chart));
    }
}
