package nl.duiding.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Dutch first, English second: {@code ?lang=en} switches, a functional cookie remembers (no tracking). */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.of("nl");
    /** The languages Duiding speaks; any other {@code ?lang=} or cookie value is ignored (issue 18). */
    static final Set<String> SUPPORTED = Set.of("nl", "en");

    static boolean supported(String tag) {
        return tag != null && SUPPORTED.contains(tag.strip().toLowerCase(Locale.ROOT));
    }

    /** Runs inside the security filter chain (SecurityConfig), after the security headers, not as a filter of its own. */
    @Bean
    FilterRegistrationBean<InputHygieneFilter> inputHygieneOnlyInTheSecurityChain(InputHygieneFilter filter) {
        FilterRegistrationBean<InputHygieneFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** Tomcat's own error pages (requests refused before any filter) in Dutch with the security headers. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorValve.class.getName());
            }
        });
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("duiding-taal") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale locale = super.resolveLocale(request);
                return supported(locale.getLanguage()) ? Locale.of(locale.getLanguage()) : DUTCH;
            }
        };
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                String tag = request.getParameter(getParamName());
                return tag == null || supported(tag) ? super.preHandle(request, response, handler) : true;
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
