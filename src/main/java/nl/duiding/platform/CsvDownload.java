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
 * commas. Every aggregate export of the dashboards goes through here, so they all look alike.
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
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Text from an uploaded file, made inert for a spreadsheet: a value that starts like a formula gets a leading
     * apostrophe (OWASP CSV injection); null becomes empty.
     */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A figure with three decimals and a decimal comma; empty when there is none (NaN). */
    public static String decimal(double value) {
        return Double.isNaN(value) ? "" : String.format(DUTCH, "%.3f", value);
    }
}
