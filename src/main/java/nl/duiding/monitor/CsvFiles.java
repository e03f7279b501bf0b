package nl.duiding.monitor;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;

import nl.duiding.platform.CsvDownload;

/**
 * The monitor's CSV files, written by {@link CsvDownload} (UTF-8 with a byte order mark, semicolons, decimal
 * commas). Amounts stay whole eurocents, as in the production export.
 */
final class CsvFiles {

    static final String BOM = CsvDownload.BOM;

    private CsvFiles() {
    }

    static ResponseEntity<byte[]> attachment(String fileName, List<String> header, List<List<Object>> rows) {
        return CsvDownload.attachment(fileName, header, rows);
    }

    /** Rows keyed by a code and its name (a district, a provider); the empty key has no name. */
    static ResponseEntity<byte[]> keyed(String fileName, List<String> keyColumns, List<WarmColdRow> rows,
                                        List<Signifier> signifiers) {
        List<List<Object>> values = new ArrayList<>();
        for (WarmColdRow row : rows) {
            List<Object> line = new ArrayList<>(List.of(row.key(), row.key().isEmpty() ? "" : row.label()));
            line.addAll(rowValues(row, signifiers));
            values.add(line);
        }
        return attachment(fileName, rowHeader(keyColumns, signifiers), values);
    }

    /** A mean with three decimals and a decimal comma; empty when nobody answered. */
    static String decimal(double value) {
        return CsvDownload.decimal(value);
    }

    /** Column names of the signifier means: per triad one per corner, per dyad one. */
    static List<String> signifierHeader(List<Signifier> signifiers) {
        List<String> header = new ArrayList<>();
        for (Signifier s : signifiers) {
            if (s.triad()) {
                header.add(s.code() + "_a");
                header.add(s.code() + "_b");
                header.add(s.code() + "_c");
            } else {
                header.add(s.code());
            }
        }
        return header;
    }

    /** The stories, their means and the figures of one row, in the order of {@link #rowHeader}. */
    static List<Object> rowValues(WarmColdRow row, List<Signifier> signifiers) {
        List<Object> values = new ArrayList<>();
        values.add(row.stories());
        for (Signifier s : signifiers) {
            for (int corner = 0; corner < (s.triad() ? 3 : 1); corner++) {
                values.add(decimal(row.mean(s, corner)));
            }
        }
        values.add(row.amountCents());
        values.add(row.clients());
        values.add(row.amountPerClientCents());
        return values;
    }

    static List<String> rowHeader(List<String> keyColumns, List<Signifier> signifiers) {
        List<String> header = new ArrayList<>(keyColumns);
        header.add("verhalen");
        header.addAll(signifierHeader(signifiers));
        header.add("bedrag_eurocent");
        header.add("unieke_clienten");
        header.add("bedrag_per_client_eurocent");
        return header;
    }
}
