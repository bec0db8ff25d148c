package vn.giamngheo.review;

/**
 * How a household's place on the lists changed since the commune's previous recognised list
 * (docs/domain/poverty-standards.md §5, docs/domain/review-and-reporting.md §5). "Escaped" means rising above the
 * near-poor line; "fell back" means a household recognised poor or near-poor in some earlier list,
 * not on the previous one, and poor or near-poor again.
 */
public enum Transition {
    STAYED,
    /** Thoát nghèo above the near-poor line. */
    ESCAPED_POVERTY,
    /** Thoát cận nghèo. */
    ESCAPED_NEAR_POVERTY,
    POOR_TO_NEAR_POOR,
    NEAR_POOR_TO_POOR,
    /** Tái nghèo. */
    FELL_BACK_POOR,
    /** Tái cận nghèo. */
    FELL_BACK_NEAR_POOR,
    /** Phát sinh: on no list before. */
    NEWLY_POOR,
    NEWLY_NEAR_POOR,
    /** On the list in force of another commune, now poor or near-poor here. */
    MOVED_IN,
    /** On this commune's previous list, now registered in another commune or voided. */
    MOVED_OUT
}
