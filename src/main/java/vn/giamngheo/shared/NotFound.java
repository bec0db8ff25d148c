package vn.giamngheo.shared;

/** The record asked for does not exist: answered with 404. */
public class NotFound extends RuntimeException {
    public NotFound(String entityType, Object id) {
        super(entityType + " " + id + " not found");
    }
}
