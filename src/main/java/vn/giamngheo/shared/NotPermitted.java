package vn.giamngheo.shared;

/** The acting user's roles do not grant the permission an operation needs: answered with 403. */
public class NotPermitted extends RuntimeException {
    public NotPermitted(String message) {
        super(message);
    }
}
