package vn.giamngheo.planning;

/**
 * A document a plan implements, as the plan cites it; {@code planId} (with its title) when a stored
 * plan carries that number, so the chain can be followed.
 */
public record PlanReference(
        long id,
        int position,
        String kind,
        String number,
        String date,
        String issuer,
        String source,
        Long planId,
        String planTitle) {}
