package vn.giamngheo.support;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/support-grants")
@Tag(
        name = "Support grants",
        description = "Support to households and persons with no double support enforced by the database")
class SupportApi {
    private final SupportGrants grants;
    private final CurrentUser currentUser;
    private final org.springframework.context.MessageSource messages;

    SupportApi(SupportGrants grants, CurrentUser currentUser, org.springframework.context.MessageSource messages) {
        this.grants = grants;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/payment-list")
    @Operation(
            summary =
                    "Payment list (bảng kê) of a unit's grants of one content, as xlsx or pdf; public=true masks ID numbers to the last 4 digits")
    org.springframework.http.ResponseEntity<byte[]> paymentList(
            @RequestParam long unitId,
            @RequestParam long contentId,
            @RequestParam(required = false) String decision,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(name = "public", defaultValue = "false") boolean publicCopy) {
        PaymentList list = grants.paymentList(currentUser.actor(), unitId, contentId, decision, publicCopy);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.util.function.Function<String, String> words = k -> messages.getMessage(k, null, k, locale);
        boolean pdf = "pdf".equalsIgnoreCase(format);
        byte[] body = pdf ? PaymentListFiles.pdf(list, words) : PaymentListFiles.xlsx(list, words);
        String name = "bang-ke-" + contentId + (publicCopy ? "-niem-yet" : "") + (pdf ? ".pdf" : ".xlsx");
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .contentType(
                        pdf
                                ? org.springframework.http.MediaType.APPLICATION_PDF
                                : org.springframework.http.MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }

    @GetMapping
    @Operation(summary = "Grants of the households of a unit and the units below it, by content and state")
    List<SupportGrant> list(
            @RequestParam long unitId,
            @RequestParam(required = false) Long contentId,
            @RequestParam(required = false) GrantState state,
            @RequestParam(defaultValue = "500") int limit) {
        return grants.inUnit(currentUser.actor(), unitId, contentId, state, null, limit);
    }

    @GetMapping("/households/{householdId}")
    @Operation(summary = "A household's support history, newest first")
    List<SupportGrant> household(@PathVariable long householdId) {
        return grants.ofHousehold(currentUser.actor(), householdId);
    }

    record GrantView(SupportGrant grant, List<SupportGrant.Payment> payments, List<SupportGrant> conflicts) {}

    @GetMapping("/{id}")
    @Operation(summary = "A grant with its payments and the live grants it overlaps")
    GrantView get(@PathVariable long id) {
        var actor = currentUser.actor();
        return new GrantView(grants.get(actor, id), grants.payments(actor, id), grants.conflicts(actor, id));
    }

    @GetMapping("/rules")
    @Operation(summary = "Who may receive each content (eligibility as data)")
    List<ContentRule> rules() {
        return grants.rules();
    }

    @GetMapping("/recheck")
    @Operation(summary = "Live grants whose household no longer qualifies on the lists in force (to review)")
    List<SupportGrants.Recheck> recheck(@RequestParam long unitId) {
        return grants.recheck(currentUser.actor(), unitId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a grant (checked against the content's eligibility and norm)")
    SupportGrant propose(@RequestBody NewGrant g) {
        return grants.propose(currentUser.actor(), g);
    }

    record BatchResult(boolean dryRun, List<Row> rows) {
        record Row(int line, Long id, String householdCode, String beneficiaryName, long amount, LocalDate from) {}
    }

    @PostMapping("/batch")
    @Operation(
            summary =
                    "Propose many grants: every row checked with its line; any refused row stores nothing; dryRun checks only")
    BatchResult batch(@RequestBody List<NewGrant> rows, @RequestParam(defaultValue = "false") boolean dryRun) {
        SupportGrants.Batch b = grants.proposeAll(currentUser.actor(), rows, dryRun);
        return new BatchResult(
                b.dryRun(),
                b.rows().stream()
                        .map(r -> new BatchResult.Row(
                                r.line(),
                                r.id(),
                                r.householdCode(),
                                r.beneficiaryName(),
                                r.grant().amount(),
                                r.grant().from()))
                        .toList());
    }

    record Approval(String decision, LocalDate decisionDate, int version) {}

    @PostMapping("/{id}/approval")
    @Operation(
            summary = "Approve a proposed grant (ledger commitment); refused on double support, naming the grant held")
    SupportGrant approve(@PathVariable long id, @RequestBody Approval a) {
        return grants.approve(currentUser.actor(), id, a.decision(), a.decisionDate(), a.version());
    }

    record Approvals(List<Long> grantIds, String decision, LocalDate decisionDate) {}

    @PostMapping("/approvals")
    @Operation(summary = "Approve many proposed grants under one decision; none approved when one is refused")
    List<SupportGrant> approveAll(@RequestBody Approvals a) {
        return grants.approveAll(currentUser.actor(), a.grantIds(), a.decision(), a.decisionDate());
    }

    record Reasoned(String reason, int version) {}

    @PostMapping("/{id}/refusal")
    @Operation(summary = "Keep the support held: refuse the proposal with a reason")
    SupportGrant refuse(@PathVariable long id, @RequestBody Reasoned r) {
        return grants.refuse(currentUser.actor(), id, r.reason(), r.version());
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel a grant not yet settled; its ledger entries are reversed")
    SupportGrant cancel(@PathVariable long id, @RequestBody Reasoned r) {
        return grants.cancel(currentUser.actor(), id, r.reason(), r.version());
    }

    record Replacement(long existingId, String reason, String decision, LocalDate decisionDate, int version) {}

    @PostMapping("/{id}/replacement")
    @Operation(
            summary =
                    "Replace the grant held by this higher one: cancel it, reverse its ledger entries, approve this, in one transaction")
    SupportGrant replace(@PathVariable long id, @RequestBody Replacement r) {
        return grants.replace(
                currentUser.actor(), id, r.existingId(), r.reason(), r.decision(), r.decisionDate(), r.version());
    }

    record Payment(int tranche, LocalDate paidOn, String voucher, int version) {}

    @PostMapping("/{id}/payments")
    @Operation(summary = "Pay one tranche of an approved grant (ledger disbursement)")
    SupportGrant pay(@PathVariable long id, @RequestBody Payment p) {
        return grants.pay(currentUser.actor(), id, p.tranche(), p.paidOn(), p.voucher(), p.version());
    }

    record Settlement(LocalDate day, int version) {}

    @PostMapping("/{id}/settlement")
    @Operation(summary = "Settle a fully paid grant (ledger settlement); a settled grant is final")
    SupportGrant settle(@PathVariable long id, @RequestBody Settlement s) {
        return grants.settle(currentUser.actor(), id, s.day(), s.version());
    }
}
