package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.TellerRole;

/**
 * The themes section names the words that set a provider's stories apart from the rest of the opgave, only when
 * enough tellers are behind them, and never a word that only a few stories use.
 */
@SpringBootTest
class ReportThemesTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    StoryQueries queries;
    @Autowired
    CouncilReports reports;

    @Test
    void aProvidersReportNamesTheWordsOfItsStoriesAndNothingFromTooFewStories() {
        TestFixtures.World world = fixtures.world();
        long other = catalog.saveProvider(null, "Andere " + UUID.randomUUID().toString().substring(0, 6),
                String.valueOf(30_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(60_000_000)));
        for (int i = 0; i < 12; i++) {
            fixtures.tell(world, world.providerId(), TellerRole.CLIENT, "Zwemmen " + i,
                    "Mijn dochter kreeg zwemles en de zwemles gaf haar moed. Ook thuis ging het beter.", 0.6, 0.2, 0.2);
            fixtures.tell(world, other, TellerRole.CLIENT, "Huiswerk " + i,
                    "De begeleiding hielp met huiswerk en met plannen. Ook thuis ging het beter.", 0.2, 0.6, 0.2);
        }
        // a word in only three stories of the provider: significant perhaps, but too few stories to publish
        for (int i = 0; i < 3; i++) {
            fixtures.tell(world, world.providerId(), TellerRole.CLIENT, "Paard " + i,
                    "Op de manege leerde hij paardrijden, paardrijden, paardrijden, paardrijden, paardrijden.", 0.6, 0.2, 0.2);
        }
        await().atMost(Duration.ofSeconds(20)).until(() ->
                queries.insights(StoryFilter.opgave(world.opgaveId()), java.util.List.of(), 0).total() == 27);

        LocalDate today = LocalDate.now(ReportScope.ZONE);
        long report = reports.create(new ReportScope(world.opgaveId(), world.providerId(), null, today.minusDays(30), today),
                "Thema's", "test");
        Document html = Jsoup.parse(reports.document(report).orElseThrow().html());
        String themes = html.select("#themas").text();
        assertThat(themes).contains("Waar de verhalen over gaan", "zwemles").doesNotContain("huiswerk", "paardrijden");

        // a report on the whole opgave holds every story it has: its words are measured against the other opgaven
        TestFixtures.World elsewhere = fixtures.world();
        for (int i = 0; i < 12; i++) {
            fixtures.tell(elsewhere, elsewhere.providerId(), TellerRole.CLIENT, "Boodschappen " + i,
                    "De hulp bij het huishouden deed de boodschappen en de was. Ook thuis ging het beter.", 0.3, 0.3, 0.4);
        }
        await().atMost(Duration.ofSeconds(20)).until(() ->
                queries.insights(StoryFilter.opgave(elsewhere.opgaveId()), java.util.List.of(), 0).total() == 12);
        long whole = reports.create(new ReportScope(world.opgaveId(), null, null, today.minusDays(30), today), "Alles", "test");
        String wholeThemes = Jsoup.parse(reports.document(whole).orElseThrow().html()).select("#themas").text();
        assertThat(wholeThemes).contains("andere opgaven", "huiswerk").doesNotContain("paardrijden", "boodschappen", "te weinig");

        long tooFew = reports.create(new ReportScope(world.opgaveId(), world.providerId(), null,
                today.minusYears(2), today.minusYears(2).plusDays(30)), "Leeg", "test");
        assertThat(Jsoup.parse(reports.document(tooFew).orElseThrow().html()).select("#themas").text())
                .contains("te weinig verhalen").doesNotContain("zwemles");
    }
}
