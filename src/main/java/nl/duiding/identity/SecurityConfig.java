package nl.duiding.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.platform.InputHygieneFilter;
import nl.duiding.platform.SecurityHeaders;
import nl.duiding.ratelimit.RateLimits;

/**
 * Who may reach what. Tellers reach only the public story form; everything else needs a role.
 * CSRF stays on everywhere except the public story submit, which carries its own server-signed form token
 * that outlives the session (ADR 0006, docs/security.md); the CSP allows no inline script. Single sign-on
 * is switched on by configuring an OIDC client registration, and only then.
 */
@Configuration
@EnableConfigurationProperties({LockoutProperties.class, SsoProperties.class})
class SecurityConfig {

    static final String CSP = SecurityHeaders.CSP;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RateLimits rateLimits,
                                            ObjectProvider<ClientRegistrationRepository> registrations,
                                            SsoProperties sso, OpgaveCatalog catalog,
                                            InputHygieneFilter inputHygiene, SessionRegistry sessionRegistry)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/inloggen/**", "/error", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers("/vertel/**").permitAll()
                        .requestMatchers("/actuator/health").permitAll()
                        .requestMatchers("/beheer/audit/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/beheer/index/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/aanbieder/**").hasRole(Role.PROVIDER.name())
                        // the import of production data is also the administrator's (docs: Beheer -> Import productie);
                        // budgets and product links per opgave (/beheer/productie/opgave/**) stay the policy officer's
                        .requestMatchers("/beheer/productie/imports/*/aanbieder").hasRole(Role.POLICY_OFFICER.name())
                        .requestMatchers("/beheer/productie", "/beheer/productie/taken/**", "/beheer/productie/imports/**")
                        .hasAnyRole(Role.POLICY_OFFICER.name(), Role.ADMIN.name())
                        .requestMatchers("/beheer/**", "/dashboard/**").hasRole(Role.POLICY_OFFICER.name())
                        .requestMatchers("/gebruikers/**").hasRole(Role.ADMIN.name())
                        // who sees which dialogue and which pinned material is decided per dialogue (dialogue module)
                        .requestMatchers("/dialogen/**").hasAnyRole(Role.POLICY_OFFICER.name(), Role.PROVIDER.name(),
                                Role.GRIFFIE.name())
                        .requestMatchers("/rapporten/*/publiceren").hasRole(Role.POLICY_OFFICER.name())
                        .requestMatchers("/rapporten", "/rapporten/**").hasAnyRole(Role.POLICY_OFFICER.name(), Role.GRIFFIE.name())
                        .anyRequest().authenticated())
                // only the story submit: its signed form token outlives the session (ADR 0006); the withdrawal
                // page and everything else keep the session-bound CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
                        && request.getRequestURI().matches("/vertel/[A-Za-z0-9_-]{20,64}")))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/start", true).permitAll())
                .addFilterBefore(new SignInRateLimitFilter(rateLimits), UsernamePasswordAuthenticationFilter.class)
                // control characters and misplaced bodies are refused before CSRF, sign-in or any database call
                .addFilterAfter(inputHygiene, HeaderWriterFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?uitgelogd")
                        .invalidateHttpSession(true).clearAuthentication(true).deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession())
                        // every session is registered, so a password reset can end them (SignedInSessions)
                        .sessionConcurrency(concurrency -> concurrency.maximumSessions(-1)
                                .sessionRegistry(sessionRegistry).expiredUrl("/login?verlopen")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        if (registrations.getIfAvailable() != null) {
            SsoUserService users = new SsoUserService(new SsoClaimMapper(sso,
                    agb -> catalog.providerByAgbCode(agb).map(ProviderView::id)));
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(users))
                    .successHandler(users).failureHandler(users));
        }
        return http.build();
    }

    /**
     * Checks the password before telling whether the account is locked, so a locked account costs
     * the same hashing time as any other failure and timing does not reveal which accounts exist.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserAccounts accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it forgets it. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
