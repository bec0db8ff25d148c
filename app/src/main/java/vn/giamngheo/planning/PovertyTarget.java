package vn.giamngheo.planning;

import java.math.BigDecimal;
import java.util.Map;

/** What a plan sets for a unit and year. Any figure may be absent; printed = as in the source. */
public record PovertyTarget(
        long unitId,
        int year,
        Integer poorStart,
        Integer plannedReduction,
        Integer reductionWithoutLabour,
        Integer reductionWithLabour,
        BigDecimal rateChangePoints,
        String sourceDocument,
        Map<String, String> printed,
        String note) {}
