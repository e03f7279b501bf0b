package nl.duiding.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Nightly retention and the outbox retry run on Spring's scheduler (not in a command-line import). */
@Configuration
@ConditionalOnProperty(name = "duiding.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
class SchedulingConfig {
}
