package vn.giamngheo.support;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.giamngheo.identity.CurrentUser;

/**
 * The household page's "support received" section (template bean {@code supportReceived}): the
 * household's grants as the reader may see them, read through the facade (scoped and audited).
 */
@Component("supportReceived")
public class SupportReceived {
    private final SupportGrants grants;
    private final CurrentUser currentUser;

    SupportReceived(SupportGrants grants, CurrentUser currentUser) {
        this.grants = grants;
        this.currentUser = currentUser;
    }

    public List<SupportGrant> of(long householdId) {
        return grants.ofHousehold(currentUser.actor(), householdId);
    }
}
