package nl.duiding.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV downloads as Dutch Excel opens them without asking: UTF-8 with a byte order mark, semicolons, decimal
 * commas. Every aggregate export of the dashboards goes through here, so they all look alike. Every cell passes
 * {@link #safe}, so a provider named {@code =HYPERLINK(...)} arrives as text, not as a live formula (OWASP CSV
 * injection).
 */
public final class CsvDownload {

    public static final String BOM = "\uFEFF";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private CsvDownload() {
    }

    public static ResponseEntity<byte[]> attachment(String fileName, List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';')
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                csv.printRecord(safe(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Text from an uploaded file, made inert for a spreadsheet (see {@link #safe(Object)}); null becomes empty. */
    public static String text(String value) {
        return value == null ? "" : safe(value).toString();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+([.,]\\d+)?");

    /** The row with every text cell made {@link #safe(Object) safe}. */
    public static List<Object> safe(List<?> row) {
        return row.stream().map(CsvDownload::safe).toList();
    }

    /**
     * A text that a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage return) gets a
     * leading apostrophe; numbers, also negative ones written as text, stay as they are.
     */
    public static Object safe(Object cell) {
        if (!(cell instanceof CharSequence text) || text.isEmpty()) {
            return cell;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(text).matches() ? "'" + text : cell;
    }

    /** A figure with three decimals and a decimal comma; empty when there is none (NaN). */
    public static String decimal(double value) {
        return Double.isNaN(value) ? "" : String.format(DUTCH, "%.3f", value);
    }
}
