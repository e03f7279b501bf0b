package nl.duiding.framework;

import java.util.ArrayList;
import java.util.List;

import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;

/**
 * The questions of the starter frameworks, in plain (B1) Dutch with English translations. Every starter
 * keeps the codes wat_hielp, regie and thema so analysis compares stories across opgaven; the per-law
 * starters add the built-in questions (age group, how the story feels) and a question that fits the law.
 */
final class StarterQuestions {

    static final String NAME = "Basisvragen";

    private StarterQuestions() {
    }

    static String nameFor(String law) {
        return NAME + " " + switch (law) {
            case "JEUGDWET" -> "Jeugdwet";
            case "WMO" -> "Wmo";
            case "WLZ" -> "Wlz";
            default -> throw new IllegalArgumentException("Unknown law " + law);
        };
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

    static List<QuestionDefinition> forLaw(String law) {
        List<QuestionDefinition> questions = new ArrayList<>(all());
        questions.add(lawQuestion(law));
        questions.add(new QuestionDefinition("gevoel", QuestionKind.SCALE,
                new LocalizedText("Hoe voelt dit verhaal voor je?", "How does this story feel to you?"), false,
                List.of(option("naar", "Heel naar", "Very bad"), option("fijn", "Heel fijn", "Very good")),
                true, false, 5, null, null));
        questions.add(new QuestionDefinition("leeftijd", QuestionKind.SINGLE_CHOICE,
                new LocalizedText("Hoe oud is de persoon om wie het gaat?", "How old is the person the story is about?"),
                false, List.of(option("tot_12", "Jonger dan 12", "Under 12"), option("j12_17", "12 tot 18", "12 to 17"),
                        option("j18_26", "18 tot 27", "18 to 26"), option("j27_66", "27 tot 67", "27 to 66"),
                        option("j67_plus", "67 of ouder", "67 or older")),
                true, false, 0, null, null));
        return questions;
    }

    private static QuestionDefinition lawQuestion(String law) {
        return switch (law) {
            case "JEUGDWET" -> new QuestionDefinition("thuis_opgroeien", QuestionKind.DYAD,
                    new LocalizedText("Kon het kind thuis blijven opgroeien?", "Could the child keep growing up at home?"),
                    false, List.of(option("weg", "Het kind moest weg van huis", "The child had to leave home"),
                            option("thuis", "Het kind bleef thuis", "The child stayed at home")),
                    true, false, 0, null, null);
            case "WMO" -> new QuestionDefinition("meedoen", QuestionKind.DYAD,
                    new LocalizedText("Kon je meedoen zoals je wilde?", "Could you take part the way you wanted?"),
                    false, List.of(option("niet", "Ik kon niet meedoen", "I could not take part"),
                            option("wel", "Ik deed mee zoals ik wilde", "I took part the way I wanted")),
                    true, false, 0, null, null);
            default -> new QuestionDefinition("er_zijn", QuestionKind.DYAD,
                    new LocalizedText("Werd je gezien zoals je bent?", "Were you seen as you are?"),
                    false, List.of(option("niet", "Ik werd niet gezien", "I was not seen"),
                            option("wel", "Ik werd gezien", "I was seen")),
                    true, false, 0, null, null);
        };
    }

    private static OptionDefinition option(String code, String nl, String en) {
        return new OptionDefinition(code, new LocalizedText(nl, en));
    }
}
