package vn.giamngheo.planning.extraction;

import java.math.BigDecimal;

/**
 * A row of an appendix target table, values as printed ("1.094" households, rate "27,42" %), not
 * recomputed. Seed 003's table fills the household columns; seed 004's Appendix 1 fills the planned
 * reduction split into households without and with labour capacity ("-" or blank is 0). {@code
 * total} marks the summing row; {@code group} is the band a row falls in ("Khu vực nông thôn").
 */
public record TargetRow(
        String table,
        Integer year,
        String number,
        String group,
        String unit,
        Long totalHouseholds,
        Long minorityHouseholds,
        Long poorStart,
        BigDecimal rateStart,
        Long plannedReduction,
        Long withoutLabourCapacity,
        Long withLabourCapacity,
        Long remaining,
        BigDecimal projectedRate,
        String note,
        boolean total) {}
