package nl.duiding.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import nl.duiding.TestFixtures;

/**
 * The closing section's hook: a module offering a dialogue's outcome fills an empty closing and is named as its
 * source; text written by a person wins over it.
 */
@SpringBootTest
class ClosingSourceTest {

    @TestConfiguration
    static class DialogueOutcome {
        @Bean
        ClosingSource dialogue() {
            return scope -> Optional.of(new ClosingSource.Closing("Ouders voelen zich gehoord.", "Wachtlijsten.",
                    "De stem van jongeren.", "Vervolggesprek in juni.", "verantwoordingsdialoog van 3 juni"));
        }
    }

    @Autowired
    TestFixtures fixtures;
    @Autowired
    CouncilReports reports;

    @Test
    void anEmptyClosingIsFilledFromTheSourceAndAWrittenOneWins() {
        TestFixtures.World world = fixtures.world();
        LocalDate today = LocalDate.now(ReportScope.ZONE);
        ReportScope scope = new ReportScope(world.opgaveId(), null, null, today.minusDays(30), today);
        long fromSource = reports.create(scope, "Uit de dialoog", "test");
        String html = reports.document(fromSource).orElseThrow().html();
        assertThat(html).contains("Ouders voelen zich gehoord.", "Wachtlijsten.", "De stem van jongeren.",
                "Vervolggesprek in juni.", "Bron van deze afsluiting: verantwoordingsdialoog van 3 juni.");

        long written = reports.create(scope, "Zelf geschreven", "test");
        reports.updateTexts(written, "Zelf geschreven", "", "Zelf: wat goed gaat.", "", "", "");
        String own = reports.document(written).orElseThrow().html();
        assertThat(own).contains("Zelf: wat goed gaat.").doesNotContain("Ouders voelen zich gehoord.", "Bron van deze afsluiting");
    }
}
