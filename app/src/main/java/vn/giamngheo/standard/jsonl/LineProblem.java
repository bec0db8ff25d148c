package vn.giamngheo.standard.jsonl;

import vn.giamngheo.shared.Message;

/**
 * A household line that cannot be read or classified: becomes an error line {@code {"ref":…,
 * "error":…}} while the other lines go on. {@code ref} is null when the line did not give one (or
 * could not be read far enough); {@code field} is null when the line is not JSON at all. What is
 * wrong is a {@link Message}: worded in the reader's language on pages, in English in the error
 * lines of the exchange format (docs/domain/household-format.md). No stack trace: a bad file may hold
 * millions of these.
 */
public final class LineProblem extends RuntimeException {
    private final String ref;
    private final String field;
    private final Message message;

    public LineProblem(String ref, String field, Message message) {
        super(null, null, false, false);
        this.ref = ref;
        this.field = field;
        this.message = message;
    }

    public String ref() {
        return ref;
    }

    public String field() {
        return field;
    }

    public Message message() {
        return message;
    }

    /** As the error lines of the exchange format say it: "field area: is required (RURAL or URBAN)". */
    @Override
    public String getMessage() {
        String reason = ErrorLineWording.english(message);
        return field == null ? reason : "field " + field + ": " + reason;
    }
}
