package nl.duiding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Claims as Entra ID, Keycloak and ADFS send them, mapped to a Duiding role and providers. */
class SsoClaimMapperTest {

    static final Map<Role, List<String>> MAPPING = Map.of(
            Role.POLICY_OFFICER, List.of("duiding-beleid", "5c1f0e2a-beleid-groep"),
            Role.PROVIDER, List.of("duiding-aanbieder"),
            Role.GRIFFIE, List.of("duiding-griffie"),
            Role.ADMIN, List.of("duiding-beheer"));

    static SsoClaimMapper mapper(String rolesClaim, String providerClaim) {
        return new SsoClaimMapper(new SsoProperties(rolesClaim, MAPPING, providerClaim, "preferred_username", "name"),
                agb -> agb.equals("99000101") ? Optional.of(7L) : Optional.empty());
    }

    @Test
    void entraAppRolesInTheRolesClaim() {
        var user = mapper("roles", null).map(Map.of("sub", "AAAAbbbb", "preferred_username", "bea@dordrecht.nl",
                "name", "Bea de Vries", "roles", List.of("Other.App.Role", "duiding-beleid"))).orElseThrow();
        assertThat(user.role()).isEqualTo(Role.POLICY_OFFICER);
        assertThat(user.username()).isEqualTo("bea@dordrecht.nl");
        assertThat(user.displayName()).isEqualTo("Bea de Vries");
        assertThat(user.passwordHash()).isNull();
    }

    @Test
    void entraGroupIdsInTheGroupsClaim() {
        var user = mapper("groups", null).map(Map.of("sub", "x", "groups", List.of("5C1F0E2A-BELEID-GROEP")));
        assertThat(user).map(DuidingUser::role).contains(Role.POLICY_OFFICER);
        assertThat(user).map(DuidingUser::username).contains("x");
    }

    @Test
    void keycloakRealmRolesThroughADotPath() {
        Map<String, Object> claims = Map.of("sub", "f:1", "preferred_username", "gerda",
                "realm_access", Map.of("roles", List.of("offline_access", "duiding-griffie")),
                "resource_access", Map.of("duiding", Map.of("roles", List.of("duiding-beheer"))));
        assertThat(mapper("realm_access.roles", null).map(claims)).map(DuidingUser::role).contains(Role.GRIFFIE);
        assertThat(mapper("resource_access.duiding.roles", null).map(claims)).map(DuidingUser::role).contains(Role.ADMIN);
    }

    @Test
    void adfsSendsOneRoleAsAStringUnderAUriNamedClaim() {
        String claim = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";
        var user = mapper(claim, "agb").map(Map.of("sub", "S-1-5", "upn", "aad@linde.nl", claim, "duiding-aanbieder",
                "agb", "99000101"));
        assertThat(user).map(DuidingUser::role).contains(Role.PROVIDER);
        assertThat(user).map(DuidingUser::providerIds).contains(java.util.Set.of(7L));
        assertThat(user).map(DuidingUser::username).contains("aad@linde.nl");
    }

    @Test
    void noMappedRoleMeansNoAccess() {
        assertThat(mapper("roles", null).map(Map.of("sub", "x", "roles", List.of("Something.Else")))).isEmpty();
        assertThat(mapper("roles", null).map(Map.of("sub", "x"))).isEmpty();
        assertThat(mapper("realm_access.roles", null).map(Map.of("sub", "x", "realm_access", "not a map"))).isEmpty();
    }

    @Test
    void aProviderUserWithoutAKnownAgbCodeGetsNoAccess() {
        assertThat(mapper("roles", "agb").map(Map.of("sub", "x", "roles", List.of("duiding-aanbieder"),
                "agb", List.of("12345678")))).isEmpty();
        assertThat(mapper("roles", null).map(Map.of("sub", "x", "roles", List.of("duiding-aanbieder")))).isEmpty();
    }

    @Test
    void severalRolesGiveTheFirstInRoleOrder() {
        var user = mapper("roles", null).map(Map.of("sub", "x", "roles", List.of("duiding-beheer", "duiding-beleid")));
        assertThat(user).map(DuidingUser::role).contains(Role.POLICY_OFFICER);
    }
}
