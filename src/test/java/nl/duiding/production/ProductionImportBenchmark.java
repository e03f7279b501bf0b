package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Not part of {@code ./mvnw verify} (the name does not match surefire's test patterns). Run it with
 * {@code ./mvnw -B -Pbenchmark test -Dtest=ProductionImportBenchmark} (heap capped at 512 MB by the profile):
 * generates 1,000,000 CSV lines, imports them through the real importer, then COPYs the same file into a
 * scratch table, and prints lines/s for both, their ratio, wall time, peak heap, the load average and whether the
 * goals of issue 16 are met (docs/adr/0024-import-speed-copy-staging.md, docs/adr/0030-import-near-copy-speed.md).
 * Override the size with {@code -Dbenchmark.lines=...}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ProductionTestSupport.SECRET)
class ProductionImportBenchmark {

    @Autowired
    Imports imports;
    @Autowired
    DataSource dataSource;

    @Test
    void importAMillionLines() throws Exception {
        int lines = Integer.getInteger("benchmark.lines", 1_000_000);
        Path file = Files.createTempFile("duiding-benchmark-", ".csv");
        try {
            long generateStart = System.nanoTime();
            generate(file, lines);
            double generateSeconds = seconds(generateStart);

            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long importStart = System.nanoTime();
            ImportSummary summary = imports.importFile(file, "benchmark.csv", ImportFormat.AUTO, "benchmark", p -> { });
            double importSeconds = seconds(importStart);
            long peakHeap = peakHeap();
            assertThat(summary.accepted()).isEqualTo(lines);

            long copyStart = System.nanoTime();
            long copied = plainCopy(file);
            double copySeconds = seconds(copyStart);
            assertThat(copied).isEqualTo(lines);
            double storedCopySeconds = copyOfTheStoredRows(summary.id(), lines);

            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            report(lines, Files.size(file), generateSeconds, importSeconds, copySeconds, peakHeap, summary);
            System.out.printf(Locale.ROOT, "COPY of the stored rows into a table like declared_line (its keys and indexes): "
                    + "%.2f s; import / that COPY %.2f x%n", storedCopySeconds, importSeconds / storedCopySeconds);
            System.out.printf(Locale.ROOT, "load average (1 min) %.2f before, %.2f after; goals (issue 16): import <= 20 s %s, "
                    + "import <= 4 x COPY %s%n%n", loadBefore, loadAfter, importSeconds <= 20 ? "met" : "NOT met",
                    importSeconds <= 4 * copySeconds ? "met" : "NOT met");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Dutch Excel dialect: semicolons, decimal commas; 50,000 clients over 40 providers and 12 months. */
    private static void generate(Path file, int lines) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("wet;declaratienummer;declaratie_begin;declaratie_eind;agb_code;gemeentecode;referentienummer;bsn;"
                    + "productcategorie;productcode;product_begin;product_eind;volume;eenheid;tarief;bedrag;debet_credit;wijk\r\n");
            String[] bsns = new String[50_000];
            for (int i = 0, n = 10_000_000; i < bsns.length; n++) {
                String bsn = withCheckDigit(n);
                if (bsn != null) {
                    bsns[i++] = bsn;
                }
            }
            for (int i = 0; i < lines; i++) {
                int month = 1 + i % 12;
                String m = String.format("%02d", month);
                String end = month == 2 ? "28" : (month == 4 || month == 6 || month == 9 || month == 11) ? "30" : "31";
                int provider = i % 40;
                int volume = 1 + i % 9;
                out.write("JW;B2025" + m + ";2025-" + m + "-01;2025-" + m + "-" + end + ";880000" + String.format("%02d", provider)
                        + ";0505;R" + i + ";" + bsns[i % bsns.length] + ";45;45A03;2025-" + m + "-01;2025-" + m + "-" + end + ";"
                        + volume + ";04;87,50;" + (875 * volume / 10) + "," + (volume % 2 == 0 ? "00" : "50")
                        + ";D;WK0505" + String.format("%02d", 1 + i % 9) + "\r\n");
            }
        }
    }

    private long plainCopy(Path file) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
             Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            s.execute("create temp table benchmark_scratch (wet text, declaratienummer text, declaratie_begin text, "
                    + "declaratie_eind text, agb_code text, gemeentecode text, referentienummer text, bsn text, "
                    + "productcategorie text, productcode text, product_begin text, product_eind text, volume text, "
                    + "eenheid text, tarief text, bedrag text, debet_credit text, wijk text)");
            long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy benchmark_scratch from stdin with (format csv, header true, delimiter ';')", reader);
            s.execute("drop table benchmark_scratch");
            return rows;
        }
    }

    /**
     * A second reference, printed beside the first: the database's own cost of storing exactly the rows the import
     * stored (pseudonyms, cents, dates) in a logged table with declared_line's keys and indexes, by COPY with autocommit.
     * The goal is measured against the first (text into an unindexed temporary table), as issue 16 states it.
     */
    private double copyOfTheStoredRows(long importId, int lines) throws Exception {
        Path rows = Files.createTempFile("duiding-benchmark-rows-", ".copy");
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (java.io.Writer out = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
                copy.copyOut("copy (select * from declared_line where import_id = " + importId + ") to stdout", out);
            }
            s.execute("create table benchmark_declared_copy (like declared_line including all)");
            try (Reader in = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
                long start = System.nanoTime();
                long copied = copy.copyIn("copy benchmark_declared_copy from stdin", in);
                double took = seconds(start);
                assertThat(copied).isEqualTo(lines);
                return took;
            } finally {
                s.execute("drop table benchmark_declared_copy");
            }
        } finally {
            Files.deleteIfExists(rows);
        }
    }

    private static void report(int lines, long bytes, double generate, double importSeconds, double copy, long peakHeap,
                               ImportSummary summary) {
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, """

                ==== Duiding production import benchmark ====
                lines                 %,d (%,.1f MB CSV), accepted %,d, rejected %,d
                generate file         %.2f s
                import (real importer) %.2f s  -> %,.0f lines/s
                plain COPY same rows  %.2f s  -> %,.0f lines/s
                import / COPY         %.2f x slower
                wall time total       %.2f s
                peak heap (import)    %,.0f MB of max %,.0f MB
                processors            %d
                =============================================
                %n""", lines, bytes / 1e6, summary.accepted(), summary.rejected(), generate, importSeconds,
                lines / importSeconds, copy, lines / copy, importSeconds / copy, generate + importSeconds + copy,
                peakHeap / 1e6, maxHeap / 1e6, Runtime.getRuntime().availableProcessors());
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String withCheckDigit(int firstEight) {
        String digits = Integer.toString(firstEight);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        return sum % 11 == 10 ? null : digits + (sum % 11);
    }
}
