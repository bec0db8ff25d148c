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
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/entitlement-lists")
@Tag(
        name = "Entitlement lists",
        description = "Health-insurance, electricity and other lists built from the recognised lists")
class EntitlementApi {
    private final EntitlementLists lists;
    private final SupportGrants grants;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    EntitlementApi(EntitlementLists lists, SupportGrants grants, CurrentUser currentUser, MessageSource messages) {
        this.lists = lists;
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
        return grants.inUnit(actor, l.unitId(), l.contentId(), null, id, 5000);
    }

    @GetMapping("/{id}/xlsx")
    @Operation(summary = "The list as an Excel workbook for the agency that acts on it")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        var actor = currentUser.actor();
        var l = lists.get(actor, id);
        PaymentList list = grants.paymentList(actor, l.unitId(), l.contentId(), l.decision(), false);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] body = PaymentListFiles.xlsx(list, k -> messages.getMessage(k, null, k, locale));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"danh-sach-" + id + ".xlsx\"")
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }
}
