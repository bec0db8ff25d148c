package vn.giamngheo.support;

import java.util.List;

/**
 * The outcomes of support in a unit (optionally one content or one sub-project): the unit's line,
 * and the lines by content, by sub-project and by the units right below it (decision 1430) in
 * today's units; {@code successions}: for a unit of those lines formed by the reorganisation from
 * earlier units, what it was formed from and when (its figures sum theirs before that day).
 */
public record OutcomeTable(
        long unitId,
        String unitName,
        String unitLevel,
        Long contentId,
        Long componentId,
        OutcomeLine total,
        List<OutcomeLine> byContent,
        List<OutcomeLine> byComponent,
        List<OutcomeLine> byUnit,
        List<vn.giamngheo.shared.Message> successions) {}
