package vn.giamngheo.shared;

/**
 * Someone else saved the record after this user loaded it: the save is refused (409), never a
 * silent overwrite. Every editable table carries a version column checked on update.
 */
public class ConcurrentEdit extends Refusal {
    public ConcurrentEdit(String entityType, Object id) {
        super(Message.of("access.concurrent", entity(entityType), String.valueOf(id)));
    }
}
