package nl.duiding.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A municipality's list of names as a UTF-8 file, one name per line, '#' starting a comment: lower case, runs of
 * spaces made one, each name once. Read at start; a file that cannot be read stops the start, naming the setting.
 */
final class ListFile {

    private ListFile() {
    }

    static List<String> read(String path, String setting) {
        try {
            return parse(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(setting + " cannot be read: " + path, e);
        }
    }

    static List<String> resource(String resource) {
        try (InputStream in = ListFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> parse(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).distinct().toList();
    }
}
