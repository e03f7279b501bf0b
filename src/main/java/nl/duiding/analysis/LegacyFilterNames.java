package nl.duiding.analysis;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Old links keep working: on the pages that bind a {@link PageFilter} ({@value #DASHBOARD}…, {@value #PROVIDER}…,
 * {@value #DIALOGUE}…),
 * a GET parameter with an older name ({@link PageFilter#ALIASES}: {@code provider}, {@code role}, …) is read under
 * its current name, unless the current name is given too. Spring's binder sees only the current names.
 */
@Component
class LegacyFilterNames extends OncePerRequestFilter {

    static final String DASHBOARD = "/dashboard/opgave/";
    static final String PROVIDER = "/aanbieder/";
    static final String DIALOGUE = "/dialogen/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !(path.startsWith(DASHBOARD) || path.startsWith(PROVIDER) || path.startsWith(DIALOGUE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> given = request.getParameterMap();
        if (given.keySet().stream().noneMatch(PageFilter.ALIASES::containsKey)) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, String[]> renamed = new LinkedHashMap<>();
        given.forEach((name, values) -> {
            String current = PageFilter.canonical(name);
            if (current.equals(name) || !given.containsKey(current)) {
                renamed.put(current, values);
            }
        });
        Map<String, String[]> parameters = Collections.unmodifiableMap(renamed);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = parameters.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public String[] getParameterValues(String name) {
                return parameters.get(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return parameters;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }
        }, response);
    }
}
