package vn.giamngheo.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/** The same domain exceptions as pages: a readable message in the user's language, the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
class PageErrors {
    private final AuditLog audit;

    PageErrors(AuditLog audit) {
        this.audit = audit;
    }

    @ExceptionHandler(OutsideJurisdiction.class)
    ModelAndView outside(OutsideJurisdiction e, HttpServletRequest request, HttpServletResponse response) {
        audit.denied(
                ApiErrors.username(request),
                e.entityType(),
                e.entityId(),
                request.getMethod() + " " + request.getRequestURI());
        return page(response, 403, "error.outside", e.getMessage());
    }

    @ExceptionHandler(NotPermitted.class)
    ModelAndView notPermitted(NotPermitted e, HttpServletRequest request, HttpServletResponse response) {
        audit.denied(
                ApiErrors.username(request), "Permission", null, request.getMethod() + " " + request.getRequestURI());
        return page(response, 403, "error.notPermitted", e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e, HttpServletResponse response) {
        return page(response, 404, "error.notFound", e.getMessage());
    }

    @ExceptionHandler(ConcurrentEdit.class)
    ModelAndView conflict(ConcurrentEdit e, HttpServletResponse response) {
        return page(response, 409, "error.concurrent", e.getMessage());
    }

    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput e, HttpServletResponse response) {
        return invalidPage(response, 400, e);
    }

    /** The page listing every problem of input that cannot be accepted, answered with {@code status}. */
    static ModelAndView invalidPage(HttpServletResponse response, int status, InvalidInput e) {
        ModelAndView mav = page(response, status, status == 413 ? "error.tooLarge" : "error.invalid", e.getMessage());
        mav.addObject("problems", e.problems());
        return mav;
    }

    static ModelAndView page(HttpServletResponse response, int status, String titleKey, String detail) {
        response.setStatus(status);
        ModelAndView mav = new ModelAndView("error/problem");
        mav.addObject("status", status);
        mav.addObject("titleKey", titleKey);
        mav.addObject("detail", detail);
        return mav;
    }
}
