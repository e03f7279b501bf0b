package nl.duiding.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of file was uploaded, from its first bytes, before anything tries to read it as declarations: an empty
 * file, a ZIP or Excel workbook, another binary file, UTF-16 text, or an iStandaarden message of another release
 * is refused with a Dutch reason that says what to do; a CSV or an iJw/iWmo message of release 3.2 (301, 323, 325)
 * goes on.
 */
final class FileKinds {

    static final String RELEASE = "3.2";
    private static final int HEAD = 4096;
    private static final Pattern NAMESPACE = Pattern.compile("istandaarden\\.nl/i(?:jw|wmo)/(\\d+)_(\\d+)/");

    private final Reasons reasons;

    FileKinds(Reasons reasons) {
        this.reasons = reasons;
    }

    /** The format the file has; throws {@link ImportFailedException} when it cannot be a declaration file. */
    ImportFormat recognise(Path file, String name, ImportFormat chosen) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw refused("empty", name);
        }
        refuseBinary(head, name);
        String text = new String(head, StandardCharsets.ISO_8859_1).replaceFirst("^\u00ef\u00bb\u00bf", "").strip();
        if (!text.startsWith("<")) {
            if (chosen.message()) {
                throw refused("notXml", name, chosen.name());
            }
            return ImportFormat.CSV;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher release = NAMESPACE.matcher(lower);
        if (release.find() && !(release.group(1) + "." + release.group(2)).equals(RELEASE)) {
            throw refused("release", release.group(1) + "." + release.group(2), RELEASE);
        }
        ImportFormat found = message(lower);
        if (chosen == ImportFormat.CSV) {
            throw refused("xmlNotCsv", name);
        }
        if (chosen != ImportFormat.AUTO && found != null && found != chosen) {
            throw refused("otherMessage", name, chosen.name(), found.name());
        }
        if (chosen != ImportFormat.AUTO) {
            return chosen;
        }
        if (found == null) {
            throw refused("xmlUnknown");
        }
        return found;
    }

    /** The message a text names: by its namespace (".../jw301/schema"), else by the first message name in it. */
    private static ImportFormat message(String lower) {
        for (ImportFormat format : ImportFormat.values()) {
            if (format.message() && lower.contains("/" + format.namespaceName() + "/schema")) {
                return format;
            }
        }
        for (ImportFormat format : ImportFormat.values()) {
            if (format.message() && lower.contains(format.namespaceName())) {
                return format;
            }
        }
        return null;
    }

    private void refuseBinary(byte[] head, String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            boolean workbook = lowerName.endsWith(".xlsx") || lowerName.endsWith(".ods")
                    || new String(head, StandardCharsets.ISO_8859_1).contains("[Content_Types].xml");
            throw refused(workbook ? "workbook" : "zip", name);
        }
        if (startsWith(head, 0x1f, 0x8b) || startsWith(head, '7', 'z', 0xbc, 0xaf) || startsWith(head, 'R', 'a', 'r', '!')) {
            throw refused("zip", name);
        }
        if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0) || lowerName.endsWith(".xls")) {
            throw refused("workbook", name);
        }
        if (startsWith(head, 0xff, 0xfe) || startsWith(head, 0xfe, 0xff) || alternateZeros(head)) {
            throw refused("utf16", name);
        }
        if (controlCharacters(head)) {
            throw refused("binary", name);
        }
    }

    /** UTF-16 without a byte order mark: ASCII text then has a zero byte beside every letter. */
    private static boolean alternateZeros(byte[] head) {
        int pairs = Math.min(head.length / 2, 256);
        int zeros = 0;
        for (int i = 0; i < pairs; i++) {
            if (head[2 * i] == 0 ^ head[2 * i + 1] == 0) {
                zeros++;
            }
        }
        return pairs >= 4 && zeros * 10 >= pairs * 8;
    }

    /** Text has tabs and line ends, not NUL or other control bytes; a few stray ones are tolerated. */
    private static boolean controlCharacters(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > 0 && (control * 100 >= head.length || containsZero(head));
    }

    private static boolean containsZero(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private ImportFailedException refused(String key, Object... args) {
        return new ImportFailedException(List.of(reasons.text(key, args)));
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
