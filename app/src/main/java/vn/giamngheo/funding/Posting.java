package vn.giamngheo.funding;

import java.time.LocalDate;

/**
 * What a person posts to the ledger: the unit and budget year, the sub-project (a leaf component)
 * and optionally the content, the source, a positive whole amount in đồng, the day, the decision or
 * voucher it rests on, and the project it belongs to (optional).
 */
public record Posting(
        long unitId,
        int year,
        long componentId,
        Long contentId,
        FundingSource source,
        long amount,
        LocalDate entryDate,
        String document,
        Long projectId) {}
