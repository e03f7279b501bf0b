package nl.duiding.story;

import java.util.ArrayList;
import java.util.List;

import nl.duiding.privacy.OriginalSealer;
import nl.duiding.privacy.Scrubber;

/** A story's title and body after masking, with the sealed originals and the redactions made. */
record MaskedTexts(String title, String body, byte[] titleSealed, byte[] bodySealed, List<Redaction> redactions) {

    static MaskedTexts of(String title, String body, Scrubber scrubber, OriginalSealer sealer) {
        List<Redaction> titleRedactions = Masking.redactions(Redaction.Field.TITLE, scrubber.find(title));
        List<Redaction> bodyRedactions = Masking.redactions(Redaction.Field.BODY, scrubber.find(body));
        List<Redaction> all = new ArrayList<>(titleRedactions);
        all.addAll(bodyRedactions);
        return new MaskedTexts(Masking.mask(title, titleRedactions), Masking.mask(body, bodyRedactions),
                titleRedactions.isEmpty() ? null : sealer.seal(title), bodyRedactions.isEmpty() ? null : sealer.seal(body),
                all);
    }
}
