package nl.duiding.production;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which municipality this installation is for: {@code duiding.municipality.codes} (env
 * {@code DUIDING_MUNICIPALITY_CODES}), the 4-digit CBS codes whose declarations count, comma-separated (more than
 * one where municipalities share an installation). A line for any other code is refused, so the figures hold only
 * this municipality's care. Empty means every valid code counts (logged as a warning at start).
 */
@ConfigurationProperties("duiding.municipality")
record MunicipalityProperties(Set<String> codes) {

    MunicipalityProperties {
        codes = codes == null ? Set.of() : codes.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    static MunicipalityProperties any() {
        return new MunicipalityProperties(Set.of());
    }

    boolean ours(String code) {
        return codes.isEmpty() || codes.contains(code);
    }
}
