package nl.duiding.collection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record CollectionForm(@NotNull Long opgaveId, @NotNull Long frameworkId, @NotBlank @Size(max = 200) String name,
                      LocalDate opensOn, LocalDate closesOn, Long providerId, @Size(max = 10_000) String prompts) {

    static CollectionForm empty() {
        return new CollectionForm(null, null, "", LocalDate.now(nl.duiding.platform.Period.ZONE), null, null, "");
    }
}
