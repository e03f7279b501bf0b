package nl.duiding.identity;

import java.util.Set;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API: create accounts and look them up for sign-in. */
@Service
@Transactional(readOnly = true)
public class UserAccounts implements UserDetailsService {

    private final AppUsers users;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(AppUsers users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates a local account unless one with this username exists; returns whether it created one. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String rawPassword, Role role, Set<Long> providerIds) {
        if (users.existsByUsernameIgnoreCase(username)) {
            return false;
        }
        users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), role, providerIds));
        return true;
    }

    @Override
    public DuidingUser loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new DuidingUser(user.username(), user.displayName(), user.role(), user.providerIds(),
                user.passwordHash(), user.enabled());
    }
}
