package vn.giamngheo.shared;

/** The acting user's roles do not grant the permission an operation needs: answered with 403. */
public class NotPermitted extends Refusal {
    public NotPermitted(Message reason) {
        super(reason);
    }

    /** The user lacks {@code permission} (worded from {@code problem.permission.<name>}). */
    public static NotPermitted lacking(Permission permission) {
        return new NotPermitted(Message.of("access.lacksPermission", Message.of("permission." + permission.name())));
    }
}
