package vn.giamngheo.shared;

/**
 * A refusal that carries what it refuses as a {@link Message}, worded for the reader at the edge (pages
 * in their language, problem details by {@code Accept-Language}); the exception's own text is only for
 * logs. Decision 0103.
 */
public abstract class Refusal extends RuntimeException {
    private final Message reason;

    protected Refusal(Message reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }

    /** The kind of record as a message ({@code problem.entity.Household} → "Hộ gia đình"). */
    public static Message entity(String entityType) {
        return Message.of("entity." + entityType);
    }
}
