package vn.giamngheo.jobs;

/**
 * The labour contract of a job, in the groups the Labour Code distinguishes: none (verbal or no
 * contract), under 12 months, fixed term (12–36 months) and indefinite.
 */
public enum ContractType {
    NONE,
    UNDER_12_MONTHS,
    FIXED_TERM,
    INDEFINITE;

    /**
     * Work counted as sustainable for the target "at least one working-age member in sustainable
     * work": a written contract of 12 months or more [provisional reading, docs/decisions/1511].
     */
    public boolean sustainable() {
        return this == FIXED_TERM || this == INDEFINITE;
    }
}
