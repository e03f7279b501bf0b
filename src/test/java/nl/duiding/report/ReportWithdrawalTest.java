package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmissionResult;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Privacy first on withdrawal: a draft loses the quote; a published report loses the quoted text and says a quote
 * was withdrawn, while its frozen figures stay. Also the quote rule: a group below 10 stories offers no quotes.
 */
@SpringBootTest
class ReportWithdrawalTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryIntake intake;
    @Autowired
    CouncilReports reports;

    @Test
    void aWithdrawnStoryLeavesDraftsAndIsReplacedByANoticeInPublishedReports() {
        TestFixtures.World world = fixtures.world();
        List<SubmissionResult> told = tell(world, 12, "WK050501");
        LocalDate today = LocalDate.now(ReportScope.ZONE);
        ReportScope scope = new ReportScope(world.opgaveId(), null, null, today.minusDays(7), today);
        long draft = reports.create(scope, "Concept", "test");
        long published = reports.create(scope, "Gepubliceerd", "test");
        UUID quoted = told.getFirst().storyId();
        assertThat(reports.addQuote(draft, quoted, "Het geheime citaat van de verteller")).isTrue();
        assertThat(reports.addQuote(published, quoted, "Het geheime citaat van de verteller")).isTrue();
        assertThat(reports.publish(published, "test")).isTrue();
        assertThat(reports.document(published).orElseThrow().html()).contains("Het geheime citaat van de verteller");

        assertThat(intake.withdraw(told.getFirst().receiptCode().orElseThrow())).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> reports.find(draft).orElseThrow().quotes().isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> !reports.document(published).orElseThrow().html()
                .contains("Het geheime citaat"));
        String html = reports.document(published).orElseThrow().html();
        assertThat(html).contains("De verteller heeft het verhaal ingetrokken");
        assertThat(reports.regenerate(published)).contains(html);
        assertThat(reports.find(published).orElseThrow().quotes()).singleElement()
                .satisfies(q -> assertThat(q.withdrawn()).isTrue()).satisfies(q -> assertThat(q.text()).isEmpty());
    }

    @Test
    void aSmallGroupOffersNoQuotesAndAQuoteOutsideTheCandidatesIsRefused() {
        TestFixtures.World world = fixtures.world();
        List<SubmissionResult> told = tell(world, 9, "WK050501");
        LocalDate today = LocalDate.now(ReportScope.ZONE);
        long id = reports.create(new ReportScope(world.opgaveId(), null, null, today.minusDays(7), today), "Klein", "test");
        assertThat(reports.candidates(reports.find(id).orElseThrow())).isEmpty();
        assertThat(reports.addQuote(id, told.getFirst().storyId(), "Toch citeren")).isFalse();
        assertThat(reports.find(id).orElseThrow().quotes()).isEmpty();
    }

    @Test
    void personalDataTypedWhileEditingAQuoteIsMasked() {
        TestFixtures.World world = fixtures.world();
        List<SubmissionResult> told = tell(world, 10, "WK050501");
        LocalDate today = LocalDate.now(ReportScope.ZONE);
        long id = reports.create(new ReportScope(world.opgaveId(), null, null, today.minusDays(7), today), "Maskeren", "test");
        assertThat(reports.addQuote(id, told.getFirst().storyId(), "Bel me op 06-12345678 of mail jan@example.nl.")).isTrue();
        assertThat(reports.find(id).orElseThrow().quotes().getFirst().text())
                .doesNotContain("12345678", "jan@example.nl").contains("[TELEFOON]", "[E-MAIL]");
    }

    private List<SubmissionResult> tell(TestFixtures.World world, int n, String district) {
        List<SubmissionResult> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                    world.providerId(), district, TellerRole.PROFESSIONAL, "Verhaal " + i, "Wat er gebeurde, deel " + i + ".",
                    "nl", true, true, true, List.of(new Answer.Triad("wat_hielp", 1, 0, 0), new Answer.Dyad("regie", 0.2)),
                    UUID.randomUUID(), Instant.now().minusSeconds(60))));
        }
        return results;
    }
}
