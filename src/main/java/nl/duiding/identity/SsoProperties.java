package nl.duiding.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How claims from an OpenID Connect provider become a Duiding role and provider binding
 * ({@code duiding.sso.*}); see docs/security.md, "Single sign-on (OIDC)".
 *
 * @param rolesClaim    the claim with the user's roles or groups; a dot path such as
 *                      {@code realm_access.roles} reaches into nested claims
 * @param roleMapping   per role, the claim values that grant it
 * @param providerClaim the claim with the AGB code(s) of the provider(s) a PROVIDER user works for
 * @param usernameClaim the claim shown and logged as the username
 * @param nameClaim     the claim with the display name
 */
@ConfigurationProperties("duiding.sso")
record SsoProperties(@DefaultValue("roles") String rolesClaim, Map<Role, List<String>> roleMapping,
                     String providerClaim, @DefaultValue("preferred_username") String usernameClaim,
                     @DefaultValue("name") String nameClaim) {

    SsoProperties {
        roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
    }
}
