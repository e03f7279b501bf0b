package nl.duiding.dialogue;

import nl.duiding.identity.Role;

/** An invited participant: policy officer, provider user, or griffie as observer. */
record Participant(String username, Role role, String invitedBy) {
}
