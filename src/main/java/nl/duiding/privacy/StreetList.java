package nl.duiding.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The street names of the municipality, lower case, one per line in a file: the shipped demo list for
 * Dordrecht, or the municipality's own export of the BAG's "openbare ruimte" names
 * ({@code duiding.privacy.street-list}).
 */
public record StreetList(List<String> names) {

    private static final String DEMO = "/privacy/straten-dordrecht.txt";
    private static final StreetList BUNDLED = bundledList();

    public StreetList {
        names = List.copyOf(names);
    }

    /** The demo municipality's list shipped with Duiding. */
    public static StreetList bundled() {
        return BUNDLED;
    }

    /** A file with one street name per line ('#' starts a comment); an empty path means the bundled list. */
    public static StreetList fromFile(String path) {
        if (path == null || path.isBlank()) {
            return bundled();
        }
        try {
            return parse(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("duiding.privacy.street-list cannot be read: " + path, e);
        }
    }

    private static StreetList bundledList() {
        try (var in = StreetList.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IllegalStateException(DEMO + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StreetList parse(String text) {
        return new StreetList(text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).distinct().toList());
    }
}
