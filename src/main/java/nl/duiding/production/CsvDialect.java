package nl.duiding.production;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * How a CSV file is written, guessed from its first bytes: UTF-8 with or without BOM or Windows-1252 (what Dutch
 * Excel saves), comma or semicolon (or tab) between fields, decimal comma or point.
 */
record CsvDialect(Charset charset, int bomLength, char delimiter, boolean decimalComma) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(^|[;\\t\"])\\s*-?[0-9.]*[0-9],[0-9]{1,2}\\s*($|[;\\t\"])");

    static CsvDialect detect(byte[] head, int length) {
        boolean bom = length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
        int offset = bom ? 3 : 0;
        Charset charset = bom || isUtf8(head, offset, length) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(head, offset, length - offset, charset);
        String[] lines = text.split("\r?\n", -1);
        char delimiter = delimiter(lines[0]);
        return new CsvDialect(charset, offset, delimiter, delimiter != ',' && hasDecimalComma(lines));
    }

    /** Strict UTF-8 over the sample; a character cut off at the end of the sample does not count against it. */
    private static boolean isUtf8(byte[] head, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head, offset, length - offset), out, false);
        return !result.isError();
    }

    private static char delimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static boolean hasDecimalComma(String[] lines) {
        for (int i = 1; i < lines.length - 1; i++) {
            for (String field : lines[i].split("[;\\t]")) {
                if (DECIMAL_COMMA.matcher(field).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
