package vn.giamngheo.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotPermitted;
import vn.giamngheo.shared.Permission;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Standard report forms over the recognised lists")
class ReportApi {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final Reports reports;
    private final ReportCells cells;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    ReportApi(Reports reports, ReportCells cells, CurrentUser currentUser, MessageSource messages) {
        this.reports = reports;
        this.cells = cells;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/{form}")
    @Operation(
            summary = "A standard form (summary, flows, deprivations, groups, children, lists) for a unit and list"
                    + " year: a row per child unit and the total; json, xlsx or pdf, the same numbers; public=true"
                    + " suppresses cells of fewer than giamngheo.reporting.min-cell-size households; structure=current"
                    + " reads the year in today's units (a new commune with its predecessors' lists summed)")
    ResponseEntity<?> form(
            @PathVariable String form,
            @RequestParam long unitId,
            @RequestParam int year,
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(name = "public", defaultValue = "false") boolean publicView,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String structure,
            Locale locale) {
        Form f = Form.of(form);
        Actor actor = currentUser.actor();
        Structure st = Structure.of(structure);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" ->
                file(
                        ReportXlsx.write(
                                reports.report(actor, f, unitId, year, publicView, Reports.OFFICIAL, period, st),
                                this::vi),
                        XLSX,
                        f,
                        unitId,
                        year,
                        "xlsx");
            case "pdf" ->
                file(
                        ReportPdf.write(
                                reports.report(actor, f, unitId, year, publicView, Reports.OFFICIAL, period, st),
                                this::vi),
                        MediaType.APPLICATION_PDF,
                        f,
                        unitId,
                        year,
                        "pdf");
            case "json" -> ResponseEntity.ok(reports.report(actor, f, unitId, year, publicView, locale, period, st));
            default ->
                throw vn.giamngheo.shared.InvalidInput.of("format", Message.of("reporting.format", "json, xlsx, pdf"));
        };
    }

    @PostMapping("/rebuild")
    @Operation(
            summary = "Repair: recompute every kept cell from the recognised lists, or with communeId one commune's"
                    + " (applied as a delta to its ancestors, as a recognition does); administrators only")
    ReportCells.RebuildResult rebuild(@RequestParam(required = false) Long communeId) {
        Actor actor = currentUser.actor();
        actor.require(Permission.USER_ADMIN);
        if (!actor.jurisdiction().everywhere()) {
            throw new NotPermitted(Message.of("reporting.rebuildNeedsCountry"));
        }
        return communeId == null ? cells.rebuild() : cells.refreshCommune(communeId);
    }

    private String vi(String key, Object[] args) {
        return messages.getMessage(key, args, Reports.OFFICIAL);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, Form f, long unitId, int year, String ext) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bao-cao-" + f.fileName + "-" + unitId + "-" + year + "." + ext)
                                .build()
                                .toString())
                .body(body);
    }
}
