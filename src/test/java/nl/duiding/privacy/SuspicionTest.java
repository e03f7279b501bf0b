package nl.duiding.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The second line of defence (issue 14): what the masking left that a person should look at. */
class SuspicionTest {

    private final Scrubber scrubber = new Scrubber(Set.of("Thuiszorg Dordrecht"));

    private List<String> suspects(String text) {
        String masked = Scrubber.mask(text, scrubber.find(text));
        return scrubber.suspicions(masked).stream().map(f -> masked.substring(f.start(), f.end())).toList();
    }

    @Test
    void aCapitalisedUnknownWordMidSentenceIsSuspect() {
        assertThat(suspects("Ik sprak lang met Qorvandel over de hulp.")).containsExactly("Qorvandel");
    }

    @Test
    void anUnknownWordAfterATitleCueIsSuspectInAnyCase() {
        assertThat(suspects("gisteren kwam meneer qorvandel langs")).containsExactly("qorvandel");
        assertThat(suspects("de juf zei dat het beter ging")).isEmpty();
    }

    @Test
    void placeholdersAllowedNamesAndOrdinarySentencesAreNotSuspect() {
        assertThat(suspects("Mijn buurvrouw Fatima de Vries belde Thuiszorg Dordrecht.")).isEmpty();
        assertThat(suspects("Het ging beter toen de begeleiding vaker kwam. Daarna werd het rustig.")).isEmpty();
        assertThat(suspects("We kregen hulp via de Wmo en het CJG.")).isEmpty();
    }

    @Test
    void noDemoSentenceIsHeldForReview() {
        assertThat(MaskingEvaluation.demoPoolSentences()).allSatisfy(s -> assertThat(suspects(s)).as(s).isEmpty());
    }
}
