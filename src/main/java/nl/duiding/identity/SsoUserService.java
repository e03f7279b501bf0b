package nl.duiding.identity;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Single sign-on: loads the OIDC user, maps its claims to a role (refusing users without one), and
 * after sign-in replaces the OIDC principal by a {@link DuidingUser}, so every page and check sees
 * the same kind of user however someone signed in.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser>, AuthenticationSuccessHandler,
        AuthenticationFailureHandler {

    static final String NO_ROLE = "duiding_no_role";
    static final String NO_ACCESS_PAGE = "/inloggen/geen-toegang";

    private final OidcUserService delegate = new OidcUserService();
    private final SsoClaimMapper mapper;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SsoUserService(SsoClaimMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        DuidingUser user = mapper.map(oidcUser.getClaims())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE)));
        return new SsoOidcUser(oidcUser, user);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        DuidingUser user = ((SsoOidcUser) authentication.getPrincipal()).user();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/start");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        boolean noRole = exception instanceof OAuth2AuthenticationException oauth
                && NO_ROLE.equals(oauth.getError().getErrorCode());
        response.sendRedirect(request.getContextPath() + (noRole ? NO_ACCESS_PAGE : "/login?error"));
    }

    /** The OIDC user during the sign-in itself, carrying the Duiding user it maps to. */
    static final class SsoOidcUser extends DefaultOidcUser {

        private final transient DuidingUser user;

        SsoOidcUser(OidcUser oidcUser, DuidingUser user) {
            super(user.getAuthorities(), oidcUser.getIdToken(), oidcUser.getUserInfo());
            this.user = user;
        }

        DuidingUser user() {
            return user;
        }
    }
}
