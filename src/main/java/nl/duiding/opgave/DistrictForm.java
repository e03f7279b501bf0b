package nl.duiding.opgave;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record DistrictForm(@NotBlank @Pattern(regexp = "WK[0-9]{4}[0-9A-Z]{2}", message = "{district.code.invalid}") String code,
                    @NotBlank @Size(max = 200) String name) {

    static DistrictForm empty() {
        return new DistrictForm("", "");
    }

    String municipalityCode() {
        return code.substring(2, 6);
    }
}
