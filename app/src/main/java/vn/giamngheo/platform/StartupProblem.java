package vn.giamngheo.platform;

/**
 * A reason the application cannot start that the person running it can fix (a busy port, an
 * unusable data folder). Reported as one clear message by {@link StartupProblemAnalyzer}.
 */
public class StartupProblem extends RuntimeException {
    public StartupProblem(String message) {
        super(message);
    }
}
