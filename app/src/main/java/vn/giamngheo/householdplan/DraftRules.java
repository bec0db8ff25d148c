package vn.giamngheo.householdplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.Indicator;

/**
 * The draft of a household's plan: each deprivation of its latest survey (in the order the indicators
 * are listed) and then each cause suggests the solutions the mapping holds for it. A solution suggested
 * twice (the same content for housing quality and housing area) appears once, naming everything it
 * addresses. A content the catalogue does not hold on the day is kept as help without a content, so
 * a retired content never reaches a new plan.
 */
final class DraftRules {
    /** How a cause is named among the things a solution addresses (indicator codes stand alone). */
    static final String CAUSE_PREFIX = "CAUSE:";

    private DraftRules() {}

    static List<Solution> draft(
            Collection<String> deprivations,
            Collection<String> causes,
            List<Suggestion> mapping,
            Set<String> catalogueCodes) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            if (deprivations.contains(i.name())) {
                suggest(drafts, mapping, Suggestion.DEPRIVATION, i.name(), i.name(), catalogueCodes);
            }
        }
        for (HouseholdInput.Cause c : HouseholdInput.Cause.values()) {
            if (causes.contains(c.name())) {
                suggest(drafts, mapping, Suggestion.CAUSE, c.name(), CAUSE_PREFIX + c.name(), catalogueCodes);
            }
        }
        return drafts.values().stream()
                .map(d -> new Solution(d.kind, d.contentCode, d.description, d.addresses, false))
                .toList();
    }

    private static void suggest(
            Map<String, Draft> drafts,
            List<Suggestion> mapping,
            String triggerKind,
            String code,
            String address,
            Set<String> catalogueCodes) {
        mapping.stream()
                .filter(s ->
                        s.triggerKind().equals(triggerKind) && s.triggerCode().equals(code))
                .sorted(Comparator.comparingInt(Suggestion::ord).thenComparingLong(Suggestion::id))
                .forEach(s -> {
                    String content = s.contentCode() != null && catalogueCodes.contains(s.contentCode())
                            ? s.contentCode()
                            : null;
                    String key = s.kind() + "|" + (content != null ? content : s.description());
                    Draft d = drafts.computeIfAbsent(key, k -> new Draft(s.kind(), content, s.description()));
                    if (!d.addresses.contains(address)) {
                        d.addresses.add(address);
                    }
                });
    }

    private static final class Draft {
        final SolutionKind kind;
        final String contentCode;
        final String description;
        final List<String> addresses = new ArrayList<>();

        Draft(SolutionKind kind, String contentCode, String description) {
            this.kind = kind;
            this.contentCode = contentCode;
            this.description = description;
        }
    }
}
