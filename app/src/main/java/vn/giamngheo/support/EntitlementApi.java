package vn.giamngheo.support;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/entitlement-lists")
@Tag(
        name = "Entitlement lists",
        description = "Health-insurance, electricity and other lists built from the recognised lists")
class EntitlementApi {
    private final EntitlementLists lists;
    private final EntitlementListReads reads;
    private final SupportGrants grants;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final vn.giamngheo.adminunit.AdminUnits units;

    EntitlementApi(
            EntitlementLists lists,
            EntitlementListReads reads,
            SupportGrants grants,
            CurrentUser currentUser,
            MessageSource messages,
            vn.giamngheo.adminunit.AdminUnits units) {
        this.units = units;
        this.lists = lists;
        this.reads = reads;
        this.grants = grants;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @PostMapping
    @Operation(
            summary =
                    "Build or re-run the list of a unit, content and period: adds only beneficiaries not on it yet, never a double support")
    EntitlementLists.Run run(@RequestBody EntitlementLists.Request r) {
        return lists.build(currentUser.actor(), r);
    }

    @PostMapping("/dry-run")
    @Operation(
            summary =
                    "What a build or re-run would add now (counts and the grants), made and rolled back: nothing is stored")
    EntitlementLists.Preview dryRun(@RequestBody EntitlementLists.Request r) {
        return lists.preview(currentUser.actor(), r);
    }

    @GetMapping
    @Operation(
            summary =
                    "The lists of a unit's subtree: content, period, households, persons, those left out because another grant holds the content, state")
    List<EntitlementListReads.Summary> ofUnit(@RequestParam long unitId) {
        return reads.ofUnit(currentUser.actor(), unitId);
    }

    @GetMapping("/{id}/left-out")
    @Operation(
            summary =
                    "Beneficiaries the list leaves out because a live grant of another list or program holds the content")
    List<EntitlementListReads.LeftOut> leftOut(@PathVariable long id) {
        return reads.leftOut(currentUser.actor(), id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A list with its runs")
    EntitlementLists.EntitlementList get(@PathVariable long id) {
        return lists.get(currentUser.actor(), id);
    }

    @GetMapping("/{id}/grants")
    @Operation(summary = "The grants of a list")
    List<SupportGrant> listGrants(@PathVariable long id) {
        var actor = currentUser.actor();
        var l = lists.get(actor, id);
        return grants.ofList(actor, id, units.get(l.unitId()), 5000);
    }

    @GetMapping("/{id}/xlsx")
    @Operation(
            summary =
                    "The list as an Excel workbook for the agency that acts on it (health insurance: the card's fields we hold); public=true masks ID numbers")
    ResponseEntity<byte[]> xlsx(
            @PathVariable long id, @RequestParam(name = "public", defaultValue = "false") boolean publicCopy) {
        return file(id, publicCopy, false);
    }

    @GetMapping("/{id}/pdf")
    @Operation(
            summary =
                    "The list as a PDF in Vietnamese to sign and file; public=true is the copy posted at the commune, ID numbers masked to the last 4 digits")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id, @RequestParam(name = "public", defaultValue = "false") boolean publicCopy) {
        return file(id, publicCopy, true);
    }

    private ResponseEntity<byte[]> file(long id, boolean publicCopy, boolean pdf) {
        var export = reads.export(currentUser.actor(), id, publicCopy);
        Locale locale = LocaleContextHolder.getLocale();
        java.util.function.Function<String, String> words = k -> messages.getMessage(k, null, k, locale);
        byte[] body = pdf ? EntitlementListFiles.pdf(export, words) : EntitlementListFiles.xlsx(export, words);
        return ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"danh-sach-" + id + (publicCopy ? "-niem-yet" : "")
                                + (pdf ? ".pdf" : ".xlsx") + "\"")
                .contentType(
                        pdf
                                ? MediaType.APPLICATION_PDF
                                : MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }
}
