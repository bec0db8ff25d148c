package vn.giamngheo.standard;

/**
 * How sure the domain notes are of a value: FIRM = official text or several agreeing sources,
 * LIKELY = one credible secondary source, PROVISIONAL = not confirmed. Anything but FIRM is shown as
 * provisional and can be corrected by an administrator in a new version of the standard.
 */
public enum Confidence {
    FIRM(""),
    LIKELY(" [likely]"),
    PROVISIONAL(" [provisional]");

    private final String mark;

    Confidence(String mark) {
        this.mark = mark;
    }

    public boolean provisional() {
        return this != FIRM;
    }

    /** What a reason appends after a value of this confidence: nothing, " [likely]" or " [provisional]". */
    public String mark() {
        return mark;
    }
}
