package nl.duiding.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14: school and GP-practice names of the municipality's list, as tellers type them: lower case, extra spaces,
 * no punctuation, with another generic word in front or none. A name that is an ordinary phrase ("de regenboog")
 * counts only after a word that says it is an institution.
 */
class InstitutionNamesTest {

    static final InstitutionList LIST = new InstitutionList(List.of("Basisschool De Regenboog", "OBS Het Kompas",
            "Basisschool 't Waterrijk", "CBS Het Mozaïek", "Basisschool Prins Willem-Alexander", "Johan de Witt Gymnasium",
            "Merewade College", "Huisartsenpraktijk De Linde", "Huisartsenpraktijk Jansen en Aydin",
            "Gezondheidscentrum Sterrenburg"));
    static final Scrubber SCRUBBER = new Scrubber(Set.of("Jeugdhulp De Linde (fictief)", "Wijk 09 Sterrenburg"),
            StreetList.bundled(), LIST);

    static String masked(String text) {
        return Scrubber.mask(text, SCRUBBER.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mijn dochter zit op basisschool de regenboog in groep 5      | mijn dochter zit op [INSTELLING] in groep 5
            mijn dochter zit op Basisschool  De   Regenboog             | mijn dochter zit op [INSTELLING]
            ze zit nu op obs de regenboog en dat gaat goed               | ze zit nu op [INSTELLING] en dat gaat goed
            de school de regenboog belde elke week                       | de [INSTELLING] belde elke week
            mijn zoon zit op de regenboog sinds de zomer                 | mijn zoon zit op [INSTELLING] sinds de zomer
            de juf van het kompas zag het als eerste                     | de juf van [INSTELLING] zag het als eerste
            we gingen naar het kompas voor een gesprek                   | we gingen naar [INSTELLING] voor een gesprek
            hij zit op t waterrijk                                       | hij zit op [INSTELLING]
            hij zit op het waterrijk                                     | hij zit op [INSTELLING]
            cbs het mozaiek heeft een zorgcoordinator                    | [INSTELLING] heeft een zorgcoordinator
            de basisschool prins willem alexander deed niets             | de [INSTELLING] deed niets
            ze gaat naar prins willem-alexander                          | ze gaat naar [INSTELLING]
            op het johan de witt gymnasium werd hij gepest               | op het [INSTELLING] werd hij gepest
            hij zit op het johan de witt                                 | hij zit op het [INSTELLING]
            het merewade college belde                                   | het [INSTELLING] belde
            hij zit op het merewade                                      | hij zit op het [INSTELLING]
            bij huisartsenpraktijk de linde kregen we een verwijzing     | bij [INSTELLING] kregen we een verwijzing
            bij praktijk de linde kregen we een verwijzing               | bij [INSTELLING] kregen we een verwijzing
            de huisartsenpraktijk jansen en aydin stuurde ons door       | de [INSTELLING] stuurde ons door
            we zijn patient bij jansen en aydin                          | we zijn patient bij [INSTELLING]
            het gezondheidscentrum sterrenburg was dicht                 | het [INSTELLING] was dicht
            """)
    void masksTheNamesOfTheList(String text, String expected) {
        assertThat(masked(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "na de regen stond er een regenboog en de regenboog was mooi",
            "we keken naar de regenboog boven de rivier",
            "zonder kompas waren we de weg kwijt",
            "het waterrijk gebied achter ons huis",
            "ze wonen in sterrenburg en het gaat goed",
            "de linde hielp ons heel goed",
            "jeugdhulp de linde kwam elke week",
            "het college van b en w besliste",
            "de praktijk was vol en school ook"})
    void ordinarySentencesAndPublicNamesSurvive(String text) {
        assertThat(masked(text)).isEqualTo(text);
    }

    @Test
    void aStreetNamedAfterTheSameManStaysAStreet() {
        assertThat(masked("het kantoor zit in de johan de wittstraat 8")).isEqualTo("het kantoor zit in de [ADRES]");
    }

    @Test
    void aMaskedTextStaysAsItIs() {
        String text = "mijn dochter zit op [INSTELLING] en de juf van [INSTELLING] belde";
        assertThat(masked(text)).isEqualTo(text);
    }

    @Test
    void theBundledDemoListIsUsedByDefault() {
        Scrubber scrubber = new Scrubber(Set.of());
        String text = "mijn dochter zit op basisschool de regenboog";
        assertThat(scrubber.find(text)).extracting(Finding::kind).containsExactly(PersonalDataKind.INSTITUTION);
        assertThat(InstitutionList.bundled().names()).hasSizeGreaterThanOrEqualTo(24).contains("basisschool de regenboog");
    }

    @Test
    void aListFileHasOneNamePerLineWithComments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("instellingen.txt");
        Files.writeString(file, "# scholen uit DUO\nBasisschool  De Toermalijn\n\n  Huisartsenpraktijk Wantij  \n",
                StandardCharsets.UTF_8);
        assertThat(InstitutionList.fromFile(file.toString()).names())
                .containsExactly("basisschool de toermalijn", "huisartsenpraktijk wantij");
        assertThat(InstitutionList.fromFile(" ")).isSameAs(InstitutionList.bundled());
    }
}
