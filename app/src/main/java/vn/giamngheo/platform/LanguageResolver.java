package vn.giamngheo.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The reader's language. Pages: Vietnamese, whatever the browser says, until {@code ?lang=en} (kept in
 * a cookie). The API ({@code /api/**}, also when an error of it is rendered): the {@code
 * Accept-Language} header a script sends, Vietnamese when it sends none or asks for neither language.
 */
final class LanguageResolver implements LocaleResolver {
    private static final List<Locale> SPOKEN = List.of(LocaleConfig.VIETNAMESE, Locale.ENGLISH);

    private final LocaleResolver pages;

    LanguageResolver(LocaleResolver pages) {
        this.pages = pages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (!isApi(request)) {
            return pages.resolveLocale(request);
        }
        String asked = request.getHeader("Accept-Language");
        if (asked == null || asked.isBlank()) {
            return LocaleConfig.VIETNAMESE;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(asked), SPOKEN);
            return found == null ? LocaleConfig.VIETNAMESE : found;
        } catch (IllegalArgumentException malformed) {
            return LocaleConfig.VIETNAMESE;
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        pages.setLocale(request, response, locale);
    }

    /** Whether the request (or the request whose error is being rendered) is one of the API. */
    static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/");
    }
}
