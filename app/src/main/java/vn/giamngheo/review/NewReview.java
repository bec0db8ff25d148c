package vn.giamngheo.review;

/**
 * What starts a campaign: the commune, the year (see {@link ReviewCampaign}), the kind, the month
 * of a REGULAR round, and optionally the standard (default: the one in force for the lists' year).
 */
public record NewReview(Long unitId, Integer year, String standard, CampaignKind kind, Integer month) {}
