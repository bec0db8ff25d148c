package vn.giamngheo.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link StartupProblem} into one clear message instead of a stack trace. */
class StartupProblemAnalyzer extends AbstractFailureAnalyzer<StartupProblem> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupProblem cause) {
        return new FailureAnalysis(
                cause.getMessage(), "Sửa lỗi trên rồi chạy lại (fix the problem above and start again).", cause);
    }
}
