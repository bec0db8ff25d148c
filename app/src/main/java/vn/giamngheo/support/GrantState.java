package vn.giamngheo.support;

/**
 * Where a grant stands: proposed by the commune, approved by a decision (the ledger commitment),
 * paid (one or more tranches disbursed), settled (quyết toán), or refused / cancelled with a
 * reason. Approved, paid and settled grants are "live": they hold the beneficiary's content for
 * their period.
 */
public enum GrantState {
    PROPOSED,
    APPROVED,
    PAID,
    SETTLED,
    REFUSED,
    CANCELLED;

    public boolean live() {
        return this == APPROVED || this == PAID || this == SETTLED;
    }
}
