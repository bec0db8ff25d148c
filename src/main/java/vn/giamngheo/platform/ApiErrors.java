package vn.giamngheo.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.NotPermitted;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Wording;

/**
 * Domain exceptions as RFC 9457 problem details for {@code /api/v1}: 400 with every problem (line,
 * field, reason), 403 (audited) outside the jurisdiction, 404, 409 for a concurrent edit.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiErrors {
    private final AuditLog audit;

    private final Wording wording;

    ApiErrors(AuditLog audit, Wording wording) {
        this.audit = audit;
        this.wording = wording;
    }

    /** 400 with every problem: line, record, field, the stable code and its arguments, and the wording. */
    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e, Locale locale) {
        return details(wording, HttpStatus.BAD_REQUEST, e, locale);
    }

    /** The problem details of input that cannot be accepted, answered with {@code status}. */
    static ProblemDetail details(Wording wording, HttpStatus status, InvalidInput e, Locale locale) {
        List<Map<String, Object>> problems = e.problems().stream()
                .map(x -> Map.<String, Object>of(
                        "line", x.line(),
                        "ref", x.ref(),
                        "field", x.field(),
                        "code", x.code(),
                        "args", x.message().args(),
                        "reason", wording.problem(x, locale)))
                .toList();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                status, problems.isEmpty() ? "" : (String) problems.get(0).get("reason"));
        p.setTitle("Invalid input");
        p.setProperty("errors", problems);
        return p;
    }

    @ExceptionHandler(OutsideJurisdiction.class)
    ProblemDetail outside(OutsideJurisdiction e, HttpServletRequest request) {
        audit.denied(
                username(request), e.entityType(), e.entityId(), request.getMethod() + " " + request.getRequestURI());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Outside your jurisdiction");
        return p;
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e, HttpServletRequest request) {
        audit.denied(
                username(request),
                "Permission",
                null,
                request.getMethod() + " " + request.getRequestURI() + ": " + e.getMessage());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Not permitted");
        return p;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConcurrentEdit.class)
    ProblemDetail conflict(ConcurrentEdit e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Changed by someone else");
        return p;
    }

    static String username(HttpServletRequest request) {
        return request.getUserPrincipal() == null
                ? "(anonymous)"
                : request.getUserPrincipal().getName();
    }
}
