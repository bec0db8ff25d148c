package vn.giamngheo.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.JsonText;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.Wording;

/**
 * Input the framework could not even hand to a controller — a parameter of the wrong type, a
 * missing parameter or file part, a body that is not JSON, a list index far past any form, a value
 * the database's CHECK constraints refuse — answered as input problems (decision 0103): problem
 * details on {@code /api}, the Vietnamese problem page elsewhere. Never a 500, never a stack trace.
 * Applies to every controller, and also when no handler was found yet (multipart parsing).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BadRequests {
    private final Wording wording;
    private final MessageSource messages;

    BadRequests(Wording wording, MessageSource messages) {
        this.wording = wording;
        this.messages = messages;
    }

    /** A parameter missing or of the wrong type names the parameter (and the value refused). */
    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class})
    Object badParameter(Exception e, HttpServletRequest request, HttpServletResponse response, Locale l) {
        return answer(request, response, l, HttpStatus.BAD_REQUEST, List.of(RequestProblems.of(e)));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(
            MissingServletRequestPartException e, HttpServletRequest request, HttpServletResponse response, Locale l) {
        return answer(
                request,
                response,
                l,
                HttpStatus.BAD_REQUEST,
                InvalidInput.of(e.getRequestPartName(), Message.of("input.missingFile")));
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    Object binding(
            ServletRequestBindingException e, HttpServletRequest request, HttpServletResponse response, Locale l) {
        return answer(
                request, response, l, HttpStatus.BAD_REQUEST, InvalidInput.of("", Message.of("input.unreadable")));
    }

    /** A body that is no JSON, has a field of the wrong type, or is missing or {@code null}. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(
            HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response, Locale l) {
        String field = e.getMostSpecificCause() instanceof JacksonException j ? JsonText.fieldPath(j) : "";
        return answer(
                request, response, l, HttpStatus.BAD_REQUEST, InvalidInput.of(field, Message.of("input.unreadable")));
    }

    /** {@code members[99999]}: an index past what a form may grow to. */
    @ExceptionHandler(InvalidPropertyException.class)
    Object badIndex(InvalidPropertyException e, HttpServletRequest request, HttpServletResponse response, Locale l) {
        return answer(
                request,
                response,
                l,
                HttpStatus.BAD_REQUEST,
                InvalidInput.of(e.getPropertyName(), Message.of("input.badIndex")));
    }

    /** An address no page or operation answers. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(Exception e, HttpServletRequest request, HttpServletResponse response, Locale l) {
        String code = "access.pageNotFound";
        String detail = messages.getMessage("problem." + code, null, l);
        if (LanguageResolver.isApi(request)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ApiErrors.detail(messages, HttpStatus.NOT_FOUND, code, "error.notFound", detail, l));
        }
        return PageErrors.page(response, 404, "error.notFound", detail, code);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(
            MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response, Locale l) {
        long mb = e.getMaxUploadSize() > 0 ? Math.max(1, e.getMaxUploadSize() >> 20) : 0;
        return answer(
                request,
                response,
                l,
                HttpStatus.CONTENT_TOO_LARGE,
                InvalidInput.of("file", Message.of("input.tooLarge", mb)));
    }

    @ExceptionHandler(MultipartException.class)
    Object notMultipart(MultipartException e, HttpServletRequest request, HttpServletResponse response, Locale l) {
        return answer(
                request, response, l, HttpStatus.BAD_REQUEST, InvalidInput.of("file", Message.of("input.missingFile")));
    }

    /**
     * A value the database refuses: out of the range a CHECK constraint allows, too long, a reference
     * to nothing, a duplicate. The constraint names the rule; the caller sees which kind it was.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object refusedByDatabase(
            DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response, Locale l) {
        String state =
                e.getMostSpecificCause() instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
        String code = switch (state) {
            case "23505" -> "input.duplicate";
            case "23503" -> "input.unknownReference";
            case "23502" -> "input.missing";
            default -> "input.outOfRange";
        };
        HttpStatus status = state.equals("23505") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return answer(request, response, l, status, InvalidInput.of("", Message.of(code)));
    }

    /**
     * A write that met a large reorganisation holding the same tables (a province merge rebuilding
     * its partitions, decision 1930) and lost the wait (a deadlock or a lock timeout): nothing of it
     * was stored, and trying again later succeeds. A refusal like a concurrent edit, never a 500.
     */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    Object busy(
            PessimisticLockingFailureException e, HttpServletRequest request, HttpServletResponse response, Locale l) {
        return answer(request, response, l, HttpStatus.CONFLICT, InvalidInput.of("", Message.of("input.busy")));
    }

    /** The same for a lock wait past its timeout (55P03), which the JDBC layer leaves uncategorised. */
    @ExceptionHandler(org.springframework.jdbc.UncategorizedSQLException.class)
    Object lockTimeout(
            org.springframework.jdbc.UncategorizedSQLException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale l) {
        if (e.getSQLException() != null && "55P03".equals(e.getSQLException().getSQLState())) {
            return answer(request, response, l, HttpStatus.CONFLICT, InvalidInput.of("", Message.of("input.busy")));
        }
        throw e;
    }

    private Object answer(
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            HttpStatus status,
            InvalidInput e) {
        return answer(request, response, locale, status, e.problems());
    }

    private Object answer(
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            HttpStatus status,
            List<InvalidInput.Problem> problems) {
        if (LanguageResolver.isApi(request)) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ApiErrors.invalid(status, problems, wording, messages, locale));
        }
        return PageErrors.invalid(response, status.value(), problems);
    }
}
