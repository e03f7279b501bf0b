package nl.duiding.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14: personal data as a new teller types it, quickly and in lower case on a phone. */
class DutchWritingMaskingTest {

    static final Scrubber SCRUBBER = new Scrubber(Set.of("Jeugdhulp De Linde (fictief)", "Sterrenburg", "Wielwijk"));

    static String masked(String text) {
        return Scrubber.mask(text, SCRUBBER.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jan en fatima de vries kwamen langs                  | jan
            jan en fatima de vries kwamen langs                  | fatima
            jan en fatima de vries kwamen langs                  | vries
            we spraken meneer jansen over de hulp                | jansen
            Jansen zei dat het goed kwam                         | Jansen
            mijn buurvrouw fatima de vries hielp mij             | fatima
            juf bakker had het gezien                            | bakker
            ik woon op de spuiboulevard 300 sinds vorig jaar     | spuiboulevard 300
            we wonen aan de Dordtse Kil 12 in een flat           | Dordtse Kil 12
            het kantoor zit in de Johan de Wittstraat            | Johan
            het kantoor zit in de Johan de Wittstraat            | Wittstraat
            mijn postcode is 3311 ab dus dichtbij                | 3311 ab
            mijn postcode is 3311ab dus dichtbij                 | 3311ab
            maak het over op nl91abna0417164300 graag            | abna
            maak het over op nl91 abna 0417 1643 00 graag        | abna
            mijn zoon is geboren op 12-03-2015 in het ziekenhuis | 12-03-2015
            geboortedatum 3 maart 2015 staat op het formulier    | 3 maart 2015
            ze is geboren op 12 mei 2009                         | 12 mei 2009
            de auto met kenteken 12-abc-3 stond voor de deur     | 12-abc-3
            zijn auto ab-123-c stond er weer                     | ab-123-c
            """)
    void masksWhatTellersTypeInLowerCase(String text, String planted) {
        assertThat(masked(text)).doesNotContainIgnoringCase(planted.strip());
    }

    @Test
    void aStreetIsMaskedWholeNotHalf() {
        assertThat(masked("het kantoor zit in de Johan de Wittstraat 8")).doesNotContain("Johan de").contains("[ADRES]");
        assertThat(masked("we wonen aan de Dordtse Kil 12 in een flat")).isEqualTo("we wonen aan de [ADRES] in een flat");
    }

    @Test
    void aLowerCaseIbanIsMaskedAsOneIban() {
        assertThat(masked("maak het over op nl91abna0417164300 graag")).isEqualTo("maak het over op [IBAN] graag");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ik wil van de hulp af maar het gaat nog niet",
            "we gingen naar het bos en daarna naar huis",
            "mijn moeder wil graag dat het beter gaat",
            "de visser en de bakker kwamen niet",
            "het was een mooie dag in mei",
            "ik heb 3 kinderen en 2 katten",
            "het kostte 12 euro per uur",
            "zij gaf mij de ruimte om te praten",
            "de jeugdhulp kwam op tijd en dat was fijn",
            "we hebben het over de kosten gehad en dat ging goed"})
    void ordinaryLowerCaseSentencesSurvive(String text) {
        assertThat(masked(text)).isEqualTo(text);
    }

    /** Edited quotes and stored stories are masked again: what is already masked stays exactly as it is. */
    @ParameterizedTest
    @ValueSource(strings = {"bij [NAAM] [ADRES] [POSTCODE] gewoond", "Toen zei [NAAM] dat [NAAM] op de [ADRES] woonde",
            "[NAAM] en [NAAM] belden [TELEFOON]", "mijn dochter zit op [INSTELLING] en de juf van [INSTELLING] belde"})
    void maskingAMaskedTextChangesNothing(String text) {
        assertThat(masked(text)).isEqualTo(text);
    }
}
