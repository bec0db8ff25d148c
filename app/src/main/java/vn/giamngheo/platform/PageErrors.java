package vn.giamngheo.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.shared.ConcurrentEdit;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.NotPermitted;
import vn.giamngheo.shared.OutsideJurisdiction;
import vn.giamngheo.shared.Refusal;
import vn.giamngheo.shared.Wording;

/**
 * The same domain exceptions as pages: worded in the reader's language (decision 0103), with the
 * right status and the stable code kept in the page for support staff. Errors raised before a page
 * handler runs (the security filter's 403, an unknown address) are rendered by {@link ErrorPages}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
class PageErrors {
    private final AuditLog audit;
    private final Wording wording;

    PageErrors(AuditLog audit, Wording wording) {
        this.audit = audit;
        this.wording = wording;
    }

    @ExceptionHandler(OutsideJurisdiction.class)
    ModelAndView outside(
            OutsideJurisdiction e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        audit.denied(
                ApiErrors.username(request),
                e.entityType(),
                e.entityId(),
                request.getMethod() + " " + request.getRequestURI());
        return refused(response, 403, "error.outside", e, locale);
    }

    @ExceptionHandler(NotPermitted.class)
    ModelAndView notPermitted(NotPermitted e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        audit.denied(
                ApiErrors.username(request), "Permission", null, request.getMethod() + " " + request.getRequestURI());
        return refused(response, 403, "error.notPermitted", e, locale);
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e, HttpServletResponse response, Locale locale) {
        return refused(response, 404, "error.notFound", e, locale);
    }

    @ExceptionHandler(ConcurrentEdit.class)
    ModelAndView conflict(ConcurrentEdit e, HttpServletResponse response, Locale locale) {
        return refused(response, 409, "error.concurrent", e, locale);
    }

    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput e, HttpServletResponse response) {
        return invalid(response, e.problems());
    }

    private static ModelAndView invalid(HttpServletResponse response, List<InvalidInput.Problem> problems) {
        return invalid(response, 400, problems);
    }

    /** The page listing every problem of input that cannot be accepted, answered with {@code status}. */
    static ModelAndView invalid(HttpServletResponse response, int status, List<InvalidInput.Problem> problems) {
        ModelAndView mav = page(response, status, invalidTitle(status), "", ApiErrors.INVALID);
        mav.addObject("problems", problems);
        return mav;
    }

    /** The title of refused input: a body past its limit is "too large", anything else "not valid". */
    static String invalidTitle(int status) {
        return status == 413 || status == 411 ? "error.tooLarge" : "error.invalid";
    }

    private ModelAndView refused(HttpServletResponse response, int status, String titleKey, Refusal e, Locale locale) {
        return page(
                response,
                status,
                titleKey,
                wording.refusal(e, locale),
                e.reason().code());
    }

    static ModelAndView page(HttpServletResponse response, int status, String titleKey, String detail, String code) {
        response.setStatus(status);
        ModelAndView mav = new ModelAndView("error/problem");
        mav.addObject("status", status);
        mav.addObject("titleKey", titleKey);
        mav.addObject("detail", detail);
        mav.addObject("code", code);
        return mav;
    }
}
