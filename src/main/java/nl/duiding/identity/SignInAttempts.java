package nl.duiding.identity;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per local account and locks it after too many, so passwords cannot be
 * guessed online. Unknown usernames are not counted: there is nothing to lock, and the sign-in page
 * answers every failure with the same message, so it never tells whether an account exists.
 */
@Component
class SignInAttempts {

    private final AppUsers users;
    private final LockoutProperties lockout;

    SignInAttempts(AppUsers users, LockoutProperties lockout) {
        this.users = users;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .ifPresent(user -> user.signInFailed(Instant.now(), lockout.maxAttempts(), lockout.duration()));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof DuidingUser user && user.passwordHash() != null) {
            users.findByUsernameIgnoreCase(user.username()).ifPresent(AppUser::signedIn);
        }
    }
}
