package vn.giamngheo.funding;

/**
 * Where the money comes from (the sources the seed plans and NĐ 27/2022 name): central budget for
 * investment or recurrent spending, local counterpart, funds integrated from other programs, policy
 * credit through the Bank for Social Policies, mobilised contributions, beneficiaries' own share.
 */
public enum FundingSource {
    CENTRAL_INVESTMENT,
    CENTRAL_RECURRENT,
    LOCAL_COUNTERPART,
    INTEGRATED,
    POLICY_CREDIT,
    MOBILISED,
    BENEFICIARY;

    /** The central budget, which the local counterpart ratio is a share of. */
    public boolean central() {
        return this == CENTRAL_INVESTMENT || this == CENTRAL_RECURRENT;
    }
}
