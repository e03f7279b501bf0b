package nl.duiding.platform;

import java.io.IOException;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Input hygiene in one place, before security, controllers or the database see a request (issue 18):
 * <ul>
 * <li>a parameter name or value with a NUL or another control character (tab, CR and LF are text) is refused
 *     with 400 and the Dutch error page that says why, so nothing downstream chokes on it (PostgreSQL refuses
 *     NUL in text, which surfaced as 500s and as a public-form 503 that could never succeed);</li>
 * <li>a multipart body is accepted only where a file is uploaded ({@value #UPLOAD}); anywhere else it is
 *     refused (415) before it is read, and any other body larger than {@code duiding.input.max-form-size}
 *     (the public form needs kilobytes) is refused with 413 unread;</li>
 * <li>a multipart body that cannot be parsed is a 400, not a 500;</li>
 * <li>{@code /error} requested directly is a 404 (it only renders errors).</li>
 * </ul>
 * It runs in the security filter chain right after the header writer (SecurityConfig), so refusals carry the
 * security headers and come before CSRF checks and sign-in (no database call). Errors are sent with
 * {@code sendError}, so the container renders them through Duiding's error page.
 */
@Component
public class InputHygieneFilter extends OncePerRequestFilter {

    /** The one endpoint that takes a file: the declaration import. */
    static final String UPLOAD = "/beheer/productie";
    /** Request attribute with the message key the error page shows. */
    static final String REASON = "nl.duiding.error.reason";

    private final long maxFormBytes;

    public InputHygieneFilter(@Value("${duiding.input.max-form-size:1MB}") DataSize maxFormSize) {
        this.maxFormBytes = maxFormSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("/error".equals(request.getRequestURI())) {
            refuse(request, response, HttpStatus.NOT_FOUND, null);
            return;
        }
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (multipart && !(UPLOAD.equals(request.getRequestURI()) && "POST".equals(request.getMethod()))) {
            refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.input.multipart");
            return;
        }
        if (!multipart && request.getContentLengthLong() > maxFormBytes) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.input.tooLarge");
            return;
        }
        if (multipart) {
            try {
                request.getParts();
            } catch (IOException | ServletException | IllegalStateException malformed) {
                refuse(request, response, HttpStatus.BAD_REQUEST, "error.input.malformed");
                return;
            }
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException malformed) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "error.input.malformed");
            return;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                refuse(request, response, HttpStatus.BAD_REQUEST, "error.input.control");
                return;
            }
            for (String value : parameter.getValue()) {
                if (hasControlCharacter(value)) {
                    refuse(request, response, HttpStatus.BAD_REQUEST, "error.input.control");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** NUL and the other C0 and C1 control characters and DEL; tab, line feed and carriage return are text. */
    static boolean hasControlCharacter(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reason)
            throws IOException {
        if (reason != null) {
            request.setAttribute(REASON, reason);
        }
        response.sendError(status.value());
    }
}
