package nl.duiding.identity;

import java.io.IOException;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.duiding.ratelimit.Limit;
import nl.duiding.ratelimit.RateLimits;

/**
 * Slows down password guessing from one address across many accounts (the lockout protects each
 * account): too many sign-in attempts from one client address get the "too many attempts" page
 * with status 429, before any password is checked.
 */
class SignInRateLimitFilter extends OncePerRequestFilter {

    static final String TOO_MANY_PAGE = "/inloggen/te-vaak";

    private final RateLimits rateLimits;

    SignInRateLimitFilter(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(HttpMethod.POST.matches(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (rateLimits.tryAcquire(Limit.SIGN_IN_PER_ADDRESS, request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        request.getRequestDispatcher(TOO_MANY_PAGE).forward(request, response);
    }
}
