package nl.duiding.browser;

import java.util.List;

import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.framework.LocalizedText;
import nl.duiding.framework.QuestionKind;

/** A framework with one question of every kind, for browser tests that do not go through the editor. */
public final class AllKinds {

    private AllKinds() {
    }

    public static FrameworkDefinition publish(Frameworks frameworks, String name) {
        FrameworkDefinition draft = frameworks.createDraft(name);
        for (QuestionDefinition q : questions()) {
            frameworks.addQuestion(draft.id(), q);
        }
        return frameworks.publishDraft(draft.id());
    }

    public static List<QuestionDefinition> questions() {
        return List.of(
                q("hielp", QuestionKind.TRIAD, true, options("eigen", "netwerk", "hulp"), false, false, 0, false),
                q("regie", QuestionKind.DYAD, true, options("hulp", "zelf"), true, false, 0, false),
                q("plek", QuestionKind.STONES, true, options("school", "thuis"), true, false, 0, true),
                q("gevoel", QuestionKind.SINGLE_CHOICE, true, options("blij", "boos", "bang"), false, true, 0, false),
                q("thema", QuestionKind.MULTIPLE_CHOICE, false, options("thuis", "werk"), true, true, 0, false),
                q("cijfer", QuestionKind.SCALE, true, options("slecht", "goed"), false, false, 7, false),
                q("les", QuestionKind.TEXT, false, List.of(), false, false, 0, false),
                q("weken", QuestionKind.NUMBER, true, List.of(), true, false, 0, false));
    }

    private static QuestionDefinition q(String code, QuestionKind kind, boolean required, List<OptionDefinition> options,
                                        boolean notApplicable, boolean other, int points, boolean axes) {
        return new QuestionDefinition(code, kind, text("Vraag " + code + "?"), required, options, notApplicable, other,
                points, axes ? text("Belangrijk") : null, axes ? text("Ging goed") : null);
    }

    private static List<OptionDefinition> options(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> new OptionDefinition(c, text("Antwoord " + c))).toList();
    }

    private static LocalizedText text(String nl) {
        return new LocalizedText(nl, "EN " + nl);
    }
}
