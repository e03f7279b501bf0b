package nl.duiding.dialogue;

import java.time.Instant;

/**
 * Who added something and when: username, display name, role (POLICY_OFFICER, PROVIDER, GRIFFIE) and
 * organisation (the provider names of a provider user; null for the municipality's own staff).
 */
public record Attribution(String username, String name, String role, String organisation, Instant at) {
}
