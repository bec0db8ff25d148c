package vn.giamngheo.support;

import java.util.Map;

/**
 * A supported household of the outcomes (personal data): the first year it was supported while poor
 * or near-poor, its class then, whether it escaped within one and two list years (null: the list
 * that tells has not been recognised yet), the list year it fell back on (null: it did not), what
 * was disbursed to it, and its class on each list recognised since, year by year.
 */
public record OutcomeHousehold(
        long householdId,
        String code,
        String headName,
        String commune,
        int firstYear,
        String firstClass,
        Boolean escaped1,
        Boolean escaped2,
        Integer fellBackYear,
        long spent,
        Map<Integer, String> classes) {}
