package nl.duiding.production;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams staged lines into PostgreSQL with COPY (text format) over the transaction's connection: the fastest
 * way in, with a fixed buffer however long the file is.
 */
final class CopyRows implements AutoCloseable {

    static final String COLUMNS = "position, location, law, declaration_number, declaration_start, declaration_end, "
            + "provider_agb, municipality_code, reference_number, product_category, product_code, product_start, "
            + "product_end, volume, unit, tariff_cents, amount_cents, debit_credit, client_pseudonym, district_code, reasons";

    private final Writer out;
    private long rows;

    CopyRows(Connection connection, String table) {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            PGCopyOutputStream stream = new PGCopyOutputStream(pg, "copy " + table + " (" + COLUMNS + ") from stdin", 1 << 16);
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " could not start", e);
        }
    }

    void write(StagedLine l) {
        try {
            out.write(Integer.toString(l.position()));
            field(l.location());
            field(l.law());
            field(l.declarationNumber());
            field(l.declarationStart());
            field(l.declarationEnd());
            field(l.providerAgb());
            field(l.municipality());
            field(l.referenceNumber());
            field(l.category());
            field(l.productCode());
            field(l.productStart());
            field(l.productEnd());
            field(l.volume());
            field(l.unit());
            field(l.tariffCents());
            field(l.amountCents());
            field(l.debitCredit());
            field(l.pseudonym());
            field(l.district());
            field(l.reasons());
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    private void field(Object value) throws IOException {
        out.write('\t');
        if (value == null) {
            out.write("\\N");
        } else if (value instanceof String s) {
            escaped(s);
        } else if (value instanceof LocalDate d) {
            out.write(d.toString());
        } else {
            out.write(value.toString());
        }
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
    private void escaped(String s) throws IOException {
        if (plain(s)) {
            out.write(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }

    /** Nearly every value needs no escape; it is written in one call instead of one per character. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
