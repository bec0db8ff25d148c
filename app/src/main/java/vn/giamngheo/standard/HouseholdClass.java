package vn.giamngheo.standard;

/**
 * What the classifier answers: poor (hộ nghèo), near-poor (hộ cận nghèo), middle living standard
 * (hộ có mức sống trung bình), not poor, or UNDETERMINED when the facts given cannot decide.
 */
public enum HouseholdClass {
    POOR,
    NEAR_POOR,
    MIDDLE,
    NOT_POOR,
    UNDETERMINED
}
