package nl.duiding.platform;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form with a broken percent-encoding ("%ZZ") makes Tomcat refuse its parameters with an exception whose message
 * quotes the refused value; left to the container, that message — a teller's name, a BSN, a whole story — lands in
 * an ERROR line of the log. The parameters are parsed here first: a malformed request gets 400 (the Dutch error
 * page) and a log line that names only the path, never a value.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedParametersFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException e) {
            log.warn("Refused a request to {} with malformed parameters ({})", request.getRequestURI().replaceAll("^(/[^/]*/).+", "$1…"),
                    e.getClass().getSimpleName());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
