package nl.duiding.opgave;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record ProviderForm(@NotBlank @Size(max = 200) String name,
                    @NotBlank @Pattern(regexp = "[0-9]{8}", message = "{provider.agb.invalid}") String agbCode) {

    static ProviderForm empty() {
        return new ProviderForm("", "");
    }
}
