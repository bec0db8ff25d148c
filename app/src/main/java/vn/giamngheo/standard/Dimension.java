package vn.giamngheo.standard;

/** The dimensions (chiều) indicators are grouped in; the national rule counts indicators, not dimensions. */
public enum Dimension {
    EMPLOYMENT,
    HEALTH,
    EDUCATION,
    HOUSING,
    WATER_SANITATION,
    INFORMATION
}
