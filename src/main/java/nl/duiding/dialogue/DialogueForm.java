package nl.duiding.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The new-dialogue form as posted; bound as plain values and checked by {@link Dialogues#create}. */
record DialogueForm(Long opgave, String title, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd, List<Long> providers,
                    List<String> districts) {

    NewDialogue toNew() {
        return new NewDialogue(opgave == null ? -1 : opgave, title == null ? null : title.strip(), periodStart, periodEnd,
                providers == null ? List.of() : List.copyOf(providers), districts == null ? List.of() : List.copyOf(districts));
    }
}
