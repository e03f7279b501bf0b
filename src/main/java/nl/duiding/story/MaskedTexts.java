package nl.duiding.story;

import java.util.ArrayList;
import java.util.List;

import nl.duiding.privacy.OriginalSealer;
import nl.duiding.privacy.Scrubber;

/**
 * A story's title and body after masking, with the sealed originals and the redactions made, and its answers
 * with every written answer (TEXT questions, "anders, namelijk") masked too. Written answers keep no original:
 * they are short, and nobody needs to undo a redaction in them.
 */
record MaskedTexts(String title, String body, byte[] titleSealed, byte[] bodySealed, List<Redaction> redactions,
                   List<Answer> answers, boolean suspect) {

    static MaskedTexts of(String title, String body, List<Answer> answers, Scrubber scrubber, OriginalSealer sealer) {
        List<Redaction> titleRedactions = Masking.redactions(Redaction.Field.TITLE, scrubber.find(title));
        List<Redaction> bodyRedactions = Masking.redactions(Redaction.Field.BODY, scrubber.find(body));
        List<Redaction> all = new ArrayList<>(titleRedactions);
        all.addAll(bodyRedactions);
        String maskedTitle = Masking.mask(title, titleRedactions);
        String maskedBody = Masking.mask(body, bodyRedactions);
        List<Answer> maskedAnswers = maskedAnswers(answers, scrubber);
        return new MaskedTexts(maskedTitle, maskedBody,
                titleRedactions.isEmpty() ? null : sealer.seal(title), bodyRedactions.isEmpty() ? null : sealer.seal(body),
                all, maskedAnswers, suspect(maskedTitle, maskedBody, maskedAnswers, scrubber));
    }

    /** Whether anything the scrubber left may still be personal data: then a person reviews the story first. */
    private static boolean suspect(String title, String body, List<Answer> answers, Scrubber scrubber) {
        return !scrubber.suspicions(title).isEmpty() || !scrubber.suspicions(body).isEmpty()
                || answers.stream().anyMatch(a -> switch (a) {
                    case Answer.Text t -> !scrubber.suspicions(t.text()).isEmpty();
                    case Answer.Other o -> !scrubber.suspicions(o.text()).isEmpty();
                    default -> false;
                });
    }

    private static List<Answer> maskedAnswers(List<Answer> answers, Scrubber scrubber) {
        return answers.stream().map(a -> switch (a) {
            case Answer.Text t -> (Answer) new Answer.Text(t.questionCode(), masked(t.text(), scrubber));
            case Answer.Other o -> new Answer.Other(o.questionCode(), masked(o.text(), scrubber));
            default -> a;
        }).toList();
    }

    private static String masked(String text, Scrubber scrubber) {
        return text == null ? null : Scrubber.mask(text, scrubber.find(text));
    }
}
