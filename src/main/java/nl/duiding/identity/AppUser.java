package nl.duiding.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private boolean enabled = true;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_provider", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "provider_id")
    private Set<Long> providerIds = new HashSet<>();
    private int failedSignIns;
    private Instant lockedUntil;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Role role, Set<Long> providerIds) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.providerIds.addAll(providerIds);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Long> providerIds() {
        return Set.copyOf(providerIds);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the failure that reaches the limit locks the account and starts a new count. */
    void signInFailed(Instant now, int maxAttempts, Duration lockDuration) {
        failedSignIns++;
        if (failedSignIns >= maxAttempts) {
            lockedUntil = now.plus(lockDuration);
            failedSignIns = 0;
        }
    }

    void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }
}
