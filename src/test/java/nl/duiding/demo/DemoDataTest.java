package nl.duiding.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.analysis.Comparison;
import nl.duiding.analysis.Comparison.QuestionComparison;
import nl.duiding.analysis.IndexMaintenance;
import nl.duiding.analysis.StoryComparisons;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryInsights;
import nl.duiding.analysis.StoryInsights.TriadPoint;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.identity.UserAccounts;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.opgave.ProviderView;
import nl.duiding.story.TellerRole;

/** The demo loads into an empty database, and the analysis finds the patterns the generator put in. */
@SpringBootTest(properties = {"duiding.test.fresh-database=true", "spring.profiles.active=demo", "duiding.demo.stories=1200"})
class DemoDataTest {

    @Autowired
    OpgaveCatalog catalog;
    @Autowired
    StoryQueries queries;
    @Autowired
    StoryComparisons comparisons;
    @Autowired
    IndexMaintenance index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @Test
    void theDemoIsLoadedAndIndexed() {
        assertThat(catalog.opgaven()).extracting(OpgaveView::law).containsExactly(Law.JEUGDWET, Law.WMO, Law.WLZ);
        assertThat(catalog.providers()).hasSize(8).allSatisfy(p -> assertThat(p.name()).endsWith("(fictief)"));
        assertThat(catalog.districts()).hasSize(11).allSatisfy(d -> assertThat(d.code()).startsWith("WK0505"));
        assertThat(jdbc.queryForObject("select count(*) from story", Long.class)).isEqualTo(1200);
        assertThat(index.indexedCount()).isEqualTo(1200);
        assertThat(accounts.loadUserByUsername("beleid").role().name()).isEqualTo("POLICY_OFFICER");
        assertThat(jdbc.queryForObject("select count(distinct date_trunc('month', submitted_at)) from story", Integer.class))
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void theDashboardShowsEachProvidersLeaningCorner() {
        long youth = catalog.opgaven().getFirst().id();
        double linde = mean(youth, provider("Jeugdhulp De Linde"), TriadPoint::c);
        double gezinskracht = mean(youth, provider("Gezinskracht Zuid"), TriadPoint::a);
        double buurtkracht = mean(youth, provider("Buurtkracht Wijkteams"), TriadPoint::b);
        double rest = mean(youth, provider("Kompas Jongerenwerk"), TriadPoint::c);
        assertThat(linde).as("De Linde leans to the care worker").isGreaterThan(0.5).isGreaterThan(rest + 0.15);
        assertThat(gezinskracht).as("Gezinskracht leans to own strength").isGreaterThan(0.5);
        assertThat(buurtkracht).as("Buurtkracht leans to the network").isGreaterThan(0.5);
    }

    @Test
    void comparingOneProviderWithTheRestFindsItsTriadCornerAndProfessionalsDifferOnRegie() {
        long youth = catalog.opgaven().getFirst().id();
        StoryFilter opgave = StoryFilter.opgave(youth);

        Comparison linde = comparisons.compareWithRest(opgave, opgave.withProvider(provider("Jeugdhulp De Linde")));
        QuestionComparison triad = question(linde, "wat_hielp");
        assertThat(triad.test()).isEqualTo(Comparison.Test.PERMUTATION);
        assertThat(triad.pValue()).as("De Linde's lean to the care worker sets it apart").isLessThan(0.01);
        assertThat(triad.adjustedPValue()).as("still after Holm's correction over the page").isLessThan(0.05)
                .isGreaterThanOrEqualTo(triad.pValue());
        assertThat(triad.statistic()).isGreaterThan(0.1);

        Comparison roles = comparisons.compare(opgave.withRole(TellerRole.PROFESSIONAL), opgave.withRole(TellerRole.CLIENT));
        QuestionComparison regie = question(roles, "regie");
        assertThat(regie.test()).isEqualTo(Comparison.Test.MANN_WHITNEY);
        assertThat(regie.pValue()).isLessThan(0.01);
        assertThat(regie.effectSize()).as("professionals rate regie higher").isPositive();
    }

    private static QuestionComparison question(Comparison comparison, String code) {
        return comparison.questions().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void professionalsAndClientsAreBothHeard() {
        long wmo = catalog.opgaven().get(1).id();
        Map<String, Long> roles = queries.facets(StoryFilter.opgave(wmo)).roles();
        assertThat(roles.get(TellerRole.CLIENT.name())).isGreaterThan(roles.get(TellerRole.PROFESSIONAL.name()));
        assertThat(roles.get(TellerRole.PROFESSIONAL.name())).isPositive();
    }

    private long provider(String prefix) {
        return catalog.providers().stream().filter(p -> p.name().startsWith(prefix)).map(ProviderView::id)
                .findFirst().orElseThrow();
    }

    private double mean(long opgaveId, long providerId, ToDoubleFunction<TriadPoint> corner) {
        StoryInsights insights = queries.insights(new StoryFilter(opgaveId, providerId, null, null), List.of("wat_hielp"), 0);
        return insights.triads().get("wat_hielp").stream().mapToDouble(corner).average().orElseThrow();
    }
}
