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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Refusal;
import vn.giamngheo.shared.Wording;

/**
 * Every error that reaches the servlet container — raised before a page handler runs (the security
 * filter's 403 for a page the user's role does not open, an unknown address, a bad request) or not
 * handled elsewhere (500), a body or address {@link RequestLimits} refused, or {@code /error} asked for
 * directly — answered in the reader's language instead of Spring's English "Whitelabel" page: a page
 * for browsers, RFC 9457 problem details with a stable code for the API. No stack trace is ever shown.
 */
@Controller
class ErrorPages implements ErrorController {
    private final Wording wording;
    private final MessageSource messages;
    private final JsonMapper json;

    ErrorPages(Wording wording, MessageSource messages, JsonMapper json) {
        this.wording = wording;
        this.messages = messages;
        this.json = json;
    }

    /** Pages get the page; the API (also a browser opening an API address) gets problem details. */
    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Answer a = answer(request, locale);
        if (LanguageResolver.isApi(request)) {
            ProblemDetail p = problem(a, locale);
            return new ModelAndView((model, req, res) -> {
                res.setStatus(a.status.value());
                res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                res.setCharacterEncoding("UTF-8");
                json.writeValue(res.getOutputStream(), p);
            });
        }
        ModelAndView mav = PageErrors.page(response, a.status.value(), a.titleKey, a.detail, a.code);
        if (a.problems != null) {
            mav.addObject("problems", a.problems.problems());
        }
        return mav;
    }

    private ProblemDetail problem(Answer a, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(a.status, a.detail);
        p.setTitle(messages.getMessage(a.titleKey, null, a.status.getReasonPhrase(), locale));
        p.setProperty("code", a.code);
        if (a.problems != null) {
            p.setProperty("errors", ApiErrors.errors(a.problems.problems(), wording, locale));
        }
        return p;
    }

    private record Answer(HttpStatus status, String titleKey, String code, String detail, InvalidInput problems) {}

    private Answer answer(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown instanceof Refusal refusal) {
            return new Answer(
                    status, titleKey(status), refusal.reason().code(), wording.refusal(refusal, locale), null);
        }
        if (thrown == null) {
            thrown = request.getAttribute(RequestLimits.PROBLEM);
        }
        if (thrown instanceof InvalidInput invalid && !invalid.problems().isEmpty()) {
            HttpStatus refused = status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST;
            return new Answer(
                    refused,
                    PageErrors.invalidTitle(refused.value()),
                    ApiErrors.INVALID,
                    wording.problem(invalid.problems().get(0), locale),
                    invalid);
        }
        String code = switch (status) {
            case BAD_REQUEST -> "access.badRequest";
            case UNAUTHORIZED -> "access.notLoggedIn";
            case FORBIDDEN -> "access.forbidden";
            case NOT_FOUND -> "access.pageNotFound";
            case METHOD_NOT_ALLOWED -> "access.methodNotAllowed";
            case PAYLOAD_TOO_LARGE, LENGTH_REQUIRED -> "access.tooLarge";
            case UNSUPPORTED_MEDIA_TYPE -> "access.mediaType";
            default -> status.is4xxClientError() ? "access.badRequest" : "access.serverError";
        };
        return new Answer(status, titleKey(status), code, messages.getMessage("problem." + code, null, locale), null);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // asked for directly, /error is just an address that holds nothing
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String titleKey(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "error.invalid";
            case UNAUTHORIZED -> "error.unauthorized";
            case FORBIDDEN -> "error.notPermitted";
            case NOT_FOUND -> "error.notFound";
            case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
            case CONFLICT -> "error.concurrent";
            case PAYLOAD_TOO_LARGE, LENGTH_REQUIRED -> "error.tooLarge";
            case UNSUPPORTED_MEDIA_TYPE -> "error.mediaType";
            default -> status.is4xxClientError() ? "error.invalid" : "error.server";
        };
    }
}
