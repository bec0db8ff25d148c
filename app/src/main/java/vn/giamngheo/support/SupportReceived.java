package vn.giamngheo.support;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.giamngheo.identity.CurrentUser;

/**
 * The household page's "support received" section (template bean {@code supportReceived}): the
 * household's grants as the reader may see them, read through the facade (scoped and audited), year
 * by year beside its class on the recognised lists.
 */
@Component("supportReceived")
public class SupportReceived {
    private final SupportGrants grants;
    private final SupportOutcomes outcomes;
    private final CurrentUser currentUser;

    SupportReceived(SupportGrants grants, SupportOutcomes outcomes, CurrentUser currentUser) {
        this.grants = grants;
        this.outcomes = outcomes;
        this.currentUser = currentUser;
    }

    /** Year by year: the household's class on the list in force beside the support of that year. */
    public List<HouseholdYear> years(long householdId) {
        return outcomes.householdYears(currentUser.actor(), householdId);
    }

    public List<SupportGrant> of(long householdId) {
        return grants.ofHousehold(currentUser.actor(), householdId);
    }
}
