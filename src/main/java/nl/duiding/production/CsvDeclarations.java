package nl.duiding.production;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Declared lines from a CSV file in the layout of docs/production-csv.md, in whatever dialect it was saved. */
final class CsvDeclarations implements DeclarationReader {

    static final List<String> REQUIRED = List.of("wet", "declaratienummer", "declaratie_begin", "declaratie_eind",
            "agb_code", "gemeentecode", "referentienummer", "bsn", "productcategorie", "product_begin",
            "product_eind", "volume", "eenheid", "tarief", "bedrag");
    static final Set<String> OPTIONAL = Set.of("productcode", "debet_credit", "wijk");
    /** The fields of a line in the order of {@link RawLine}: their column numbers are looked up once per file. */
    private static final List<String> FIELDS = List.of("wet", "declaratienummer", "declaratie_begin", "declaratie_eind",
            "agb_code", "gemeentecode", "referentienummer", "bsn", "productcategorie", "productcode", "product_begin",
            "product_eind", "volume", "eenheid", "tarief", "bedrag", "debet_credit", "wijk");
    private static final int SAMPLE = 64 * 1024;
    private static final Pattern PARSER_LINE = Pattern.compile("(?:startline |line: ?)([0-9][0-9.,]*)");

    private final Reasons reasons;
    private CsvDialect dialect;

    CsvDeclarations(Reasons reasons) {
        this.reasons = reasons;
    }

    @Override
    public void read(InputStream raw, Consumer<RawLine> sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE);
        in.mark(SAMPLE);
        byte[] head = in.readNBytes(SAMPLE);
        in.reset();
        dialect = CsvDialect.detect(head, head.length);
        in.skipNBytes(dialect.bomLength());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter()).setHeader()
                .setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = parse(format, in)) {
            int[] columns = positions(columns(parser.getHeaderMap()));
            Iterator<CSVRecord> records = parser.iterator();
            for (CSVRecord record = next(records); record != null; record = next(records)) {
                sink.accept(line(record, columns));
            }
        }
    }

    private CSVParser parse(CSVFormat format, InputStream in) throws IOException {
        try {
            return format.parse(new InputStreamReader(in, dialect.charset()));
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header with the same column twice or an empty column name
            throw new ImportFailedException(List.of(reasons.text("csvHeader")));
        }
    }

    /** Only the parser's own failures mean a broken file; failures of the sink (the database) pass through. */
    private CSVRecord next(Iterator<CSVRecord> records) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportFailedException(List.of(broken(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * The parser's message names the physical line ("(startline 4)", "at line: 4") and is English with a class name;
     * the user gets the line and what to look for, in Dutch.
     */
    private String broken(String message) {
        Matcher line = PARSER_LINE.matcher(message);
        String number = line.find() ? line.group(1).replaceAll("[.,]", "") : "?";
        if (message.contains("EOF reached before encapsulated token finished")) {
            return reasons.text("csvQuoteOpen", number);
        }
        if (message.contains("encapsulated token")) {
            return reasons.text("csvQuote", number);
        }
        return reasons.text("csvBroken", number);
    }

    @Override
    public boolean decimalComma() {
        return dialect != null && dialect.decimalComma();
    }

    private Map<String, Integer> columns(Map<String, Integer> header) {
        Map<String, Integer> columns = new TreeMap<>();
        header.forEach((name, index) -> columns.put(name.strip().toLowerCase(Locale.ROOT), index));
        List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (missing.size() == REQUIRED.size()) {
            throw new ImportFailedException(List.of(reasons.text("csvNoHeader", String.join(";", REQUIRED))));
        }
        if (!missing.isEmpty()) {
            throw new ImportFailedException(List.of(reasons.text("csvColumns", String.join(", ", missing))));
        }
        return columns;
    }

    private static int[] positions(Map<String, Integer> columns) {
        return FIELDS.stream().mapToInt(name -> columns.getOrDefault(name, -1)).toArray();
    }

    private static RawLine line(CSVRecord r, int[] c) {
        int lineNumber = (int) r.getRecordNumber() + 1;
        return new RawLine(lineNumber, "regel " + lineNumber, get(r, c[0]), get(r, c[1]), get(r, c[2]), get(r, c[3]),
                get(r, c[4]), get(r, c[5]), get(r, c[6]), get(r, c[7]), get(r, c[8]), get(r, c[9]), get(r, c[10]),
                get(r, c[11]), get(r, c[12]), get(r, c[13]), get(r, c[14]), get(r, c[15]), get(r, c[16]), get(r, c[17]),
                true);
    }

    private static String get(CSVRecord record, int index) {
        return index < 0 || index >= record.size() ? null : record.get(index);
    }
}
