package nl.duiding.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.production.ImportFormat;
import nl.duiding.production.ImportSummary;
import nl.duiding.production.Imports;

/** The demo's generated year of declarations passes every import check and matches the demo's providers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "duiding.pseudonym.secret=test-only-pseudonym-secret-2026")
class DemoDeclarationsTest {

    @Autowired
    Imports imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGeneratedYearImportsWithoutRejectionsForTheDemoProviders() throws IOException {
        List<String> lines = new ArrayList<>();
        new DeclarationGenerator(7, List.of("WK050501", "WK050502")).write(YearMonth.of(2024, 12), "0505", lines::add);
        Path file = Files.createTempFile("demo-", ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);

        ImportSummary summary = imports.importFile(file, "demo.csv", ImportFormat.AUTO, "test", p -> { });

        assertThat(summary.rejected()).isZero();
        assertThat(summary.accepted()).isEqualTo(lines.size() - 1).isGreaterThan(5_000);
        List<String> providers = jdbc.queryForList("select distinct provider_agb from declared_line where import_id = ? "
                + "order by 1", String.class, summary.id());
        assertThat(providers).isEqualTo(DemoProvider.ALL.stream().filter(p -> !p.laws().equals(List.of(nl.duiding.opgave.Law.WLZ)))
                .map(DemoProvider::agbCode).sorted().toList());
        assertThat(jdbc.queryForObject("select count(distinct extract(month from product_start)) from declared_line "
                + "where import_id = ?", Integer.class, summary.id())).isEqualTo(12);
        Long shared = jdbc.queryForObject("select count(*) from (select client_pseudonym from declared_line where import_id = ? "
                + "group by 1 having count(distinct provider_agb) > 1) s", Long.class, summary.id());
        assertThat(shared).isGreaterThan(30);
        Files.deleteIfExists(file);
    }

    @Test
    void generatedBsnsPassTheElevenCheck() {
        assertThat(DeclarationGenerator.withCheckDigit(99_990_000)).hasSize(9).startsWith("99990000");
    }
}
