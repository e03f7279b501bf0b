package nl.duiding.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScrubberTest {

    static final Scrubber SCRUBBER = new Scrubber(Set.of("Jeugdhulp De Linde (fictief)", "Sterrenburg", "Buurtkracht Wijkteams"));

    static String masked(String text) {
        return Scrubber.mask(text, SCRUBBER.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mijn BSN is 111222333, dat gaf ik door.            | 111222333    | [BSN]
            Mijn BSN is 111.222.333, dat gaf ik door.          | 111.222.333  | [BSN]
            Bel me op 06-12345678 als het kan.                  | 06-12345678  | [TELEFOON]
            Bel me op 06 1234 5678 als het kan.                 | 06 1234 5678 | [TELEFOON]
            Bel me op +31 6 12345678 als het kan.               | +31 6 12345678 | [TELEFOON]
            Het wijkteam belde 078-6123456 terug.               | 078-6123456  | [TELEFOON]
            Mail naar an.de.vries@example.nl voor vragen.       | an.de.vries@example.nl | [E-MAIL]
            Maak het over op NL91ABNA0417164300 graag.          | NL91ABNA0417164300 | [IBAN]
            Maak het over op NL91 ABNA 0417 1643 00 graag.      | NL91 ABNA 0417 1643 00 | [IBAN]
            Ik woon op de Dorpsstraat 12a in de wijk.           | Dorpsstraat 12a | [ADRES]
            Ons adres is 3311 AB bij het park.                  | 3311 AB      | [POSTCODE]
            Gisteren kwam Fatima langs met de kinderen.         | Fatima       | [NAAM]
            We spraken met Jan van der Berg over school.        | Jan van der Berg | [NAAM]
            Onze begeleider Ruud Verhoeven nam de tijd.         | Ruud Verhoeven | [NAAM]
            De consulent heette Wilhelmina en luisterde goed.   | Wilhelmina   | [NAAM]
            Toen zei Xandra Pietersma dat het goed kwam.        | Xandra Pietersma | [NAAM]
            We spraken mevr. Bakker over de zorg.               | Bakker       | [NAAM]
            """)
    void masksPlantedPersonalData(String text, String planted, String placeholder) {
        String result = masked(text);
        assertThat(result).doesNotContain(planted.strip()).contains(placeholder.strip());
    }

    /**
     * An address masks the street and its number, not the words before it. Before, the words before a street word
     * were taken as part of its name in any case ("[ADRES] hielpen ons echt."); a street named after a person keeps
     * its first name and tussenvoegsel in the finding, also written in lower case.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            De gesprekken met kwartiermakerf72035 hielpen ons echt.  | De gesprekken met [ADRES] hielpen ons echt.
            we wonen in de kerkstraat 5 sinds mei                     | we wonen in de [ADRES] sinds mei
            sinds we op de dorpsstraat 12a wonen gaat het beter       | sinds we op de [ADRES] wonen gaat het beter
            de buurtcoach kwam naar het marktplein 3 toe              | de buurtcoach kwam naar het [ADRES] toe
            ik woon aan de johan de wittstraat 12 bij het park        | ik woon aan de [ADRES] bij het park
            Ik woon op de Johan de Wittstraat 12 bij het park.        | Ik woon op de [ADRES] bij het park.
            mijn oma woont op de burgemeester de raadtsingel 40       | mijn oma woont op de [ADRES]
            """)
    void anAddressMasksTheStreetNotTheWordsBeforeIt(String text, String expected) {
        assertThat(masked(text.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We wachtten 123456789 seconden, zo voelde het.",   // fails the 11-proef
            "De AGB-code 99000101 staat op de factuur.",
            "In 2024 kregen we 12 gesprekken van 45 minuten.",
            "Het kostte 1.250 euro per maand.",
            "Jeugdhulp De Linde (fictief) hielp ons in Sterrenburg.",
            "Op maandag 3 april ging het beter.",
            "Ik ben blij. Mijn moeder ook.",
            "Het is NL01 dat is geen rekening.",
            "Het Buurtkracht Wijkteams kwam langs in Dordrecht.",
            "Het ging slecht met onze zoon. Opa en oma hielpen mee.",
            // letters inside a code are no words: "ada" and "sem" are first names, "a14ada1b" and "7sem2" are not
            "Mijn kenmerk is a14ada1b en dossier 7sem2 bij het loket."})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(masked(text)).isEqualTo(text);
    }

    @Test
    void findingsDoNotOverlapAndAreInTextOrder() {
        String text = "Mail jan@example.nl of bel 0612345678, BSN 111222333.";
        assertThat(SCRUBBER.find(text)).extracting(Finding::kind)
                .containsExactly(PersonalDataKind.EMAIL, PersonalDataKind.PHONE, PersonalDataKind.BSN);
        assertThat(masked(text)).isEqualTo("Mail [E-MAIL] of bel [TELEFOON], BSN [BSN].");
    }

    @Test
    void elfProefMatchesTheDefinition() {
        assertThat(Checks.elfProef("111222333")).isTrue();
        assertThat(Checks.elfProef("123456782")).isTrue();
        assertThat(Checks.elfProef("123456789")).isFalse();
        assertThat(Checks.elfProef("000000000")).isFalse();
    }

    /** The fictional demo's sentences contain no personal data (but for the [personal] pool), so nothing in them may be masked. */
    @Test
    void theDemoSentencesAreLeftAlone() throws Exception {
        try (var in = ScrubberTest.class.getResourceAsStream("/demo/verhalen.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.List<String> sentences = text.substring(0, text.indexOf("[personal]")).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("[")).toList();
            assertThat(sentences).hasSizeGreaterThan(50);
            assertThat(sentences).allSatisfy(sentence -> assertThat(SCRUBBER.find(sentence)).as(sentence).isEmpty());
        }
    }
}
