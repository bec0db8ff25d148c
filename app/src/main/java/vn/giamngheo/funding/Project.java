package vn.giamngheo.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A production project (mô hình / dự án giảm nghèo): value-chain, community or task-based (CV
 * 2146/LĐTBXH-VPQGGN), in a unit and a sub-project, with its lead, budget by source, milestones and
 * acceptance day. Part of the support may be recovered and rotated to the next round under the
 * province's rule: {@code recovered} and {@code rotated} are the sums of its sub-ledger, and the
 * rotating fund ({@code fund()}) never goes below zero.
 */
public record Project(
        long id,
        long unitId,
        long componentId,
        String kind,
        String name,
        String decision,
        LocalDate approvedOn,
        Long leadAgencyId,
        String leadOfficial,
        LocalDate acceptedOn,
        Long rotationRuleId,
        BigDecimal recoveryPercent,
        long recovered,
        long rotated,
        String confidence,
        Map<FundingSource, Long> budget,
        List<Milestone> milestones,
        int version) {

    public long fund() {
        return recovered - rotated;
    }

    public long totalBudget() {
        return budget.values().stream().mapToLong(Long::longValue).sum();
    }

    public record Milestone(long id, String name, LocalDate dueOn, LocalDate doneOn) {}

    /** One line of the recovery and rotation sub-ledger. */
    public record Recovery(
            long id,
            String kind,
            int cycle,
            long amount,
            LocalDate entryDate,
            LocalDate dueDate,
            String party,
            String note) {}

    /** The province's rotation frame (recovery share, days to recover after acceptance, cycle length). */
    public record RotationRule(
            long id,
            long unitId,
            String name,
            BigDecimal minRecoveryPercent,
            Integer dueDays,
            Integer maxCycleMonths,
            String legalSource,
            String confidence) {}
}
