package vn.giamngheo.support;

import java.util.List;

/**
 * Who may receive a content, as data: per person or per household, the classes on the lists in
 * force that qualify (POOR, NEAR_POOR, ESCAPED within {@code escapedMonths} of leaving the lists),
 * an ethnic-minority household, member conditions (age in years, {@code ageMax} exclusive: "under
 * 16" is 16; disabled), the period a grant covers by default, whether it is granted by list, and
 * where the rule comes from with its confidence; {@code areas}: the kinds of area ({@link AreaKind})
 * one of which must be designated for the household's unit on the period's first day (empty: none).
 */
public record ContentRule(
        long contentId,
        boolean perPerson,
        List<String> classes,
        Integer escapedMonths,
        boolean ethnicMinority,
        Integer ageMin,
        Integer ageMax,
        boolean disabled,
        PeriodKind periodKind,
        boolean byList,
        String legalSource,
        String confidence,
        String note,
        int version,
        List<String> areas) {

    public ContentRule {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }
}
