package vn.giamngheo.householdplan;

/** What a follow-up visit found: no change yet, some progress, on track to escape, or at risk of not escaping. */
public enum Progress {
    NO_CHANGE,
    SOME_PROGRESS,
    ON_TRACK,
    AT_RISK;

    static Progress of(String code) {
        for (Progress p : values()) {
            if (p.name().equals(code)) {
                return p;
            }
        }
        return null;
    }
}
