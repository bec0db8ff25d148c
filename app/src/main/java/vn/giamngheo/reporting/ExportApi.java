package vn.giamngheo.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports", description = "Standard indicators for DHIS2 (ADX, CSV)")
class ExportApi {
    static final MediaType ADX = MediaType.parseMediaType("application/adx+xml;charset=UTF-8");
    private final IndicatorExport export;
    private final Reports reports;
    private final CurrentUser currentUser;

    ExportApi(IndicatorExport export, Reports reports, CurrentUser currentUser) {
        this.export = export;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GetMapping("/adx")
    @Operation(
            summary = "The unit's and its child units' standard indicators for a year: ADX XML (default) or DHIS2 CSV"
                    + " (format=csv); data elements GN_… (docs/reporting-exports.md), orgUnit = unit code,"
                    + " dataSet GIAMNGHEO_POVERTY; public=true leaves out (ADX) or writes \"<5\" (CSV) for small cells")
    ResponseEntity<String> adx(
            @RequestParam long unitId,
            @RequestParam int year,
            @RequestParam(defaultValue = "adx") String format,
            @RequestParam(name = "public", defaultValue = "false") boolean publicView) {
        var actor = currentUser.actor();
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "adx", "xml" -> ResponseEntity.ok().contentType(ADX).body(export.adx(actor, unitId, year, publicView));
            case "csv" ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                        .body(export.csv(actor, unitId, year, publicView, reports.minCellSize()));
            default -> throw InvalidInput.of("format", Message.of("reporting.format", "adx, csv"));
        };
    }

    @GetMapping("/csv")
    @Operation(summary = "The same values as DHIS2 CSV: dataelement,period,orgunit,value (period = the year)")
    ResponseEntity<String> csv(
            @RequestParam long unitId,
            @RequestParam int year,
            @RequestParam(name = "public", defaultValue = "false") boolean publicView) {
        return adx(unitId, year, "csv", publicView);
    }
}
