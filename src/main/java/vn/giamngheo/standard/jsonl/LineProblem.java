package vn.giamngheo.standard.jsonl;

/**
 * A household line that cannot be read or classified: becomes an error line {@code {"ref":…,
 * "error":…}} while the other lines go on. {@code ref} is null when the line did not give one (or
 * could not be read far enough); {@code field} is null when the line is not JSON at all. No stack
 * trace: a bad file may hold millions of these.
 */
public final class LineProblem extends RuntimeException {
    private final String ref;
    private final String field;
    private final String reason;

    public LineProblem(String ref, String field, String reason) {
        super(field == null ? reason : "field " + field + ": " + reason, null, false, false);
        this.ref = ref;
        this.field = field;
        this.reason = reason;
    }

    public String ref() {
        return ref;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
