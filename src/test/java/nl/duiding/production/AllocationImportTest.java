package nl.duiding.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.audit.AuditLog;

/**
 * The published JW301, WMO301 and JW325 examples (and a WMO325 made from the JW325 one) import through the same
 * import as declarations, with totals computed by hand from the files; malformed messages get Dutch refusals.
 * Hand computation, 301: 2 hours per week from Wed 01-04-2026 to Tue 14-07-2026 touches the calendar weeks of 30 March
 * to 13 July, 16 weeks, so 32 hours; 2 dagdelen per week to Sun 19-07-2026 also 16 weeks, 32 dagdelen. WMO301: 10
 * minutes per day over 2023, 365 days, 3,650 minutes. 325: submitted 580,00 credit, awarded 340,00 credit, the three
 * prestaties it names 50,00 + 140,00 + 50,00 = 240,00 credit, and 580 - 240 = 340.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ProductionTestSupport.SECRET)
class AllocationImportTest {

    @Autowired
    Imports imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void jw301ImportsBothToewijzingenWithTheirVolumeAndNoBsn() {
        String agb = ProductionTestSupport.uniqueAgb();
        ImportSummary summary = importText(example("JW301.xml").replace("42420001", agb), ImportFormat.AUTO);

        assertThat(summary.format()).isEqualTo(ImportFormat.JW301);
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.amountCents()).isZero();
        MessageTotals totals = imports.messageTotals(summary.id()).orElseThrow();
        assertThat(totals.kind()).isEqualTo(MessageTotals.Kind.ALLOCATIONS);
        assertThat(totals.allocations()).isEqualTo(2);
        assertThat(totals.clients()).isEqualTo(1);
        assertThat(totals.volumes()).extracting(MessageTotals.Allocated::unit, MessageTotals.Allocated::volume)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("04", 32L), org.assertj.core.groups.Tuple.tuple("16", 32L));
        assertThat(totals.openEnded()).isZero();
        assertThat(jdbc.queryForList("select law || ' ' || municipality_code || ' ' || provider_agb || ' ' || allocation_number "
                + "|| ' ' || product_category || ' ' || product_code || ' ' || start_date || ' ' || end_date || ' ' || volume "
                + "|| ' ' || unit || ' ' || frequency from allocation where import_id = ? order by allocation_number", String.class,
                summary.id())).containsExactly(
                "JEUGDWET 0384 " + agb + " 300201 55 55A11 2026-04-01 2026-07-14 2 04 2",
                "JEUGDWET 0384 " + agb + " 300202 55 55A12 2026-04-01 2026-07-19 2 16 2");
        assertThat(jdbc.queryForObject("select count(*) from allocation a where a::text like '%999900006%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from allocation where import_id = ? and client_pseudonym ~ '^[0-9a-f]{64}$'",
                Integer.class, summary.id())).isEqualTo(2);
    }

    @Test
    void wmo301ImportsItsToewijzing() {
        ImportSummary summary = importText(example("WMO301.xml").replace("42420001", ProductionTestSupport.uniqueAgb()),
                ImportFormat.WMO301);

        assertThat(summary.format()).isEqualTo(ImportFormat.WMO301);
        assertThat(summary.accepted()).isEqualTo(1);
        MessageTotals totals = imports.messageTotals(summary.id()).orElseThrow();
        assertThat(totals.volumes()).singleElement().satisfies(v -> {
            assertThat(v.unit()).isEqualTo("01");
            assertThat(v.volume()).isEqualTo(3_650);
        });
        assertThat(jdbc.queryForObject("select law || ' ' || product_category from allocation where import_id = ?",
                String.class, summary.id())).isEqualTo("WMO 01");
    }

    @Test
    void jw325ImportsTheAnswerWithItsThreeRejectedPrestaties() {
        String agb = ProductionTestSupport.uniqueAgb();
        ImportSummary summary = importText(example("JW325.xml").replace("65656055", agb), ImportFormat.AUTO);

        assertThat(summary.format()).isEqualTo(ImportFormat.JW325);
        assertThat(summary.accepted()).isEqualTo(3);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.amountCents()).isEqualTo(-34_000);
        MessageTotals totals = imports.messageTotals(summary.id()).orElseThrow();
        assertThat(totals.kind()).isEqualTo(MessageTotals.Kind.ANSWER);
        assertThat(totals.declarationNumber()).isEqualTo("DN001");
        assertThat(totals.submittedCents()).isEqualTo(-58_000);
        assertThat(totals.awardedCents()).isEqualTo(-34_000);
        assertThat(totals.rejectedPrestaties()).isEqualTo(3);
        assertThat(totals.rejectedCents()).isEqualTo(-24_000);
        assertThat(jdbc.queryForList("select r.reference_number || ' ' || r.amount_cents || ' ' || r.return_codes "
                + "from rejected_prestatie r join declaration_answer a on a.id = r.answer_id where a.import_id = ? "
                + "order by 1", String.class, summary.id()))
                .containsExactly("RN001 -5000 0611", "RN002 -14000 9339 9340 9341", "RN003 -5000 9307");
        // the totals add up, and the declaration itself was not imported for this provider
        assertThat(imports.warnings(summary.id())).extracting(ImportSummary.Warning::text).containsExactly(
                "Declaratie DN001 van aanbieder " + agb + " is (nog) niet ingelezen. Het antwoord is bewaard en telt mee "
                        + "bij goedgekeurd en afgewezen zodra die declaratie is ingelezen.",
                "Aanbieder " + agb + " (3 regels) is geen bekende aanbieder. Het bericht is ingelezen, maar de aanbieder is "
                        + "niet te kiezen bij de cijfers zolang hij niet is toegevoegd.");
    }

    @Test
    void wmo325ImportsTheAnswer() {
        ImportSummary summary = importText(example("WMO325.xml").replace("65656055", ProductionTestSupport.uniqueAgb()),
                ImportFormat.AUTO);

        assertThat(summary.format()).isEqualTo(ImportFormat.WMO325);
        assertThat(summary.accepted()).isEqualTo(3);
        assertThat(summary.amountCents()).isEqualTo(-34_000);
        assertThat(imports.messageTotals(summary.id()).orElseThrow().rejectedCents()).isEqualTo(-24_000);
    }

    @Test
    void theCommandLineImportsAToewijzing() {
        Path file = ProductionTestSupport.write(example("JW301.xml").replace("42420001", ProductionTestSupport.uniqueAgb())
                .getBytes(StandardCharsets.UTF_8), ".xml");
        ImportCommand command = new ImportCommand(imports, context, file, ImportFormat.AUTO, "cli-test", audit);
        Long before = jdbc.queryForObject("select count(*) from allocation", Long.class);

        assertThat(command.importFile()).isZero();

        assertThat(jdbc.queryForObject("select count(*) from allocation", Long.class)).isEqualTo(before + 2);
    }

    @Test
    void aToewijzingThatEndsBeforeItStartsOrHasABadBsnIsRefusedOnItsOwn() {
        String text = example("JW301.xml").replace("42420001", ProductionTestSupport.uniqueAgb())
                .replace("<jw301:Einddatum>2026-07-14</jw301:Einddatum>", "<jw301:Einddatum>2026-03-01</jw301:Einddatum>");
        ImportSummary summary = importText(text, ImportFormat.AUTO);

        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(imports.rejections(summary.id(), 10)).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo("regel 170 (toewijzing 300201)");
            assertThat(r.reference()).isEqualTo("300201");
            assertThat(r.reason()).isEqualTo("De toewijzing eindigt voordat ze begint (01-04-2026 t/m 01-03-2026).");
        });

        ImportSummary badBsn = importText(example("JW301.xml").replace("42420001", ProductionTestSupport.uniqueAgb())
                .replace("999900006", "999900007"), ImportFormat.AUTO);
        assertThat(badBsn.accepted()).isZero();
        assertThat(imports.rejections(badBsn.id(), 10)).extracting(ImportSummary.Rejection::reason).containsOnly(
                "Het BSN is ongeldig (voldoet niet aan de 11-proef); het is niet opgeslagen.");
    }

    @Test
    void aMalformedToewijzingIsRefusedWithTheSchemaLine() {
        String broken = example("JW301.xml").replace("<ijw:Eenheid>04</ijw:Eenheid>", "<ijw:Eenheid>uur</ijw:Eenheid>");

        assertThatThrownBy(() -> importText(broken, ImportFormat.AUTO)).isInstanceOfSatisfying(ImportFailedException.class,
                e -> assertThat(e.problems()).first().asString()
                        .startsWith("Het bericht voldoet niet aan het XSD-schema (regel 183): "));
    }

    @Test
    void anAnswerWithABadPrestatieIsRefusedWhole() {
        String text = example("JW325.xml").replace("65656055", ProductionTestSupport.uniqueAgb())
                .replace("999900018", "999900019");
        Long answers = jdbc.queryForObject("select count(*) from declaration_answer", Long.class);

        assertThatThrownBy(() -> importText(text, ImportFormat.AUTO)).isInstanceOfSatisfying(ImportFailedException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "regel 100 (prestatie RN003): Het BSN is ongeldig (voldoet niet aan de 11-proef); het is niet opgeslagen.",
                        "Een antwoord op een declaratie wordt alleen in zijn geheel ingelezen, omdat elke prestatie die het "
                                + "niet noemt als goedgekeurd telt; er is niets opgeslagen. Vraag de gemeente (of de "
                                + "leverancier van het berichtenverkeer) om een verbeterd bericht."));
        assertThat(jdbc.queryForObject("select count(*) from declaration_answer", Long.class)).isEqualTo(answers);
    }

    @Test
    void aSecondAnswerToTheSameDeclarationIsRefusedUntilTheFirstIsRolledBack() {
        String agb = ProductionTestSupport.uniqueAgb();
        String text = example("JW325.xml").replace("65656055", agb);
        ImportSummary first = importText(text, ImportFormat.AUTO);
        String again = text.replace("<ijw:Identificatie>654321987</ijw:Identificatie>", "<ijw:Identificatie>654321988</ijw:Identificatie>");

        assertThatThrownBy(() -> importText(again, ImportFormat.AUTO)).isInstanceOfSatisfying(ImportFailedException.class,
                e -> assertThat(e.problems()).containsExactly("Declaratie DN001 van aanbieder " + agb
                        + " is al beantwoord in import " + first.id() + ". Draai die import eerst terug als dit bericht "
                        + "dat antwoord vervangt."));

        assertThat(imports.rollBack(first.id())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from declaration_answer where import_id = ?", Long.class, first.id()))
                .isZero();
        assertThat(importText(again, ImportFormat.AUTO).accepted()).isEqualTo(3);
    }

    @Test
    void aMessageOfAnotherKindThanChosenOrUnknownIsRefusedInDutch() {
        String answer = example("JW325.xml").replace("65656055", ProductionTestSupport.uniqueAgb());
        assertThatThrownBy(() -> importText(answer, ImportFormat.JW301)).isInstanceOfSatisfying(ImportFailedException.class,
                e -> assertThat(e.problems()).containsExactly("'bericht.xml' is een JW325-bericht, terwijl u JW301 hebt "
                        + "gekozen. Kies 'Automatisch herkennen' of JW325 bij Formaat."));

        String other = answer.replace("jw325", "jw315");
        assertThatThrownBy(() -> importText(other, ImportFormat.AUTO)).isInstanceOfSatisfying(ImportFailedException.class,
                e -> assertThat(e.problems()).containsExactly("Dit XML-bericht is geen iStandaarden-bericht dat Duiding "
                        + "leest: JW301, JW323, JW325, WMO301, WMO323 of WMO325."));
    }

    @Test
    void rollingBackAToewijzingImportRemovesItsToewijzingen() {
        ImportSummary summary = importText(example("JW301.xml").replace("42420001", ProductionTestSupport.uniqueAgb()),
                ImportFormat.AUTO);

        assertThat(imports.rollBack(summary.id())).isTrue();

        assertThat(jdbc.queryForObject("select count(*) from allocation where import_id = ?", Long.class, summary.id())).isZero();
        assertThat(imports.find(summary.id()).orElseThrow().status()).isEqualTo(ImportSummary.Status.ROLLED_BACK);
    }

    private ImportSummary importText(String text, ImportFormat format) {
        Path file = ProductionTestSupport.write(text.getBytes(StandardCharsets.UTF_8), ".xml");
        return imports.importFile(file, "bericht.xml", format, "test", p -> { });
    }

    static String example(String name) {
        try (var in = AllocationImportTest.class.getResourceAsStream("/istandaarden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
