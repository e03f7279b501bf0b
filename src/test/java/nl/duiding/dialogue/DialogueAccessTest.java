package nl.duiding.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.duiding.identity.Role;

/** The access rules of a dialogue, without Spring. */
class DialogueAccessTest {

    static final Actor OFFICER = new Actor("bea", "Bea", Role.POLICY_OFFICER, Set.of(), null);
    static final Actor PROVIDER = new Actor("aad", "Aad", Role.PROVIDER, Set.of(7L), "De Linde");
    static final Actor GRIFFIE = new Actor("gerda", "Gerda", Role.GRIFFIE, Set.of(), null);
    static final Actor ADMIN = new Actor("bram", "Bram", Role.ADMIN, Set.of(), null);
    static final List<Participant> INVITED = List.of(new Participant("AAD", Role.PROVIDER, "bea"),
            new Participant("gerda", Role.GRIFFIE, "bea"), new Participant("bram", Role.ADMIN, "bea"));

    @Test
    void officersRunEveryDialogueOthersOnlyTheirInvitedOnes() {
        assertThat(DialogueAccess.canView(OFFICER, List.of())).isTrue();
        assertThat(DialogueAccess.canView(PROVIDER, List.of())).isFalse();
        assertThat(DialogueAccess.canView(PROVIDER, INVITED)).isTrue();
        assertThat(DialogueAccess.canView(GRIFFIE, INVITED)).isTrue();
        assertThat(DialogueAccess.canView(ADMIN, INVITED)).isFalse();
        // invited as griffie, signed in with another role: not the same participant
        assertThat(DialogueAccess.canView(new Actor("gerda", "G", Role.PROVIDER, Set.of(7L), "x"), INVITED)).isFalse();
    }

    @Test
    void theGriffieObservesAndDoesNotContribute() {
        assertThat(DialogueAccess.canContribute(OFFICER, List.of())).isTrue();
        assertThat(DialogueAccess.canContribute(PROVIDER, INVITED)).isTrue();
        assertThat(DialogueAccess.canContribute(GRIFFIE, INVITED)).isFalse();
    }

    @Test
    void aProviderSeesOpgaveAggregatesAndItsOwnMaterialOnly() {
        assertThat(DialogueAccess.canSee(PROVIDER, material("TRIAD_CHART", null, null, null))).isTrue();
        assertThat(DialogueAccess.canSee(PROVIDER, material("TRIAD_CHART", 7L, null, null))).isTrue();
        assertThat(DialogueAccess.canSee(PROVIDER, material("TRIAD_CHART", 8L, null, null))).isFalse();
        assertThat(DialogueAccess.canSee(PROVIDER, material("COLD_FIGURES", 8L, null, null))).isFalse();
        assertThat(DialogueAccess.canSee(PROVIDER, material("STORY", 7L, UUID.randomUUID(), false))).isTrue();
        assertThat(DialogueAccess.canSee(PROVIDER, material("STORY", 8L, UUID.randomUUID(), true))).isFalse();
        assertThat(DialogueAccess.canSee(PROVIDER, material("STORY", null, UUID.randomUUID(), true))).isFalse();
    }

    @Test
    void theGriffieReadsAStoryOnlyWithConsentToQuote() {
        assertThat(DialogueAccess.canSee(GRIFFIE, material("STORY", 7L, UUID.randomUUID(), true))).isTrue();
        assertThat(DialogueAccess.canSee(GRIFFIE, material("STORY", 7L, UUID.randomUUID(), false))).isFalse();
        assertThat(DialogueAccess.canSee(GRIFFIE, material("COLD_FIGURES", 8L, null, null))).isTrue();
        assertThat(DialogueAccess.canSee(OFFICER, material("STORY", 8L, UUID.randomUUID(), false))).isTrue();
        assertThat(DialogueAccess.canSee(ADMIN, material("TRIAD_CHART", null, null, null))).isFalse();
    }

    @Test
    void materialBelongsInADialogueOnlyWithinItsProviders() {
        Dialogue limited = new Dialogue(1, 1, "d", null, null, List.of(7L), List.of(), null, "bea", Instant.now());
        assertThat(limited.covers(7L)).isTrue();
        assertThat(limited.covers(8L)).isFalse();
        assertThat(limited.covers(null)).isTrue();
        Dialogue open = new Dialogue(2, 1, "d", null, null, List.of(), List.of(), null, "bea", Instant.now());
        assertThat(open.covers(8L)).isTrue();
    }

    private static PinnedMaterial material(String kind, Long provider, UUID story, Boolean quote) {
        return new PinnedMaterial(1, 1, kind, "t", provider, story, quote, null, false, "/", null);
    }
}
