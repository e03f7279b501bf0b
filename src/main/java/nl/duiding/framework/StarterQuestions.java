package nl.duiding.framework;

import java.util.List;

import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;

/** The questions of the starter framework, in plain (B1) Dutch with English translations. */
final class StarterQuestions {

    static final String NAME = "Basisvragen";

    private StarterQuestions() {
    }

    static List<QuestionDefinition> all() {
        return List.of(
                new QuestionDefinition("wat_hielp", QuestionKind.TRIAD,
                        new LocalizedText("Wat hielp in dit verhaal het meest?", "What helped most in this story?"), true,
                        List.of(option("eigen_kracht", "Wat ik zelf kon", "What I could do myself"),
                                option("netwerk", "Mensen om mij heen", "People around me"),
                                option("hulpverlener", "De hulpverlener", "The care worker"))),
                new QuestionDefinition("regie", QuestionKind.DYAD,
                        new LocalizedText("Wie besliste er over de hulp?", "Who decided about the help?"), true,
                        List.of(option("hulpverlening", "De hulpverlening besliste", "The care service decided"),
                                option("zelf", "Ik besliste zelf", "I decided myself"))),
                new QuestionDefinition("thema", QuestionKind.MULTIPLE_CHOICE,
                        new LocalizedText("Waar gaat je verhaal over? Kies wat past.", "What is your story about? Choose what fits."),
                        false,
                        List.of(option("thuis", "Thuis en gezin", "Home and family"),
                                option("school_werk", "School of werk", "School or work"),
                                option("gezondheid", "Gezondheid", "Health"),
                                option("geld", "Geld", "Money"),
                                option("contact", "Contact met anderen", "Contact with others"),
                                option("veiligheid", "Veiligheid", "Safety"))));
    }

    private static OptionDefinition option(String code, String nl, String en) {
        return new OptionDefinition(code, new LocalizedText(nl, en));
    }
}
