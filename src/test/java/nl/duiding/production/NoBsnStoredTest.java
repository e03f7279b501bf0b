package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;
import nl.duiding.identity.Role;
import nl.duiding.identity.UserAccounts;
import nl.duiding.story.TellerRole;

/**
 * The BSN is never stored: after importing messages and CSV files with valid, invalid and misplaced BSNs, no
 * text column of any table, no term, stored field or doc value of the index, no log line and no export holds one
 * of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ProductionTestSupport.SECRET)
@ExtendWith(OutputCaptureExtension.class)
class NoBsnStoredTest {

    /** Valid test BSNs of the example messages and of this test, an invalid one, and one in the wrong field. */
    static final List<String> BSNS = List.of("999900006", "999900018", "111222333", "123456789", "999990019");

    @Autowired
    Imports imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TestFixtures fixtures;
    @LocalServerPort
    int port;
    @Value("${duiding.index.directory}")
    Path indexDirectory;

    @Test
    void noBsnInTheDatabaseTheIndexTheLogsOrAnExport(CapturedOutput output) throws IOException {
        imports.importFile(ProductionTestSupport.resource("/istandaarden/JW323.xml"), "JW323.xml", ImportFormat.AUTO, "t", p -> { });
        imports.importFile(ProductionTestSupport.resource("/istandaarden/WMO323.xml"), "WMO323.xml", ImportFormat.AUTO, "t", p -> { });
        // a toewijzing and a declaration answer carry the BSN too (and a 301 names, addresses and phone numbers)
        for (String[] message : new String[][] {{"JW301.xml", "42420001"}, {"JW325.xml", "65656055"}}) {
            String text = AllocationImportTest.example(message[0]).replace(message[1], ProductionTestSupport.uniqueAgb());
            imports.importFile(ProductionTestSupport.write(text.getBytes(StandardCharsets.UTF_8), ".xml"), message[0],
                    ImportFormat.AUTO, "t", p -> { });
        }
        String agb = ProductionTestSupport.uniqueAgb();
        String csv = "wet;declaratienummer;declaratie_begin;declaratie_eind;agb_code;gemeentecode;referentienummer;bsn;"
                + "productcategorie;productcode;product_begin;product_eind;volume;eenheid;tarief;bedrag\n"
                + "WMO;P1;2026-02-01;2026-02-28;" + agb + ";0505;1;111222333;02;;2026-02-01;2026-02-28;3;04;50,00;150,00\n"
                + "WMO;P1;2026-02-01;2026-02-28;" + agb + ";0505;2;123456789;02;;2026-02-01;2026-02-28;3;04;50,00;150,00\n"
                + "WMO;P1;2026-02-01;2026-02-28;" + agb + ";0505;3;111222333;02;;2026-02-01;2026-02-28;999990019;04;50,00;150,00\n";
        ImportSummary summary = imports.importFile(ProductionTestSupport.write(csv.getBytes(StandardCharsets.UTF_8), ".csv"),
                "bsn 123456789.csv", ImportFormat.CSV, "t", p -> { });
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(2);
        String brokenXml = new String(getClass().getResourceAsStream("/istandaarden/WMO323.xml").readAllBytes(),
                StandardCharsets.UTF_8).replace("<wmo323:Eenheid>04</wmo323:Eenheid>", "<wmo323:Eenheid>999900018</wmo323:Eenheid>");
        assertThatThrownBy(() -> imports.importFile(ProductionTestSupport.write(brokenXml.getBytes(StandardCharsets.UTF_8),
                ".xml"), "kapot.xml", ImportFormat.AUTO, "t", p -> { }))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.getMessage()).contains("*********"));
        // a teller who types two BSNs: the story is indexed (its marker word is a term), the numbers are not
        TestFixtures.World world = fixtures.world();
        fixtures.tell(world, world.providerId(), TellerRole.CLIENT, "Mijn nummer",
                "bsnwachter: mijn bsn is 999900006 en dat van mijn dochter 999900018", 0.2, 0.3, 0.5);
        await().atMost(Duration.ofSeconds(30)).until(() -> indexValues("bsnwachter").size() > 0);
        String export = exportCsv();
        assertThat(export).contains(agb);

        assertThat(textColumnsHolding()).as("database columns holding a BSN").isEmpty();
        assertThat(indexValuesHolding()).as("index terms, stored fields or doc values holding a BSN").isEmpty();
        assertThat(output.getAll()).as("the import was logged, with the BSN in its file name masked")
                .contains("Production import " + summary.id() + " of bsn *********.csv");
        assertThat(BSNS).allSatisfy(bsn -> {
            assertThat(output.getAll()).as("log output").doesNotContain(bsn);
            assertThat(export).as("export").doesNotContain(bsn);
        });
    }

    private List<String> textColumnsHolding() {
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from information_schema.columns "
                + "where table_schema = current_schema() and data_type in ('character varying', 'text', 'character', 'json', 'jsonb')");
        assertThat(columns).as("text columns found").hasSizeGreaterThan(20);
        return columns.stream().flatMap(column -> BSNS.stream().filter(bsn -> {
            Integer hits = jdbc.queryForObject("select count(*) from \"" + column.get("table_name") + "\" where \""
                    + column.get("column_name") + "\"::text like ?", Integer.class, "%" + bsn + "%");
            return hits != null && hits > 0;
        }).map(bsn -> column.get("table_name") + "." + column.get("column_name"))).toList();
    }

    /**
     * What the index holds, read the way Lucene reads it: every term of every field, every stored field and every
     * doc value of the last commit, deleted documents included. (A byte scan of the files is both too strict and too
     * weak: the terms dictionary stores a block's suffixes back to back, so "…123", "…456", "…789" read as one
     * number, and stored fields are compressed, so a real value need not appear as bytes.)
     */
    private List<String> indexValuesHolding() throws IOException {
        return indexValues(BSNS.toArray(String[]::new));
    }

    private List<String> indexValues(String... sought) throws IOException {
        if (!Files.isDirectory(indexDirectory)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try (Directory directory = FSDirectory.open(indexDirectory)) {
            if (!DirectoryReader.indexExists(directory)) {
                return List.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    LeafReader segment = leaf.reader();
                    for (FieldInfo field : segment.getFieldInfos()) {
                        Terms terms = segment.terms(field.name);
                        if (terms != null) {
                            TermsEnum each = terms.iterator();
                            for (BytesRef term = each.next(); term != null; term = each.next()) {
                                check("term " + field.name, term.utf8ToString(), sought, found);
                            }
                        }
                        docValues(segment, field, sought, found);
                    }
                    StoredFields stored = segment.storedFields();
                    for (int doc = 0; doc < segment.maxDoc(); doc++) {
                        for (IndexableField value : stored.document(doc).getFields()) {
                            check("stored " + value.name(), value.binaryValue() != null
                                    ? value.binaryValue().utf8ToString() : String.valueOf(value.stringValue()), sought, found);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static void docValues(LeafReader segment, FieldInfo field, String[] sought, List<String> found) throws IOException {
        switch (field.getDocValuesType()) {
            case BINARY -> {
                BinaryDocValues values = segment.getBinaryDocValues(field.name);
                while (values.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    check("doc value " + field.name, values.binaryValue().utf8ToString(), sought, found);
                }
            }
            case SORTED -> {
                SortedDocValues values = segment.getSortedDocValues(field.name);
                for (int ord = 0; ord < values.getValueCount(); ord++) {
                    check("doc value " + field.name, values.lookupOrd(ord).utf8ToString(), sought, found);
                }
            }
            case SORTED_SET -> {
                SortedSetDocValues values = segment.getSortedSetDocValues(field.name);
                for (long ord = 0; ord < values.getValueCount(); ord++) {
                    check("doc value " + field.name, values.lookupOrd(ord).utf8ToString(), sought, found);
                }
            }
            default -> {
                // numeric doc values hold numbers a BSN could equal by chance, not text a teller wrote
            }
        }
    }

    private static void check(String where, String value, String[] sought, List<String> found) {
        Stream.of(sought).filter(value::contains).forEach(bsn -> found.add(where + " holds " + bsn + ": " + value));
    }

    private String exportCsv() {
        accounts.createIfAbsent("test-export", "Export", "Export-Wachtwoord-Test-7", Role.POLICY_OFFICER, Set.of());
        HttpSession officer = new HttpSession(port);
        officer.login("test-export", "Export-Wachtwoord-Test-7");
        return officer.get("/dashboard/productie/export.csv?jaar=2026").document().text();
    }
}
