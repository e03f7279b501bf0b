package nl.duiding.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The municipality's own face on every page (ADR 0026): its name and logo in the header, and the NL Design System
 * theme (a stylesheet of design tokens and the class that scopes it). The defaults are the fictional
 * "Voorbeeldgemeente" with NL Design System's example theme. Paths are served by Duiding itself (the content
 * security policy allows no other origin), so a municipality's own logo and theme go in a static folder of its own
 * (README, Configuration). Validated at start: a blank name or a logo that is no local path stops the start.
 */
@Validated
@ConfigurationProperties("duiding.municipality")
public record HouseStyle(
        @DefaultValue("Voorbeeldgemeente") @NotBlank String name,
        @DefaultValue("/img/voorbeeldgemeente-logo.svg") @Pattern(regexp = "/[^/].*") String logo,
        @DefaultValue("voorbeeld-theme") @Pattern(regexp = "[a-z][a-z0-9-]*") String themeClass,
        @DefaultValue("/css/nl-design-system/voorbeeld-theme.css") @Pattern(regexp = "/[^/].*") String themeStylesheet) {
}
