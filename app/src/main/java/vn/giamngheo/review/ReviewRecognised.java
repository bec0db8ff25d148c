package vn.giamngheo.review;

/**
 * Published inside the transaction that recognises a campaign (QĐ 24/2021 Art. 4 step 6), after its
 * outcome is frozen: listeners that keep figures derived from the recognised lists (the reports)
 * update them in the same transaction, so they are never stale.
 */
public record ReviewRecognised(long campaignId, long unitId, int listYear) {}
