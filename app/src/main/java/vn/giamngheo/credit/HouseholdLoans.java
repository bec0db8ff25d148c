package vn.giamngheo.credit;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.giamngheo.identity.CurrentUser;
import vn.giamngheo.shared.Permission;

/**
 * The household page's loans (template bean {@code householdLoans}, fragment {@code
 * credit/household-loans}): read as the current user, inside their jurisdiction and audited by
 * {@link Loans#ofHousehold}; nothing for a user who may not read households.
 */
@Component("householdLoans")
public class HouseholdLoans {
    private final Loans loans;
    private final CurrentUser currentUser;

    HouseholdLoans(Loans loans, CurrentUser currentUser) {
        this.loans = loans;
        this.currentUser = currentUser;
    }

    public List<Loan> of(long householdId) {
        var actor = currentUser.actor();
        return actor.can(Permission.HOUSEHOLD_READ) ? loans.ofHousehold(actor, householdId) : List.of();
    }
}
