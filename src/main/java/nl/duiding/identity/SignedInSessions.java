package nl.duiding.identity;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The sessions of signed-in users, so that a password reset, a disabled or a removed account ends them at once
 * (issue 18): whoever knew the old password is signed out at the next request, not at the idle time-out.
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of this user (any case of the name); returns how many. */
    int end(String username) {
        return endOthers(username, null);
    }

    /** Ends every session of this user but the one with this id (the user's own, after changing her password). */
    int endOthers(String username, String keepSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
            if (name.equalsIgnoreCase(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
