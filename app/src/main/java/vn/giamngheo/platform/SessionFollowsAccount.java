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
import vn.giamngheo.identity.AccountSessions;

/**
 * Before any authorization decision, replaces the login a session remembers by the account as it is
 * now ({@link AccountSessions}): a disabled account's session is ended (the browser goes back to the
 * login page, a script gets 401), changed roles apply to this very request.
 */
final class SessionFollowsAccount extends OncePerRequestFilter {
    private final AccountSessions sessions;

    SessionFollowsAccount(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login != null) {
            Optional<Authentication> now = sessions.current(login);
            if (now.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (now.get() != login) {
                SecurityContextHolder.setContext(new SecurityContextImpl(now.get()));
            }
        }
        chain.doFilter(request, response);
    }
}
