package nl.duiding.monitor;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.production.ImportFormat;
import nl.duiding.production.Imports;
import nl.duiding.production.OpgaveBudgets;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * A small known world told and imported through the modules' public APIs: six stories (five in 2025) over three
 * providers and two districts, and four declared lines, with known sums.
 *
 * <pre>
 * 2025-03  provider A, Binnenstad:  3 stories (triad a .2/.4/.6, dyad .2/.4/.6; two shared with A; two also name B)
 *          lines A: 175,00 + 175,00 for clients 006 and 018
 * 2025-04  provider B, Noordflank: 2 stories (dyad .8 and 1.0; one also names C)
 *          lines B: 100,00 for client 018 (shared with A) and 50,00 for client 031
 * 2024-03  provider A: 1 story (outside the year)
 * </pre>
 */
record WarmColdFixture(TestFixtures.World world, long providerA, long providerB, long providerC, String agbA, String agbB,
                       String agbC, String nameA, String nameB, String nameC) {

    static final String BINNENSTAD = "WK050501";
    static final String NOORDFLANK = "WK050502";

    static WarmColdFixture create(TestFixtures fixtures, OpgaveCatalog catalog, StoryIntake intake, StoryQueries queries,
                                  Imports imports, OpgaveBudgets budgets) {
        TestFixtures.World world = fixtures.world();
        catalog.saveDistrict(NOORDFLANK, "Noordflank", "0505");
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String agbA = catalog.provider(world.providerId()).orElseThrow().agbCode();
        String agbB = agb();
        String agbC = agb();
        long b = catalog.saveProvider(null, "Bravo " + unique, agbB);
        long c = catalog.saveProvider(null, "Charlie " + unique, agbC);
        WarmColdFixture f = new WarmColdFixture(world, world.providerId(), b, c, agbA, agbB, agbC,
                catalog.provider(world.providerId()).orElseThrow().name(), "Bravo " + unique, "Charlie " + unique);
        f.tell(intake, f.providerA, Set.of(f.providerB), BINNENSTAD, "2025-03-10T10:00:00Z", 0.2, true);
        f.tell(intake, f.providerA, Set.of(f.providerB), BINNENSTAD, "2025-03-11T10:00:00Z", 0.4, true);
        f.tell(intake, f.providerA, Set.of(), BINNENSTAD, "2025-03-31T21:30:00Z", 0.6, false); // 23:30 on 31 March in Dordrecht (CEST)
        f.tell(intake, f.providerB, Set.of(f.providerC), NOORDFLANK, "2025-04-15T10:00:00Z", 0.8, true);
        f.tell(intake, f.providerB, Set.of(), NOORDFLANK, "2025-04-16T10:00:00Z", 1.0, false);
        f.tell(intake, f.providerA, Set.of(), BINNENSTAD, "2024-03-10T10:00:00Z", 0.5, true);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total() == 6);

        String code = "W" + unique.substring(0, 4).toUpperCase();
        budgets.link(world.opgaveId(), Law.JEUGDWET, "45", code);
        imports.importFile(f.declarations(code), "warm-koud.csv", ImportFormat.CSV, "test", p -> { });
        return f;
    }

    private void tell(StoryIntake intake, long provider, Set<Long> others, String district, String at, double x,
                      boolean shared) {
        // triad a = x, b = .3, c = the rest; the slider at x
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), provider,
                district, TellerRole.CLIENT, "Warm " + at, "Een verhaal over de hulp.", "nl", true, false, shared,
                List.of(new Answer.Triad("wat_hielp", x * 0.5 + 0.1, 0.3, 0.6 - x * 0.5),
                        new Answer.Dyad("regie", x), new Answer.Choice("thema", Set.of())),
                UUID.randomUUID(), Instant.parse(at), others, null));
    }

    private Path declarations(String code) {
        String head = "wet;declaratienummer;declaratie_begin;declaratie_eind;agb_code;gemeentecode;referentienummer;bsn;"
                + "productcategorie;productcode;product_begin;product_eind;volume;eenheid;tarief;bedrag;debet_credit;wijk\r\n";
        String rows = line(agbA, "1", "999900006", "03", 2, "87,50", "175,00", BINNENSTAD, code)
                + line(agbA, "2", "999900018", "03", 2, "87,50", "175,00", BINNENSTAD, code)
                + line(agbB, "3", "999900018", "04", 1, "100,00", "100,00", NOORDFLANK, code)
                + line(agbB, "4", "999900031", "04", 1, "50,00", "50,00", NOORDFLANK, code);
        try {
            Path file = Files.createTempFile("warm-koud-", ".csv");
            Files.writeString(file, head + rows, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(String agb, String reference, String bsn, String month, int volume, String tariff,
                               String amount, String district, String code) {
        String start = "01-" + month + "-2025";
        String end = (month.equals("03") ? "31-" : "30-") + month + "-2025";
        return "JW;W1;" + start + ";" + end + ";" + agb + ";0505;" + reference + ";" + bsn + ";45;" + code + ";" + start
                + ";" + end + ";" + volume + ";04;" + tariff + ";" + amount + ";D;" + district + "\r\n";
    }

    private static String agb() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(20_000_000, 98_999_999));
    }
}
