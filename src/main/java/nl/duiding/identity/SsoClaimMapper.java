package nl.duiding.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the claims of an OpenID Connect sign-in into a Duiding user, or into nothing when the
 * claims grant no role. Pure, so Entra ID, ADFS and Keycloak claim shapes are tested without Spring.
 * When the claims grant several roles, the first in {@link Role}'s order wins.
 */
final class SsoClaimMapper {

    private static final List<String> USERNAME_FALLBACKS = List.of("preferred_username", "upn", "email", "sub");

    private final SsoProperties properties;
    private final Function<String, Optional<Long>> providerByAgbCode;

    SsoClaimMapper(SsoProperties properties, Function<String, Optional<Long>> providerByAgbCode) {
        this.properties = properties;
        this.providerByAgbCode = providerByAgbCode;
    }

    Optional<DuidingUser> map(Map<String, Object> claims) {
        Optional<Role> role = role(values(claims, properties.rolesClaim()));
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> providerIds = role.get() == Role.PROVIDER ? providerIds(claims) : Set.of();
        if (role.get() == Role.PROVIDER && providerIds.isEmpty()) {
            return Optional.empty();
        }
        String username = username(claims);
        String name = first(values(claims, properties.nameClaim())).orElse(username);
        return Optional.of(new DuidingUser(username, name, role.get(), providerIds, null, true));
    }

    private Optional<Role> role(List<String> granted) {
        for (Role role : Role.values()) {
            List<String> grants = properties.roleMapping().getOrDefault(role, List.of());
            if (granted.stream().anyMatch(value -> grants.stream().anyMatch(value::equalsIgnoreCase))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private Set<Long> providerIds(Map<String, Object> claims) {
        Set<Long> ids = new LinkedHashSet<>();
        if (properties.providerClaim() != null) {
            values(claims, properties.providerClaim()).forEach(agb -> providerByAgbCode.apply(agb).ifPresent(ids::add));
        }
        return ids;
    }

    private String username(Map<String, Object> claims) {
        return first(values(claims, properties.usernameClaim()))
                .or(() -> USERNAME_FALLBACKS.stream().flatMap(c -> values(claims, c).stream()).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("the ID token has no subject"));
    }

    /**
     * The values of a claim: a claim of exactly this name first (ADFS names claims with URIs full of
     * dots), otherwise the path through nested claims ({@code realm_access.roles}).
     */
    static List<String> values(Map<String, Object> claims, String path) {
        if (path == null || path.isBlank()) {
            return List.of();
        }
        if (claims.containsKey(path)) {
            return flatten(claims.get(path));
        }
        Object node = claims;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return List.of();
            }
            node = map.get(part);
        }
        return flatten(node);
    }

    private static List<String> flatten(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().filter(v -> v != null).map(v -> v.toString().trim()).filter(v -> !v.isEmpty()).toList();
        }
        if (value == null || value instanceof Map<?, ?> || value.toString().isBlank()) {
            return List.of();
        }
        return List.of(value.toString().trim());
    }

    private static Optional<String> first(List<String> values) {
        return values.stream().findFirst();
    }
}
