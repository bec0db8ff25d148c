package vn.giamngheo.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import vn.giamngheo.shared.Refusal;
import vn.giamngheo.shared.Wording;

/**
 * Domain exceptions as RFC 9457 problem details for {@code /api/v1}, worded in the language of {@code
 * Accept-Language} (Vietnamese by default) with a stable {@code code} beside the wording: 400 with
 * every problem (line, record, field, code, arguments, wording), 403 (audited) outside the
 * jurisdiction or without the permission, 404, 409 for a concurrent edit. Decision 0103.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiErrors {
    /** The code of a 400 whose problems are listed in {@code errors}, each with its own code. */
    static final String INVALID = "input.invalid";

    private final AuditLog audit;
    private final Wording wording;
    private final MessageSource messages;

    ApiErrors(AuditLog audit, Wording wording, MessageSource messages) {
        this.audit = audit;
        this.wording = wording;
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e, Locale locale) {
        return invalid(e.problems(), locale);
    }

    @ExceptionHandler(OutsideJurisdiction.class)
    ProblemDetail outside(OutsideJurisdiction e, HttpServletRequest request, Locale locale) {
        audit.denied(
                username(request), e.entityType(), e.entityId(), request.getMethod() + " " + request.getRequestURI());
        return refused(HttpStatus.FORBIDDEN, "error.outside", e, locale);
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e, HttpServletRequest request, Locale locale) {
        audit.denied(
                username(request),
                "Permission",
                null,
                request.getMethod() + " " + request.getRequestURI() + ": " + e.reason());
        return refused(HttpStatus.FORBIDDEN, "error.notPermitted", e, locale);
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e, Locale locale) {
        return refused(HttpStatus.NOT_FOUND, "error.notFound", e, locale);
    }

    @ExceptionHandler(ConcurrentEdit.class)
    ProblemDetail conflict(ConcurrentEdit e, Locale locale) {
        return refused(HttpStatus.CONFLICT, "error.concurrent", e, locale);
    }

    private ProblemDetail invalid(List<InvalidInput.Problem> problems, Locale locale) {
        return invalid(HttpStatus.BAD_REQUEST, problems, wording, messages, locale);
    }

    /**
     * Input that cannot be accepted, answered with {@code status} (400; 413 or 411 for a body past its
     * limit; 409 for a duplicate): every problem in {@code errors}, the first worded as the detail.
     */
    static ProblemDetail invalid(
            HttpStatus status,
            List<InvalidInput.Problem> problems,
            Wording wording,
            MessageSource messages,
            Locale locale) {
        List<Map<String, Object>> errors = errors(problems, wording, locale);
        ProblemDetail p = detail(
                messages,
                status,
                INVALID,
                PageErrors.invalidTitle(status.value()),
                errors.isEmpty() ? "" : (String) errors.get(0).get("reason"),
                locale);
        p.setProperty("errors", errors);
        return p;
    }

    private ProblemDetail refused(HttpStatus status, String titleKey, Refusal e, Locale locale) {
        return detail(messages, status, e.reason().code(), titleKey, wording.refusal(e, locale), locale);
    }

    /** A problem detail: the worded title and detail, and the code machines read. */
    static ProblemDetail detail(
            MessageSource messages, HttpStatus status, String code, String titleKey, String detail, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(messages.getMessage(titleKey, null, status.getReasonPhrase(), locale));
        p.setProperty("code", code);
        return p;
    }

    /** Each problem as the {@code errors} of a problem detail: where, the code, its arguments, the wording. */
    static List<Map<String, Object>> errors(List<InvalidInput.Problem> problems, Wording wording, Locale locale) {
        return problems.stream()
                .map(x -> Map.<String, Object>of(
                        "line", x.line(),
                        "ref", x.ref(),
                        "field", x.field(),
                        "code", x.code(),
                        "args", x.message().args(),
                        "reason", wording.problem(x, locale)))
                .toList();
    }

    static String username(HttpServletRequest request) {
        return request.getUserPrincipal() == null
                ? "(anonymous)"
                : request.getUserPrincipal().getName();
    }
}
