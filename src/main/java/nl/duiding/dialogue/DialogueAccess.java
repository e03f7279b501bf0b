package nl.duiding.dialogue;

import java.util.List;

import nl.duiding.identity.Role;

/**
 * Who may do what in a dialogue. Policy officers run every dialogue; others only the dialogues they are invited to,
 * in their invited role. Provider users contribute and see only material about the opgave as a whole (aggregates,
 * never a story) or about their own provider; the griffie observes, and sees a story only when its teller consented
 * to quoting.
 */
final class DialogueAccess {

    private DialogueAccess() {
    }

    static boolean canView(Actor actor, List<Participant> participants) {
        return actor.isOfficer() || isInvited(actor, participants);
    }

    static boolean canContribute(Actor actor, List<Participant> participants) {
        return actor.isOfficer() || (actor.isProvider() && isInvited(actor, participants));
    }

    static boolean canSee(Actor actor, PinnedMaterial material) {
        return switch (actor.role()) {
            case POLICY_OFFICER -> true;
            case PROVIDER -> material.providerId() == null ? !material.isStory() : actor.speaksFor(material.providerId());
            case GRIFFIE -> !material.isStory() || Boolean.TRUE.equals(material.quoteConsent());
            default -> false;
        };
    }

    private static boolean isInvited(Actor actor, List<Participant> participants) {
        return participants.stream().anyMatch(p -> p.username().equalsIgnoreCase(actor.username()) && p.role() == actor.role()
                && p.role() != Role.ADMIN);
    }
}
