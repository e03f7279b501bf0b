package nl.duiding.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.duiding.audit.OnBehalfOf;

/**
 * The signed-in user, with the providers a PROVIDER user is bound to. Users who signed in through
 * single sign-on are represented the same way (without a password hash), so the rest of the
 * application never needs to know how someone signed in.
 */
public record DuidingUser(String username, String displayName, Role role, Set<Long> providerIds,
                          String passwordHash, boolean enabled, boolean accountNonLocked) implements UserDetails, OnBehalfOf {

    /** An account that is not locked. */
    public DuidingUser(String username, String displayName, Role role, Set<Long> providerIds,
                       String passwordHash, boolean enabled) {
        this(username, displayName, role, providerIds, passwordHash, enabled, true);
    }

    /** Provider users act on behalf of their providers; the audit log records which. */
    @Override
    public String onBehalfOf() {
        return role == Role.PROVIDER ? "aanbieder:" + providerIds.stream().sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")) : null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public String toString() {
        return "DuidingUser[" + username + ", " + role + "]";
    }
}
