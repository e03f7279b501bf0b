package nl.duiding.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** ADR 0026: the municipality's name, logo and theme come from configuration, with the example theme as default. */
class HouseStyleTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static HouseStyle bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("duiding.municipality", HouseStyle.class);
    }

    @Test
    void withoutSettingsTheFictionalExampleMunicipalityWithTheExampleTheme() {
        HouseStyle style = bind(Map.of("duiding.municipality.codes", "0505"));
        assertThat(style).isEqualTo(new HouseStyle("Voorbeeldgemeente", "/img/voorbeeldgemeente-logo.svg",
                "voorbeeld-theme", "/css/nl-design-system/voorbeeld-theme.css"));
        assertThat(validator.validate(style)).isEmpty();
    }

    @Test
    void aMunicipalitySetsItsOwnNameLogoAndTheme() {
        HouseStyle style = bind(Map.of("duiding.municipality.name", "Gemeente Dordrecht",
                "duiding.municipality.logo", "/img/dordrecht.svg",
                "duiding.municipality.theme-stylesheet", "/css/dordrecht-theme.css",
                "duiding.municipality.theme-class", "dordrecht-theme"));
        assertThat(style).isEqualTo(new HouseStyle("Gemeente Dordrecht", "/img/dordrecht.svg", "dordrecht-theme",
                "/css/dordrecht-theme.css"));
        assertThat(validator.validate(style)).isEmpty();
    }

    @Test
    void aBlankNameAForeignLogoOrAClassThatIsNoClassNameIsRefused() {
        HouseStyle style = bind(Map.of("duiding.municipality.name", " ",
                "duiding.municipality.logo", "//elders.example/logo.svg",
                "duiding.municipality.theme-class", "x\" onload=\""));
        assertThat(validator.validate(style)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("name", "logo", "themeClass");
    }
}
