package vn.giamngheo.household;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/**
 * A household as the registry holds it now (or held it on a date, for {@code asOf} views): what the
 * official recorded ({@link HouseholdData}, with its groups derived) and the registry's own state.
 * The data is unwrapped in JSON, so the API and the history's snapshots keep one flat object.
 */
public record Household(
        long id,
        @JsonUnwrapped HouseholdData data,
        String currentClass,
        String classStandard,
        Integer classYear,
        Instant voidedAt,
        String voidReason,
        int version) {

    public boolean voided() {
        return voidedAt != null;
    }
}
