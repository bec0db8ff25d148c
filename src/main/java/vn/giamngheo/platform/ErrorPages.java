package vn.giamngheo.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Wording;

/**
 * Whatever reaches the servlet container's error path — an unknown address, a refusal by a filter,
 * an error no handler took, or {@code /error} asked for directly — answered in the reader's
 * language: problem details for {@code /api}, the problem page for people. Never Spring's
 * Whitelabel page and never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {
    private final Wording wording;
    private final MessageSource messages;

    ErrorPages(Wording wording, MessageSource messages) {
        this.wording = wording;
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, /error is just an address that holds nothing
        int status = code instanceof Integer i ? i : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri instanceof String u && u.startsWith(request.getContextPath() + "/api/");
        Object problem = request.getAttribute(RequestLimits.PROBLEM);
        HttpStatus httpStatus =
                HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(status);
        if (problem instanceof InvalidInput invalid) {
            return api
                    ? ResponseEntity.status(httpStatus)
                            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(ApiErrors.details(wording, httpStatus, invalid, locale))
                    : PageErrors.invalidPage(response, status, invalid);
        }
        String title = titleKey(status);
        if (api) {
            ProblemDetail p = ProblemDetail.forStatus(httpStatus);
            p.setDetail(messages.getMessage(title, null, locale));
            return ResponseEntity.status(httpStatus)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        return PageErrors.page(response, status, title, "");
    }

    static String titleKey(int status) {
        return switch (status) {
            case 400 -> "error.invalid";
            case 401 -> "error.unauthorized";
            case 403 -> "error.notPermitted";
            case 404 -> "error.notFound";
            case 405 -> "error.method";
            case 409 -> "error.concurrent";
            case 411, 413 -> "error.tooLarge";
            case 415 -> "error.mediaType";
            default -> status >= 500 ? "error.server" : "error.request";
        };
    }
}
