package vn.giamngheo.shared;

/**
 * Someone else saved the record after this user loaded it: the save is refused (409), never a
 * silent overwrite. Every editable table carries a version column checked on update.
 */
public class ConcurrentEdit extends RuntimeException {
    public ConcurrentEdit(String entityType, Object id) {
        super(entityType + " " + id + " was changed by someone else since you opened it; reload and try again");
    }
}
