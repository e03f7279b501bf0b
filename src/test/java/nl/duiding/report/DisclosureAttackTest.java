package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * A careful outsider reads the council reports a griffie user can compose and tries what issue 13 found: count
 * one mark per teller in the triad chart, measure the bar of a hidden cell, read row presence as "at least one",
 * and subtract reports. Each attack must come up empty.
 */
@SpringBootTest
class DisclosureAttackTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryIntake intake;
    @Autowired
    CouncilReports reports;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    DisclosurePolicy policy;

    @Test
    void theTriadChartShowsAggregatesOnlyAndHiddenCellsHaveNoBar() {
        TestFixtures.World world = fixtures.world();
        // 23 tellers: 20 clients and 3 parents; the parents' cell is "< 8"
        for (int i = 0; i < 23; i++) {
            tell(world, i < 20 ? TellerRole.CLIENT : TellerRole.PARENT, (i % 5) / 10.0, Instant.now().minusSeconds(600 + i));
        }
        String idle = catalog.provider(catalog.saveProvider(null, "Zorg Zonder Verhalen " + UUID.randomUUID(),
                String.format("%08d", 10_000_000 + (int) (Math.random() * 80_000_000)))).orElseThrow().name();
        Document html = report(world, LocalDate.now(ReportScope.ZONE).minusDays(7), LocalDate.now(ReportScope.ZONE));

        Element triad = html.select("svg").stream().filter(s -> !s.select("polygon.outline").isEmpty()).findFirst().orElseThrow();
        assertThat(triad.select("circle")).as("one mark per teller").isEmpty();
        assertThat(triad.select("polygon.density")).as("density cells").isNotEmpty();
        assertThat(triad.select("path.mean")).hasSize(1);

        Element bars = html.select("svg").stream().filter(s -> s.text().contains("< 8")).findFirst().orElseThrow();
        int rows = bars.select("text").size() / 2;
        assertThat(bars.select("rect")).as("bars only for shown cells").hasSizeLessThan(rows);

        assertThat(html.text()).as("a provider without stories still has its row").contains(idle);
    }

    @Test
    void aReportOn500TellersHasNoMarkPerTellerInHtmlOrPdf() throws java.io.IOException {
        CouncilReports.Document many = reportOn(500);
        Document html = Jsoup.parse(many.html());
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("ongeveer (\\d+) mensen").matcher(html.text());
        assertThat(total.find()).isTrue();
        assertThat(Long.parseLong(total.group(1))).as("500 tellers, published with the noise of at most 2").isBetween(498L, 502L);
        assertThat(html.select("svg")).as("charts").isNotEmpty();
        for (Element svg : html.select("svg")) {
            assertThat(svg.select("circle")).as("circles").isEmpty();
            assertThat(svg.getAllElements()).as("elements in one chart").hasSizeLessThan(100);
        }
        assertThat(html.select("svg polygon.density")).as("density cells").isNotEmpty().hasSizeLessThanOrEqualTo(25);

        // in the PDF every mark is a painted path, as are table borders and bars; a mark per teller would add
        // about 480 paths to the same report on 20 tellers
        int onMany = painted(reports.pdf(many));
        int onFew = painted(reports.pdf(reportOn(20)));
        assertThat(onFew).as("paths in the PDF on 20 tellers").isGreaterThan(10);
        assertThat(onMany - onFew).as("extra paths in the PDF on 500 tellers than on 20").isLessThan(100);
    }

    /** A report on this many tellers in a world of their own, answers spread over the triad. */
    private CouncilReports.Document reportOn(int tellers) {
        TestFixtures.World world = fixtures.world();
        Instant at = Instant.now().minusSeconds(3600);
        java.util.Random random = new java.util.Random(tellers);
        List<SubmitStory> stories = new ArrayList<>();
        for (int i = 0; i < tellers; i++) {
            double a = random.nextDouble();
            double b = random.nextDouble() * (1 - a);
            stories.add(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                    world.providerId(), "WK050501", TellerRole.values()[i % 4], "Verhaal", "Wat er gebeurde.", "nl",
                    true, true, true, List.of(new Answer.Triad("wat_hielp", a, b, 1 - a - b), new Answer.Dyad("regie", random.nextDouble())),
                    UUID.randomUUID(), at.minusSeconds(i)));
        }
        assertThat(intake.submitInBulk(stories)).isEqualTo(tellers);
        long id = reports.create(new ReportScope(world.opgaveId(), null, null, LocalDate.now(ReportScope.ZONE).minusDays(7),
                LocalDate.now(ReportScope.ZONE)), "Op " + tellers, "test");
        return reports.document(id).orElseThrow();
    }

    private static int painted(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int painted = 0;
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                painted += paintOperators(page);
            }
            return painted;
        }
    }

    /** Paths painted on a page (fill, stroke or both), those in forms it draws included. */
    private static int paintOperators(org.apache.pdfbox.pdmodel.PDPage page) throws java.io.IOException {
        int[] count = new int[1];
        new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(page) {
            private final java.awt.geom.Point2D.Float current = new java.awt.geom.Point2D.Float();

            @Override public void strokePath() { count[0]++; }
            @Override public void fillPath(int windingRule) { count[0]++; }
            @Override public void fillAndStrokePath(int windingRule) { count[0]++; }
            @Override public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1,
                                                  java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) { }
            @Override public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) { }
            @Override public void clip(int windingRule) { }
            @Override public void moveTo(float x, float y) { current.setLocation(x, y); }
            @Override public void lineTo(float x, float y) { current.setLocation(x, y); }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { current.setLocation(x3, y3); }
            @Override public java.awt.geom.Point2D getCurrentPoint() { return current; }
            @Override public void closePath() { }
            @Override public void endPath() { }
            @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) { }
        }.processPage(page);
        return count[0];
    }

    @Test
    void theSameStoriesGetTheSameNoiseAndTheNoiseIsBounded() {
        // the cell-key method: same records, same key, same published count; never more than 2 off before rounding
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < 1000; k++) {
            double key = k / 1000.0;
            long p = DisclosurePolicy.perturbed(40, key);
            assertThat(p).isBetween(38L, 42L).isEqualTo(DisclosurePolicy.perturbed(40, key));
            seen.add(p);
        }
        assertThat(seen).hasSize(5);
        assertThat(DisclosurePolicy.perturbed(0, 0.99)).isZero();
        assertThat(DisclosurePolicy.perturbed(1, 0.01)).isOne();
    }

    @Test
    void anAmountDividedByItsAmountPerClientGivesThePublishedNotTheExactClients() {
        // issue 13: 3.097.417,50 / 7.153,39 = 433 exactly, while 435 was published
        long amount = 309_741_750;
        long clients = 433;
        long published = policy.amountCents(amount);
        long perClient = policy.amountPerClientCents(amount, clients).orElseThrow();
        assertThat(published).isEqualTo(310_000_000);
        assertThat(Math.round(published / (double) perClient)).isNotEqualTo(clients).isEqualTo(435);
        assertThat(policy.amountPerClientCents(amount, 9)).isEmpty();
    }

    private Document report(TestFixtures.World world, LocalDate from, LocalDate to) {
        long id = reports.create(new ReportScope(world.opgaveId(), null, null, from, to), "Aanval", "test");
        return Jsoup.parse(reports.document(id).orElseThrow().html());
    }

    private void tell(TestFixtures.World world, TellerRole role, double a, Instant at) {
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                world.providerId(), "WK050501", role, "Verhaal", "Wat er gebeurde.", "nl", true, true, true,
                List.of(new Answer.Triad("wat_hielp", a, 1 - a, 0), new Answer.Dyad("regie", 0.3)),
                UUID.randomUUID(), at));
    }
}
