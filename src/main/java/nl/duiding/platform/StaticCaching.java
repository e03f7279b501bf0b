package nl.duiding.platform;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cache headers for styles, scripts and fonts (issue 17). Under their content-hashed name
 * ({@code /css/duiding-<md5>.css}, which Thymeleaf's {@code @{...}} writes into every page, and the NL Design System
 * files and fonts under {@code /css/nl-design-system/}, whose names a stylesheet's {@code url(...)} gets rewritten to)
 * they never change, so a browser may keep them a year;
 * under their plain name (the Tomcat error page, a published report's frozen {@code /css/report.css}) the browser
 * asks again each time and gets a 304 when nothing changed. Set before Spring Security runs, whose "no-store"
 * default then leaves the header alone; every other response keeps that default.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StaticCaching extends OncePerRequestFilter {

    private static final Pattern HASHED = Pattern.compile("^/(css|js)/.+-[0-9a-f]{32}\\.(css|js|woff2)$");
    private static final Pattern PLAIN = Pattern.compile("^/(css|js|img)/.+$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (HASHED.matcher(path).matches()) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        } else if (PLAIN.matcher(path).matches()) {
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
