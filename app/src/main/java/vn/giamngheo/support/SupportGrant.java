package vn.giamngheo.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant as stored, with the names of its content, program and sub-project read from the funding
 * catalogue. {@code until}: the last day of the period (null: once in a lifetime, no end). {@code
 * memberOrd} null: the household itself. {@code normAmount} null: no norm configured for it.
 */
public record SupportGrant(
        long id,
        long householdId,
        String householdCode,
        String headName,
        Integer memberOrd,
        String memberName,
        boolean perPerson,
        long contentId,
        String contentName,
        long groupId,
        long componentId,
        String componentName,
        long programId,
        String programName,
        Long projectId,
        String source,
        long unitId,
        LocalDate from,
        LocalDate until,
        PeriodKind periodKind,
        long amount,
        List<Item> items,
        Long normId,
        Long normAmount,
        String householdClass,
        String decision,
        LocalDate decisionDate,
        GrantState state,
        long paid,
        Long commitmentEntryId,
        Long listId,
        String reason,
        Long replacedBy,
        int version,
        Instant createdAt,
        String createdBy) {

    /** An in-kind item: what, how many, its specification (brand, producer), TT 60/2026 Art. 3(3). */
    public record Item(String item, java.math.BigDecimal quantity, String unit, String specification) {}

    /** A payment of one tranche. */
    public record Payment(
            long id, int tranche, long amount, LocalDate paidOn, String voucher, Long entryId, boolean reversed) {}

    public String beneficiaryName() {
        return memberName != null ? memberName : headName;
    }
}
