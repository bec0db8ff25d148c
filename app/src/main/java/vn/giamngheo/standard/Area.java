package vn.giamngheo.standard;

/** Rural or urban: decides which income line applies (docs/domain/poverty-standards.md §2). */
public enum Area {
    RURAL("rural"),
    URBAN("urban");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    /** The word used in reasons: "rural line 1,500,000". */
    public String label() {
        return label;
    }
}
