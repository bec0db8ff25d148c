package vn.giamngheo.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.giamngheo.identity.WarmUpIdentity;

/**
 * Lets the start-up warm-up's requests in as {@link WarmUpIdentity}'s login for that one request:
 * the login is never saved in a session, and a session the page opened (for its CSRF token) is
 * ended with the request, so the warm-up leaves no session behind. A request whose header is not
 * accepted goes on exactly as one without it (an anonymous visitor).
 */
final class WarmUpLogin extends OncePerRequestFilter {
    private final WarmUpIdentity identity;

    WarmUpLogin(WarmUpIdentity identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(WarmUpIdentity.HEADER);
        Optional<Authentication> login =
                presented == null ? Optional.empty() : identity.authenticate(presented, request.getRemoteAddr());
        if (login.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContextHolder.setContext(new SecurityContextImpl(login.get()));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
            HttpSession opened = request.getSession(false);
            if (opened != null && opened.isNew()) {
                opened.invalidate();
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
