package nl.duiding.dialogue;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import nl.duiding.identity.DuidingUser;
import nl.duiding.identity.Role;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;

/** The signed-in user as the dialogue sees them: role, the providers they speak for, and their organisation. */
record Actor(String username, String name, Role role, Set<Long> providerIds, String organisation) {

    static Actor of(DuidingUser user, OpgaveCatalog catalog) {
        String organisation = user.role() != Role.PROVIDER ? null : user.providerIds().stream().sorted()
                .map(catalog::provider).flatMap(java.util.Optional::stream).map(ProviderView::name)
                .collect(Collectors.joining(", "));
        String name = user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
        return new Actor(user.username(), name, user.role(), Set.copyOf(user.providerIds()), organisation);
    }

    boolean isOfficer() {
        return role == Role.POLICY_OFFICER;
    }

    boolean isProvider() {
        return role == Role.PROVIDER;
    }

    boolean speaksFor(Long providerId) {
        return providerId != null && providerIds.contains(providerId);
    }

    Attribution attribution() {
        return new Attribution(username, name, role.name(), organisation, Instant.now());
    }
}
