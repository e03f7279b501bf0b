package nl.duiding.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: create accounts, set passwords and look accounts up for sign-in. Every password
 * set here must pass the {@link PasswordPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts implements UserDetailsService {

    private final AppUsers users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy = new PasswordPolicy();

    UserAccounts(AppUsers users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Creates a local account unless one with this username exists; returns whether it created one.
     *
     * @throws WeakPasswordException when the password breaks the password rules
     */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String rawPassword, Role role, Set<Long> providerIds) {
        if (users.existsByUsernameIgnoreCase(username)) {
            return false;
        }
        policy.check(username, rawPassword);
        users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), role, providerIds));
        return true;
    }

    /**
     * Gives a local account a new password and lifts a lock.
     *
     * @throws WeakPasswordException when the password breaks the password rules
     */
    @Transactional
    public void changePassword(String username, String rawPassword) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        policy.check(user.username(), rawPassword);
        user.changePassword(passwordEncoder.encode(rawPassword));
        user.signedIn();
    }

    /**
     * A user's own new password: the current one must be given and right; the new one follows the rules.
     *
     * @return the message keys of what is wrong; empty when the password was changed
     */
    @Transactional
    public List<String> changeOwnPassword(String username, String currentPassword, String newPassword) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            return List.of("password.currentWrong");
        }
        List<String> problems = policy.problems(user.username(), newPassword);
        if (problems.isEmpty()) {
            user.changePassword(passwordEncoder.encode(newPassword));
        }
        return problems;
    }

    /** Disables or enables a local account; a disabled account cannot sign in. */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        users.findByUsernameIgnoreCase(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"))
                .enable(enabled);
    }

    /** Removes a local account; what it wrote elsewhere keeps its name as text (audit, dialogues). */
    @Transactional
    public void delete(String username) {
        users.delete(users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user")));
    }

    /** The message keys of every password rule this password breaks for this username. */
    public List<String> passwordProblems(String username, String rawPassword) {
        return policy.problems(username, rawPassword);
    }

    /** All local accounts, by username, for the administrator's page. */
    public List<DuidingUser> accounts() {
        return users.findAll().stream().map(UserAccounts::toUser)
                .sorted(Comparator.comparing(DuidingUser::username, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public DuidingUser loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(UserAccounts::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    private static DuidingUser toUser(AppUser user) {
        return new DuidingUser(user.username(), user.displayName(), user.role(), user.providerIds(),
                user.passwordHash(), user.enabled(), !user.lockedAt(Instant.now()));
    }
}
