package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;
import nl.duiding.analysis.SignifierAggregates.DensityGrid;
import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.analysis.SignifierAggregates.TriadAggregate;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.analysis.TriadZone;
import nl.duiding.chart.Point;
import nl.duiding.chart.TriadChart;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.platform.CsvDownload;
import nl.duiding.platform.Period;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One figure, one value (issue 15): for generated stories, the same opgave, provider, district and month give the same
 * count, triad mean, zones and density cells on the dashboard page, its CSV, warm next to cold, a dialogue's pinned
 * chart and a draft council report (its figures before the disclosure policy rounds them). The stories include
 * answers that miss 1 by the allowed 0.001 and answers on a tenth, where the old copies disagreed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"duiding.pseudonym.secret=test-only-pseudonym-secret-2026", "duiding.disclosure.min-tellers=1"})
class OneFigureEverywhereTest {

    private static final String TRIAD = "wat_hielp";
    private static final String BINNENSTAD = "WK050501";
    private static final String NOORDFLANK = "WK050502";

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryQueries queries;
    @Autowired
    CouncilReports reports;
    @Autowired
    ReportComposer composer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void theSameScopeGivesTheSameFiguresOnEveryPage() {
        TestFixtures.World world = toldWorld();
        YearMonth month = YearMonth.now(Period.ZONE).minusMonths(1);

        long provider = world.providerId();
        StoryFilter filter = new StoryFilter(world.opgaveId(), provider, null, null, null).withDistrict(BINNENSTAD)
                .withPeriod(month, month);
        TriadAggregate truth = queries.aggregates(filter).triads().get(TRIAD);
        assertThat(truth.n()).as("the generated scope").isBetween(30L, 60L);

        // every difference is reported, not only the first: the test says where the pages part ways
        SoftAssertions soft = new SoftAssertions();
        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        String query = "?from=" + month + "&to=" + month + "&provider=" + provider + "&district=" + BINNENSTAD;

        // the dashboard page: zone table and density table
        Document page = officer.get("/dashboard/opgave/" + world.opgaveId() + query).document();
        Map<String, Long> pageZones = new LinkedHashMap<>();
        for (Element row : page.select("#triad-zones-" + TRIAD + " tr[data-zone]")) {
            pageZones.put(row.attr("data-zone"), Long.parseLong(row.select("td").text()));
        }
        soft.assertThat(pageZones).isEqualTo(zoneNames(truth.zones()));
        soft.assertThat(page.select("#story-count").text()).isEqualTo(Long.toString(truth.n()));
        Map<String, Long> pageCells = new LinkedHashMap<>();
        for (Element row : page.select("#triad-density-" + TRIAD + " tbody tr")) {
            pageCells.put(row.select("th").text(), Long.parseLong(row.select("td").text()));
        }
        soft.assertThat(pageCells).isEqualTo(cells(truth.density()));

        // its CSV
        List<String[]> csv = csv(officer, "/dashboard/opgave/" + world.opgaveId() + "/cijfers.csv" + query);
        soft.assertThat(value(csv, "driehoek", "aantal")).isEqualTo(Long.toString(truth.n()));
        soft.assertThat(value(csv, "driehoek", "gemiddelde_a")).isEqualTo(CsvDownload.decimal(truth.mean().a()));
        soft.assertThat(value(csv, "driehoek", "gemiddelde_b")).isEqualTo(CsvDownload.decimal(truth.mean().b()));
        soft.assertThat(value(csv, "driehoek", "gemiddelde_c")).isEqualTo(CsvDownload.decimal(truth.mean().c()));
        Map<String, Long> csvZones = new LinkedHashMap<>();
        Map<String, Long> csvCells = new LinkedHashMap<>();
        for (String[] row : csv) {
            if (row[0].equals("driehoek_zone") && row[1].equals(TRIAD)) {
                csvZones.put(row[2], Long.parseLong(row[3]));
            } else if (row[0].equals("driehoek_vak") && row[1].equals(TRIAD)) {
                csvCells.put(row[2], Long.parseLong(row[3]));
            }
        }
        soft.assertThat(csvZones).isEqualTo(zoneNames(truth.zones()));
        soft.assertThat(csvCells).isEqualTo(cells(truth.density()));

        // warm next to cold: the month's row for this provider and district
        List<String[]> warm = csv(officer, "/dashboard/opgave/" + world.opgaveId() + "/warm-koud.csv?jaar=" + month.getYear()
                + "&per=maand&aanbieder=" + provider + "&wijk=" + BINNENSTAD);
        List<String> header = List.of(warm.get(0));
        String[] row = warm.stream().filter(r -> r[0].equals(month.toString())).findFirst().orElseThrow();
        soft.assertThat(row[header.indexOf("verhalen")]).isEqualTo(Long.toString(truth.n())); // every story answered it
        soft.assertThat(row[header.indexOf(TRIAD + "_a")]).isEqualTo(CsvDownload.decimal(truth.mean().a()));
        soft.assertThat(row[header.indexOf(TRIAD + "_b")]).isEqualTo(CsvDownload.decimal(truth.mean().b()));
        soft.assertThat(row[header.indexOf(TRIAD + "_c")]).isEqualTo(CsvDownload.decimal(truth.mean().c()));

        // a dialogue's pinned chart on the same month, provider and district (a provider chart counts the stories
        // shared with that provider: every story of this scope is)
        long dialogue = dialogue(officer, world.opgaveId(), provider, month);
        HttpSession.Page pinned = post(officer, "/dialogen/" + dialogue + "/materiaal", Map.entry("kind", "TRIAD_CHART"),
                Map.entry("triad", TRIAD), Map.entry("provider", Long.toString(provider)), Map.entry("district", BINNENSTAD));
        soft.assertThat(pinned.status()).isEqualTo(302);
        JsonNode snapshot = json.readTree(jdbc.queryForObject(
                "select snapshot::text from dialogue_material where dialogue_id = ? and kind = 'TRIAD_CHART'", String.class, dialogue));
        soft.assertThat(snapshot.get("answers").asLong()).isEqualTo(truth.n());
        soft.assertThat(snapshot.get("mean").get("a").asDouble()).isEqualTo(truth.mean().a());
        soft.assertThat(snapshot.get("mean").get("b").asDouble()).isEqualTo(truth.mean().b());
        soft.assertThat(snapshot.get("mean").get("c").asDouble()).isEqualTo(truth.mean().c());
        Map<String, Long> pinnedZones = new LinkedHashMap<>();
        if (snapshot.has("zoneCounts")) {
            snapshot.get("zoneCounts").properties().forEach(e -> pinnedZones.put(e.getKey(), e.getValue().asLong()));
        }
        soft.assertThat(pinnedZones).isEqualTo(zoneNames(truth.zones()));

        // a draft council report composed on the page for the same scope: the figures its composer builds the
        // report from, before the disclosure policy rounds anything
        HttpSession.Page created = post(officer, "/rapporten", Map.entry("opgaveId", Long.toString(world.opgaveId())),
                Map.entry("providerId", Long.toString(provider)), Map.entry("districtCode", BINNENSTAD),
                Map.entry("from", month.atDay(1).toString()), Map.entry("to", month.atEndOfMonth().toString()),
                Map.entry("title", "Een figuur"));
        soft.assertThat(created.status()).isEqualTo(302);
        ReportDraft draft = reports.find(Long.parseLong(created.location().replaceAll(".*/rapporten/", ""))).orElseThrow();
        TriadAggregate report = composer.current(draft).triads.get(TRIAD).result();
        soft.assertThat(report.n()).isEqualTo(truth.n());
        soft.assertThat(report.mean()).isEqualTo(truth.mean());
        soft.assertThat(report.zones()).isEqualTo(truth.zones());
        soft.assertThat(report.density()).isEqualTo(truth.density());
        soft.assertAll();
    }

    /**
     * One triad, one drawing (issue 15): for the same scope the dashboard, a dialogue's pinned chart and a draft report
     * draw it through the one renderer, {@code chart.ChartSvg}, from the core's figures: the same mean and region
     * everywhere, every filled cell on the dashboard, and on the two charts that leave the municipality the same
     * coarse cells (with at least the minimum number of tellers, here 1) and no mark per teller.
     */
    @Test
    void theDashboardThePinAndTheReportDrawTheSameTriad() {
        TestFixtures.World world = toldWorld();
        YearMonth month = YearMonth.now(Period.ZONE).minusMonths(1);
        long provider = world.providerId();
        TriadAggregate truth = queries.aggregates(new StoryFilter(world.opgaveId(), provider, null, null, null)
                .withDistrict(BINNENSTAD).withPeriod(month, month)).triads().get(TRIAD);
        List<String> corners = List.of("x", "y", "z");
        TriadChart internal = TriadChart.internal(corners, truth);
        TriadChart published = TriadChart.published(TRIAD, corners, truth.density().coarsened(TriadChart.PUBLISHED_DIVISIONS),
                truth.mean(), truth.confidenceRegion(), 1);

        HttpSession officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
        Element dashboard = officer.get("/dashboard/opgave/" + world.opgaveId() + "?from=" + month + "&to=" + month
                + "&provider=" + provider + "&district=" + BINNENSTAD).document()
                .selectFirst(".triad-aggregate:has(#triad-zones-" + TRIAD + ") figure.ternary svg");
        long dialogue = dialogue(officer, world.opgaveId(), provider, month);
        assertThat(post(officer, "/dialogen/" + dialogue + "/materiaal", Map.entry("kind", "TRIAD_CHART"), Map.entry("triad", TRIAD),
                Map.entry("provider", Long.toString(provider)), Map.entry("district", BINNENSTAD)).status()).isEqualTo(302);
        long item = jdbc.queryForObject("select id from dialogue_material where dialogue_id = ? and kind = 'TRIAD_CHART'",
                Long.class, dialogue);
        Element pinned = org.jsoup.Jsoup.parse(new String(officer.download("/dialogen/" + dialogue + "/materiaal/" + item + "/svg").body(),
                StandardCharsets.UTF_8), "",
                org.jsoup.parser.Parser.xmlParser()).selectFirst("svg");
        long report = reports.create(new ReportScope(world.opgaveId(), provider, BINNENSTAD, month.atDay(1), month.atEndOfMonth()),
                "Een verslag", TestFixtures.OFFICER);
        Element drawn = org.jsoup.Jsoup.parse(reports.document(report).orElseThrow().html()).select("svg").stream()
                .filter(svg -> !svg.select("polygon.outline").isEmpty()).findFirst().orElseThrow();

        SoftAssertions soft = new SoftAssertions();
        for (Element svg : List.of(dashboard, pinned, drawn)) {
            soft.assertThat(svg.select("path.mean").eachAttr("d")).as("the mean").containsExactly(diamond(internal.mean()));
            soft.assertThat(points(svg, "polygon.region")).as("the region").containsExactly(line(internal.region()));
            soft.assertThat(points(svg, "polygon.frame")).as("the frame").containsExactly(line(internal.frame()));
        }
        soft.assertThat(points(dashboard, "polygon.density")).as("the dashboard's cells")
                .containsExactlyElementsOf(internal.cells().stream().map(c -> line(c.polygon())).toList());
        soft.assertThat(dashboard.select("circle")).as("the dashboard's sample of answers").hasSize(truth.points().size());
        for (Element svg : List.of(pinned, drawn)) {
            soft.assertThat(points(svg, "polygon.density")).as("the published cells")
                    .containsExactlyElementsOf(published.cells().stream().map(c -> line(c.polygon())).toList());
            soft.assertThat(svg.select("polygon.density").eachAttr("fill-opacity")).as("their shades")
                    .containsExactlyElementsOf(published.cells().stream().map(c -> String.format(java.util.Locale.ROOT, "%.1f", c.opacity())).toList());
            soft.assertThat(svg.select("circle")).as("no mark per teller").isEmpty();
        }
        soft.assertThat(published.cells().stream().mapToLong(TriadChart.Cell::count).sum()).isEqualTo(truth.n());
        soft.assertAll();
    }

    /** A new world with the generated stories of {@link #tellStories} told and indexed. */
    private TestFixtures.World toldWorld() {
        TestFixtures.World world = fixtures.world();
        catalog.saveDistrict(NOORDFLANK, "Noordflank", "0505");
        long other = catalog.saveProvider(null, "Ander " + UUID.randomUUID().toString().substring(0, 6),
                String.valueOf(20_000_000 + new SplittableRandom().nextInt(70_000_000)));
        int told = tellStories(world, other, YearMonth.now(Period.ZONE).minusMonths(1));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                queries.aggregates(StoryFilter.opgave(world.opgaveId())).total() == told);
        return world;
    }

    private static List<String> points(Element svg, String selector) {
        return svg.select(selector).eachAttr("points");
    }

    private static String diamond(Point m) {
        return String.format(java.util.Locale.ROOT, "M%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f Z", m.x(), m.y() - 7,
                m.x() + 7, m.y(), m.x(), m.y() + 7, m.x() - 7, m.y());
    }

    private static String line(List<Point> points) {
        return String.join(" ", points.stream().map(p -> String.format(java.util.Locale.ROOT, "%.1f,%.1f", p.x(), p.y())).toList());
    }

    /**
     * Forty stories in the scope (provider, Binnenstad, last month, all shared with the provider) with tenths,
     * thirds that miss 1 by 0.001 and two-decimal answers; the same again outside it (another provider, district or
     * month), so every filter has something to leave out.
     */
    private int tellStories(TestFixtures.World world, long other, YearMonth month) {
        SplittableRandom random = new SplittableRandom(15);
        Instant inMonth = month.atDay(10).atTime(12, 0).atZone(Period.ZONE).toInstant();
        Instant before = month.minusMonths(1).atDay(10).atTime(12, 0).atZone(Period.ZONE).toInstant();
        int told = 0;
        for (int i = 0; i < 40; i++) {
            double[] shares = shares(i, random);
            tell(world, world.providerId(), BINNENSTAD, inMonth.plusSeconds(i * 60L), shares);
            told++;
            double[] noise = shares(i + 7, random);
            switch (i % 3) {
                case 0 -> tell(world, other, BINNENSTAD, inMonth.plusSeconds(i * 60L), noise);
                case 1 -> tell(world, world.providerId(), NOORDFLANK, inMonth.plusSeconds(i * 60L), noise);
                default -> tell(world, world.providerId(), BINNENSTAD, before.plusSeconds(i * 60L), noise);
            }
            told++;
        }
        return told;
    }

    private static double[] shares(int i, SplittableRandom random) {
        return switch (i % 4) {
            case 0 -> new double[] {0.333, 0.333, 0.333};
            case 1 -> new double[] {0.7, 0.2, 0.1};
            case 2 -> new double[] {0.1 * (i % 10), 0.1 * (10 - i % 10) * 0.5, 1 - 0.1 * (i % 10) - 0.1 * (10 - i % 10) * 0.5};
            default -> {
                double a = Math.round(random.nextDouble() * 100) / 100.0;
                double b = Math.round(random.nextDouble() * (1 - a) * 100) / 100.0;
                yield new double[] {a, b, Math.round((1 - a - b) * 100) / 100.0};
            }
        };
    }

    private void tell(TestFixtures.World world, long provider, String district, Instant at, double[] s) {
        intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), provider, district,
                TellerRole.CLIENT, "Een verhaal", "Wat de hulp deed.", "nl", true, true, true,
                List.of(new Answer.Triad(TRIAD, s[0], s[1], s[2]), new Answer.Dyad("regie", 0.4),
                        new Answer.Choice("thema", Set.of())), UUID.randomUUID(), at, Set.of(), null));
    }

    private long dialogue(HttpSession officer, long opgaveId, long provider, YearMonth month) {
        HttpSession.Page created = post(officer, "/dialogen", Map.entry("opgave", Long.toString(opgaveId)),
                Map.entry("title", "Een dialoog"), Map.entry("periodStart", month.atDay(1).toString()),
                Map.entry("periodEnd", month.atEndOfMonth().toString()), Map.entry("providers", Long.toString(provider)),
                Map.entry("districts", BINNENSTAD));
        assertThat(created.status()).isEqualTo(302);
        return Long.parseLong(created.location().replaceAll(".*/dialogen/", ""));
    }

    @SafeVarargs
    private static HttpSession.Page post(HttpSession session, String path, Map.Entry<String, String>... fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(List.of(fields));
        all.add(Map.entry("_csrf", session.get("/login").csrf()));
        return session.post(path, all);
    }

    private static Map<String, Long> zoneNames(Map<TriadZone, Long> zones) {
        Map<String, Long> names = new LinkedHashMap<>();
        zones.forEach((zone, count) -> names.put(zone.name(), count));
        return names;
    }

    /** The filled cells as the page labels them, in the core's order. */
    private static Map<String, Long> cells(DensityGrid grid) {
        Map<String, Long> cells = new LinkedHashMap<>();
        grid.cells().stream().filter(c -> c.count() > 0).forEach(c -> cells.put(label(c), c.count()));
        return cells;
    }

    private static String label(DensityGrid.Cell c) {
        return range("A", c.p1().a(), c.p2().a(), c.p3().a()) + ", " + range("B", c.p1().b(), c.p2().b(), c.p3().b())
                + ", " + range("C", c.p1().c(), c.p2().c(), c.p3().c());
    }

    private static String range(String corner, double x, double y, double z) {
        return corner + " " + Math.round(Math.min(x, Math.min(y, z)) * 100) + "–" + Math.round(Math.max(x, Math.max(y, z)) * 100) + "%";
    }

    private static List<String[]> csv(HttpSession session, String path) {
        var response = session.download(path);
        assertThat(response.statusCode()).isEqualTo(200);
        String text = new String(response.body(), StandardCharsets.UTF_8).replace(CsvDownload.BOM, "");
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                rows.add(line.split(";", -1));
            }
        }
        return rows;
    }

    private static String value(List<String[]> rows, String kind, String what) {
        return rows.stream().filter(r -> r[0].equals(kind) && r[1].equals(TRIAD) && r[2].equals(what)).map(r -> r[3])
                .findFirst().orElseThrow();
    }
}
