package vn.giamngheo.planning;

/** A plan in a list: enough to find it and open it. */
public record PlanSummary(
        long id,
        long unitId,
        String unitName,
        String number,
        String date,
        String issuer,
        String title,
        Integer periodFrom,
        Integer periodTo,
        int taskCount,
        boolean voided) {}
