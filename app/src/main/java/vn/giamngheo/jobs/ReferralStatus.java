package vn.giamngheo.jobs;

import java.util.Set;

/** Where a referral stands: referred → interviewed → hired, trained or not taken. */
public enum ReferralStatus {
    REFERRED,
    INTERVIEWED,
    HIRED,
    TRAINED,
    NOT_TAKEN;

    /** The steps that may follow this one; an outcome is final. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case REFERRED -> Set.of(INTERVIEWED, HIRED, TRAINED, NOT_TAKEN);
            case INTERVIEWED -> Set.of(HIRED, TRAINED, NOT_TAKEN);
            case HIRED, TRAINED, NOT_TAKEN -> Set.of();
        };
    }

    public boolean outcome() {
        return this == HIRED || this == TRAINED || this == NOT_TAKEN;
    }

    /** A hire or a training is followed up at 3 and 6 months. */
    public boolean followedUp() {
        return this == HIRED || this == TRAINED;
    }
}
