package vn.giamngheo.support;

/**
 * The kinds of area a support content may be bound to: a poor commune, an extremely difficult
 * commune, a unit of the ethnic-minority and mountainous area. Worded by {@code support.area.<kind>}.
 */
public enum AreaKind {
    POOR_COMMUNE,
    POOR_DISTRICT,
    EXTREMELY_DIFFICULT_COMMUNE,
    ETHNIC_MOUNTAIN_AREA
}
