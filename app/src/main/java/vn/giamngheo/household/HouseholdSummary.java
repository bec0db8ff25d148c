package vn.giamngheo.household;

/** One line of the household list. */
public record HouseholdSummary(
        long id,
        String code,
        String headName,
        long unitId,
        String unitName,
        String area,
        int members,
        String currentClass,
        boolean ethnicMinority,
        boolean voided) {}
