package nl.duiding.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams checked lines into PostgreSQL with COPY (text format) over the transaction's connection: the fastest
 * way in, with a fixed buffer however long the file is. Either into the staging table (every line, with its position,
 * location and reasons) or, for accepted lines, straight into {@code declared_line} with the import's id. Rows are
 * encoded into one byte buffer as they are written (UTF-8, COPY's escapes, numbers and dates digit by digit): a
 * million lines go through here, and a {@code Writer} with its encoder cost as much as checking them.
 */
final class CopyRows implements AutoCloseable {

    private static final String VALUES = "law, declaration_number, declaration_start, declaration_end, "
            + "provider_agb, municipality_code, reference_number, product_category, product_code, product_start, "
            + "product_end, volume, unit, tariff_cents, amount_cents, debit_credit, client_pseudonym, district_code";
    static final String COLUMNS = "position, location, " + VALUES + ", reasons";
    private static final int BUFFER = 1 << 16;
    /** Room for the longest value written without a check per character: a long, a date. */
    private static final int ROOM = 32;

    private final PGCopyOutputStream stream;
    /** The import's id for declared_line; null for the staging table. */
    private final String importId;
    private final byte[] buffer = new byte[BUFFER];
    private int used;
    private long rows;

    private CopyRows(Connection connection, String sql, String importId) {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            this.stream = new PGCopyOutputStream(pg, sql, BUFFER);
            this.importId = importId;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY (" + sql + ") could not start", e);
        }
    }

    /** Every line, accepted or not, into the staging table. */
    static CopyRows staging(Connection connection) {
        return new CopyRows(connection, "copy " + StagingTable.NAME + " (" + COLUMNS + ") from stdin", null);
    }

    /** Accepted lines only, straight into declared_line as lines of this import. */
    static CopyRows declaredLines(Connection connection, long importId) {
        return new CopyRows(connection, "copy declared_line (import_id, " + VALUES + ") from stdin", Long.toString(importId));
    }

    void write(StagedLine l) {
        if (importId == null) {
            number(l.position());
            tab();
            text(l.location());
        } else {
            text(importId);
        }
        tab();
        text(l.law());
        tab();
        text(l.declarationNumber());
        tab();
        date(l.declarationStart());
        tab();
        date(l.declarationEnd());
        tab();
        text(l.providerAgb());
        tab();
        text(l.municipality());
        tab();
        text(l.referenceNumber());
        tab();
        text(l.category());
        tab();
        text(l.productCode());
        tab();
        date(l.productStart());
        tab();
        date(l.productEnd());
        tab();
        number(l.volume());
        tab();
        text(l.unit());
        tab();
        number(l.tariffCents());
        tab();
        number(l.amountCents());
        tab();
        text(l.debitCredit());
        tab();
        text(l.pseudonym());
        tab();
        text(l.district());
        if (importId == null) {
            tab();
            text(l.reasons());
        }
        room(1);
        buffer[used++] = '\n';
        rows++;
    }

    long rows() {
        return rows;
    }

    private void tab() {
        room(1);
        buffer[used++] = '\t';
    }

    private void nul() {
        room(2);
        buffer[used++] = '\\';
        buffer[used++] = 'N';
    }

    private void number(Long value) {
        if (value == null) {
            nul();
        } else {
            number(value.longValue());
        }
    }

    private void number(long value) {
        room(ROOM);
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        if (value < 0) {
            buffer[used++] = '-';
            value = -value;
        }
        int end = used + digitCount(value);
        for (int i = end - 1; i >= used; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used = end;
    }

    private static int digitCount(long value) {
        int digits = 1;
        while (value >= 10) {
            value /= 10;
            digits++;
        }
        return digits;
    }

    /** ISO 8601, as PostgreSQL reads a date whatever its DateStyle; a year outside 0..9999 the way LocalDate writes it. */
    private void date(LocalDate date) {
        if (date == null) {
            nul();
            return;
        }
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            ascii(date.toString());
            return;
        }
        room(ROOM);
        fixed(year, 4);
        buffer[used++] = '-';
        fixed(date.getMonthValue(), 2);
        buffer[used++] = '-';
        fixed(date.getDayOfMonth(), 2);
    }

    private void fixed(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buffer[used + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used += width;
    }

    private void ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buffer[used++] = (byte) s.charAt(i);
        }
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped; the rest is UTF-8. */
    private void text(String s) {
        if (s == null) {
            nul();
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // the rest encoded whole; no byte of a multi-byte UTF-8 sequence is below 0x80, so none is an escape
                byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
                for (byte b : rest) {
                    escaped(b);
                }
                return;
            }
            escaped((byte) c);
        }
    }

    private void escaped(byte b) {
        room(2);
        switch (b) {
            case '\\' -> escape('\\');
            case '\t' -> escape('t');
            case '\n' -> escape('n');
            case '\r' -> escape('r');
            default -> buffer[used++] = b;
        }
    }

    private void escape(char c) {
        buffer[used++] = '\\';
        buffer[used++] = (byte) c;
    }

    /** Makes room for this many bytes, sending what the buffer holds when it has too little. */
    private void room(int bytes) {
        if (used + bytes > buffer.length) {
            flush();
        }
    }

    private void flush() {
        try {
            stream.write(buffer, 0, used);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        used = 0;
    }

    /** Ends the COPY without its rows, after a failure; whatever goes wrong here is added to that failure. */
    void cancel(Throwable failure) {
        try {
            if (stream.isActive()) {
                stream.cancelCopy();
            }
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        flush();
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
