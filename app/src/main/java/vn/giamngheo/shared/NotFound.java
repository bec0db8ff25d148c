package vn.giamngheo.shared;

/** The record asked for does not exist: answered with 404. */
public class NotFound extends Refusal {
    public NotFound(String entityType, Object id) {
        super(Message.of("access.notFound", entity(entityType), String.valueOf(id)));
    }
}
