package vn.giamngheo.platform;

import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.giamngheo.shared.InvalidInput;

/** A request parameter Spring could not bind, as a problem naming the parameter (pages and API alike). */
final class RequestProblems {
    private RequestProblems() {}

    static InvalidInput.Problem of(Exception e) {
        if (e instanceof MissingServletRequestParameterException missing) {
            return InvalidInput.Problem.of(missing.getParameterName(), "request.parameterMissing");
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return InvalidInput.Problem.of(
                    mismatch.getName(), "request.parameterValue", String.valueOf(mismatch.getValue()));
        }
        if (e instanceof TypeMismatchException mismatch) {
            return InvalidInput.Problem.of(
                    String.valueOf(mismatch.getPropertyName()),
                    "request.parameterValue",
                    String.valueOf(mismatch.getValue()));
        }
        return InvalidInput.Problem.of("", "access.badRequest");
    }
}
