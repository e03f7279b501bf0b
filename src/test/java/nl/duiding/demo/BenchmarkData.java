package nl.duiding.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.opgave.Law;
import nl.duiding.story.Answer;
import nl.duiding.story.SubmitStory;

/**
 * Bulk data for the index benchmark: the demo's generator (its providers, corners, themes and trends, spread over
 * two years) written straight into PostgreSQL with COPY, on top of the demo's opgaven, providers, districts and
 * collections; plus two years of declarations by the same providers for pseudonymised clients, so warm and cold
 * can be joined. Foreign-key triggers are switched off for the load session only (the rows are consistent by
 * construction); indexes stay on. Not a test itself: {@code nl.duiding.analysis.StoryIndexBenchmark} calls it.
 */
public final class BenchmarkData {

    private static final int CHUNK = 1 << 20;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public BenchmarkData(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Generates {@code count} stories with their answers and providers; returns the seconds it took. */
    public double generateStories(int count, long seed) throws SQLException {
        long started = System.nanoTime();
        List<StoryGenerator.Target> targets = targets();
        StoryGenerator generator = new StoryGenerator(SentencePools.load(), seed, Instant.now(), 24);
        SplittableRandom ids = new SplittableRandom(seed ^ 0x5DEECE66DL);
        try (Copy stories = new Copy("copy story (id, collection_id, opgave_id, framework_id, provider_id, district_code, "
                + "teller_role, title, body, language, consent_analysis, consent_quote, consent_share, submitted_at, "
                + "receipt_hash, idempotency_key) from stdin");
             Copy answers = new Copy("copy story_answer (story_id, question_code, kind, option_code, a, b, c) from stdin");
             Copy providers = new Copy("copy story_provider (story_id, provider_id) from stdin")) {
            for (int i = 0; i < count; i++) {
                SubmitStory s = generator.next(targets.get(weightedTarget(i)));
                String id = new java.util.UUID(ids.nextLong(), ids.nextLong()).toString();
                stories.row(id, s.collectionId(), s.opgaveId(), s.frameworkId(), s.providerId(), s.districtCode(),
                        s.role().name(), s.title(), s.body(), "nl", s.consentAnalysis(), s.consentQuote(), s.consentShare(),
                        s.submittedAt(), HexFormat.of().toHexDigits(ids.nextLong()) + HexFormat.of().toHexDigits(ids.nextLong())
                                + HexFormat.of().toHexDigits(ids.nextLong()) + HexFormat.of().toHexDigits(ids.nextLong()),
                        s.idempotencyKey());
                if (s.providerId() != null) {
                    providers.row(id, s.providerId());
                }
                for (Answer answer : s.answers()) {
                    switch (answer) {
                        case Answer.Triad t -> answers.row(id, t.questionCode(), "TRIAD", "", t.a(), t.b(), t.c());
                        case Answer.Dyad d -> answers.row(id, d.questionCode(), "DYAD", "", d.value(), null, null);
                        case Answer.Choice c -> {
                            if (c.options().isEmpty()) {
                                answers.row(id, c.questionCode(), "MULTIPLE_CHOICE", "", null, null, null);
                            }
                            for (String option : c.options()) {
                                answers.row(id, c.questionCode(), "MULTIPLE_CHOICE", option, null, null, null);
                            }
                        }
                        default -> throw new IllegalStateException("the generator gives no " + answer);
                    }
                }
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * Two years of monthly declarations, ending last month: {@code clients} pseudonymised clients, each with the
     * caseload of the demo's generator (one or two providers) and a district; a client is in care in about 70%
     * of the months. Returns the number of lines.
     */
    public long generateDeclarations(int clients, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> districts = jdbc.queryForList("select code from district where municipality_code = ? order by code",
                String.class, DemoData.MUNICIPALITY);
        Long importId = jdbc.queryForObject("""
                insert into production_import (source_name, format, content_sha256, status, imported_by, imported_at,
                    accepted_count, rejected_count, amount_cents)
                values ('benchmark', 'CSV', ?, 'IMPORTED', 'benchmark', now(), 0, 0, 0) returning id""", Long.class,
                HexFormat.of().toHexDigits(random.nextLong()).repeat(4));
        String[][] caseloads = {{"99000101"}, {"99000102"}, {"99000103"}, {"99000104"}, {"99000105"}, {"99000106"},
                {"99000104", "99000101"}, {"99000104", "99000102"}, {"99000105", "99000106"}};
        Map<String, List<DeclarationGenerator.Product>> products = new HashMap<>();
        DeclarationGenerator.PRODUCTS.forEach(p -> products.computeIfAbsent(p.agb(), k -> new ArrayList<>()).add(p));
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        long lines = 0;
        try (Copy copy = new Copy("copy declared_line (import_id, law, declaration_number, declaration_start, "
                + "declaration_end, provider_agb, municipality_code, reference_number, product_category, product_code, "
                + "product_start, product_end, volume, unit, tariff_cents, amount_cents, debit_credit, client_pseudonym, "
                + "district_code) from stdin")) {
            for (int c = 0; c < clients; c++) {
                String pseudonym = HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong())
                        + HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
                String district = random.nextDouble() < 0.05 ? null : districts.get(random.nextInt(districts.size()));
                String[] caseload = caseloads[random.nextInt(caseloads.length)];
                for (String agb : caseload) {
                    DeclarationGenerator.Product product = products.get(agb).get(random.nextInt(products.get(agb).size()));
                    for (int m = 23; m >= 0; m--) {
                        if (random.nextDouble() >= 0.7) {
                            continue;
                        }
                        YearMonth month = last.minusMonths(m);
                        int volume = product.minVolume() + random.nextInt(product.maxVolume() - product.minVolume() + 1);
                        copy.row(importId, product.law().equals("JW") ? Law.JEUGDWET.name() : Law.WMO.name(),
                                "B" + month.toString().replace("-", "") + agb.substring(6), month.atDay(1),
                                month.atEndOfMonth(), agb, DemoData.MUNICIPALITY, "R" + (++lines), product.category(),
                                product.code(), month.atDay(1), month.atEndOfMonth(), volume, product.unit(),
                                product.tariffCents(), product.tariffCents() * volume, "D", pseudonym, district);
                    }
                }
            }
        }
        jdbc.update("update production_import set accepted_count = ?, amount_cents = (select sum(amount_cents) "
                + "from declared_line where import_id = ?) where id = ?", lines, importId, importId);
        return lines;
    }

    /** One target per demo opgave: its first collection, with the demo providers of its law and every district. */
    private List<StoryGenerator.Target> targets() {
        List<String> districts = jdbc.queryForList("select code from district where municipality_code = ? order by code",
                String.class, DemoData.MUNICIPALITY);
        Map<String, Long> providerIds = new HashMap<>();
        jdbc.query("select id, agb_code from provider", rs -> {
            providerIds.put(rs.getString(2), rs.getLong(1));
        });
        List<StoryGenerator.Target> targets = new ArrayList<>();
        jdbc.query("""
                select distinct on (o.id) c.id, o.id, c.framework_id, o.law from opgave o join collection c on c.opgave_id = o.id
                order by o.id, c.id""", rs -> {
            Law law = Law.valueOf(rs.getString(4));
            targets.add(new StoryGenerator.Target(rs.getLong(1), rs.getLong(2), rs.getLong(3), law,
                    DemoProvider.ALL.stream().filter(p -> p.laws().contains(law))
                            .map(p -> new StoryGenerator.ProviderChoice(providerIds.get(p.agbCode()), p.leaningCorner()))
                            .toList(), districts));
        });
        targets.sort(java.util.Comparator.comparing(t -> t.law().ordinal()));
        if (targets.size() != 3) {
            throw new IllegalStateException("expected the demo's three opgaven, found " + targets.size());
        }
        return targets;
    }

    /** The demo's shares: youth care half of the stories, the Wmo a third, the Wlz the rest. */
    private static int weightedTarget(int i) {
        int slot = i % 6;
        return slot < 3 ? 0 : slot < 5 ? 1 : 2;
    }

    /** A COPY … FROM STDIN on a connection of its own, fed in 1 MB chunks of text-format rows. */
    private final class Copy implements AutoCloseable {
        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

        Copy(String sql) throws SQLException {
            this.connection = dataSource.getConnection();
            try (Statement s = connection.createStatement()) {
                s.execute("set session_replication_role = replica");
                s.execute("set synchronous_commit = off");
            }
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                append(values[i]);
            }
            buffer.append('\n');
            if (buffer.length() >= CHUNK) {
                flush();
            }
        }

        private void append(Object value) {
            if (value == null) {
                buffer.append("\\N");
            } else if (value instanceof String s) {
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    switch (ch) {
                        case '\\' -> buffer.append("\\\\");
                        case '\t' -> buffer.append("\\t");
                        case '\n' -> buffer.append("\\n");
                        case '\r' -> buffer.append("\\r");
                        default -> buffer.append(ch);
                    }
                }
            } else {
                buffer.append(value);
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
                copy.endCopy();
                try (Statement s = connection.createStatement()) {
                    s.execute("reset session_replication_role");
                }
            } finally {
                connection.close();
            }
        }
    }
}
