package nl.duiding.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins in a row lock a local account, and for how long
 * ({@code duiding.security.lockout.*}).
 */
@ConfigurationProperties("duiding.security.lockout")
record LockoutProperties(@DefaultValue("5") int maxAttempts, @DefaultValue("15m") Duration duration) {
}
