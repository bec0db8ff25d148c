package vn.giamngheo.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
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
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(
        name = "Budget ledger",
        description =
                "Append-only entries (allocation, transfer, commitment, disbursement, settlement, carry-over, reversal) and balances")
class LedgerApi {
    private final Ledger ledger;
    private final CurrentUser currentUser;
    private final Clock clock;

    LedgerApi(Ledger ledger, CurrentUser currentUser, Clock clock) {
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/balances")
    @Operation(summary = "Balances of a unit and year by sub-project and source, now or as of a day (asOf)")
    List<Balance> balances(
            @RequestParam long unitId, @RequestParam int year, @RequestParam(required = false) LocalDate asOf) {
        return ledger.balances(currentUser.actor(), unitId, year, asOf);
    }

    @GetMapping("/entries")
    @Operation(summary = "The latest entries of a unit and year, newest first")
    List<LedgerEntry> entries(
            @RequestParam long unitId, @RequestParam int year, @RequestParam(defaultValue = "200") int limit) {
        return ledger.entries(currentUser.actor(), unitId, year, limit);
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "One ledger entry inside the reader's jurisdiction")
    LedgerEntry entry(@PathVariable long id) {
        return ledger.entry(currentUser.actor(), id);
    }

    /**
     * A posting as sent: {@code amount} a JSON number of whole đồng; {@code kind} one of ALLOCATION,
     * TRANSFER (with toUnitId), COMMITMENT, DISBURSEMENT, SETTLEMENT, CARRY_OVER.
     */
    record EntryRequest(
            String kind,
            Long unitId,
            Integer year,
            Long componentId,
            Long contentId,
            FundingSource source,
            BigDecimal amount,
            LocalDate entryDate,
            String document,
            Long projectId,
            Long toUnitId) {}

    @PostMapping("/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Post an entry; 400 with Vietnamese problems naming the field for a negative or non-integer"
                    + " amount, a source the program does not accept, a day outside the program, or more than the"
                    + " unit holds (also under concurrency)")
    List<LedgerEntry> post(@RequestBody EntryRequest r) {
        var actor = currentUser.actor();
        Posting p = posting(r);
        String kind = r.kind() == null ? "" : r.kind().trim().toUpperCase(java.util.Locale.ROOT);
        return switch (kind) {
            case "ALLOCATION" -> List.of(ledger.allocate(actor, p));
            case "COMMITMENT" -> List.of(ledger.commit(actor, p));
            case "DISBURSEMENT" -> List.of(ledger.disburse(actor, p));
            case "SETTLEMENT" -> List.of(ledger.settle(actor, p));
            case "CARRY_OVER" -> ledger.carryOver(actor, p);
            case "TRANSFER" -> {
                if (r.toUnitId() == null) {
                    throw InvalidInput.of("toUnitId", Message.of("funding.required"));
                }
                yield ledger.transfer(actor, p, r.toUnitId());
            }
            default -> throw InvalidInput.of("kind", Message.of("funding.entryKind", kind));
        };
    }

    record BatchResult(int posted) {}

    @PostMapping("/entries/batch")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Post many ALLOCATION, COMMITMENT, DISBURSEMENT or SETTLEMENT entries in one transaction:"
                    + " every problem with its line; nothing stored when one line is wrong or would overdraw")
    BatchResult batch(@RequestBody List<EntryRequest> requests) {
        List<EntryKind> kinds = new java.util.ArrayList<>(requests.size());
        List<Posting> postings = new java.util.ArrayList<>(requests.size());
        List<InvalidInput.Problem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            EntryRequest r = requests.get(i);
            try {
                kinds.add(kind(r.kind()));
                postings.add(posting(r));
            } catch (InvalidInput e) {
                int line = i + 1;
                e.problems().forEach(p -> problems.add(p.at(line, "")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new BatchResult(ledger.postAll(currentUser.actor(), kinds, postings));
    }

    private static EntryKind kind(String kind) {
        String k = kind == null ? "" : kind.trim().toUpperCase(java.util.Locale.ROOT);
        return switch (k) {
            case "ALLOCATION", "COMMITMENT", "DISBURSEMENT", "SETTLEMENT" -> EntryKind.valueOf(k);
            default -> throw InvalidInput.of("kind", Message.of("funding.entryKind", k));
        };
    }

    private Posting posting(EntryRequest r) {
        List<InvalidInput.Problem> problems = new java.util.ArrayList<>();
        long amount = 0;
        try {
            amount = Amounts.positive("amount", r.amount());
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        if (r.unitId() == null) {
            problems.add(InvalidInput.Problem.of("unitId", "funding.required"));
        }
        if (r.componentId() == null) {
            problems.add(InvalidInput.Problem.of("componentId", "funding.required"));
        }
        if (r.source() == null) {
            problems.add(InvalidInput.Problem.of("source", "funding.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LocalDate day = r.entryDate() == null ? LocalDate.now(clock) : r.entryDate();
        return new Posting(
                r.unitId(),
                r.year() == null ? day.getYear() : r.year(),
                r.componentId(),
                r.contentId(),
                r.source(),
                amount,
                day,
                r.document(),
                r.projectId());
    }

    record ReversalRequest(String reason, LocalDate entryDate) {}

    @PostMapping("/entries/{id}/reversal")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reverse an entry (and the other half of a transfer or carry-over) with a reason")
    List<LedgerEntry> reverse(@PathVariable long id, @RequestBody ReversalRequest r) {
        return ledger.reverse(currentUser.actor(), id, r.reason(), r.entryDate());
    }
}
