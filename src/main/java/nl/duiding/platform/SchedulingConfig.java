package nl.duiding.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Nightly retention and the outbox retry run on Spring's scheduler. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
