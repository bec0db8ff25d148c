package vn.giamngheo.planning;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of the target table for a unit and year: the inputs, the computed columns, and the
 * figures as printed in the source document where they were imported from one.
 */
public record TargetRow(
        Long unitId,
        String unitName,
        Integer totalHouseholds,
        Integer minorityHouseholds,
        Integer poorStart,
        BigDecimal rateStart,
        Integer plannedReduction,
        Integer reductionWithoutLabour,
        Integer reductionWithLabour,
        Integer remaining,
        BigDecimal projectedRate,
        BigDecimal rateChangePoints,
        Map<String, String> printed) {}
