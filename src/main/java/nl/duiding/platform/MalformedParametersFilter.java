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
// after Spring Boot's character-encoding filter (HIGHEST_PRECEDENCE): parameters parsed earlier would be ISO-8859-1
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedParametersFilter.class);
    private final long maxFormBytes;

    MalformedParametersFilter(@org.springframework.beans.factory.annotation.Value("${duiding.input.max-form-size:1MB}")
                              org.springframework.util.unit.DataSize maxFormSize) {
        this.maxFormBytes = maxFormSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (multipart || request.getContentLengthLong() > maxFormBytes) {
            // not parsed here: InputHygieneFilter refuses or admits such bodies (415/413) without reading them
            chain.doFilter(request, response);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
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
