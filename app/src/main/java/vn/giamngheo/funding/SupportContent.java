package vn.giamngheo.funding;

import java.time.LocalDate;
import java.util.List;

/**
 * A support content (nội dung hỗ trợ): what a household or person receives, in a content group,
 * under a component of a program. {@code tranches}: percent paid at each step (70, 30 for housing);
 * empty when paid at once.
 */
public record SupportContent(
        long id,
        String code,
        String name,
        long groupId,
        String groupCode,
        String groupName,
        Long componentId,
        List<Integer> tranches,
        LocalDate validFrom,
        LocalDate validTo,
        String legalSource,
        String confidence) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
