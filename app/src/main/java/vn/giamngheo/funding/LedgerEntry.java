package vn.giamngheo.funding;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One ledger entry as stored. {@code effect}: the balance column it moves ("disbursed"), {@code
 * delta}: by how much (negative for a reversal). {@code pairId}: the other half of a transfer or
 * carry-over; {@code reversesId}: the entry a reversal undoes.
 */
public record LedgerEntry(
        long id,
        long unitId,
        int year,
        long componentId,
        Long contentId,
        FundingSource source,
        EntryKind kind,
        long amount,
        LocalDate entryDate,
        String effect,
        long delta,
        Long otherUnitId,
        Long pairId,
        Long projectId,
        Long reversesId,
        String document,
        String reason,
        Instant createdAt,
        String createdBy) {}
