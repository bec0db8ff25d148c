package vn.giamngheo.reporting;

/**
 * Which units a report of a list year is read in (decision 1906). {@code RECORDED}: the units that held
 * the lists on the year's 1 January — the kept cells, before a reorganisation the old communes and
 * districts. {@code CURRENT}: today's units, each new commune with its predecessors' lists summed by
 * succession (computed when asked), so that a year before a reform reads in the new structure.
 */
enum Structure {
    RECORDED,
    CURRENT;

    static Structure of(String value) {
        return "current".equalsIgnoreCase(value) ? CURRENT : RECORDED;
    }
}
