package vn.giamngheo.householdplan;

/** What a plan's solution is: a support content, a policy loan, a job connection, training, or other help. */
public enum SolutionKind {
    SUPPORT,
    LOAN,
    JOB,
    TRAINING,
    OTHER;

    /** The kind with this code, or null (the caller names the field). */
    static SolutionKind of(String code) {
        for (SolutionKind k : values()) {
            if (k.name().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
