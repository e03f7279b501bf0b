package nl.duiding.story;

import java.util.HashSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.privacy.InstitutionList;
import nl.duiding.privacy.Scrubber;
import nl.duiding.privacy.StreetList;

/**
 * The one way to mask a text anyone types: a teller's story and answers, and every text a person edits afterwards
 * (quotes, dialogue notes). Names of providers, districts and opgaven are public facts, never personal data; the
 * streets come from {@code duiding.privacy.street-list}, the schools and GP practices from
 * {@code duiding.privacy.institution-list} (the bundled Dordrecht demo lists when empty).
 */
@Service
public class TextMasking {

    private final OpgaveCatalog catalog;
    private final StreetList streets;
    private final InstitutionList institutions;

    TextMasking(OpgaveCatalog catalog, @Value("${duiding.privacy.street-list:}") String streetList,
                @Value("${duiding.privacy.institution-list:}") String institutionList) {
        this.catalog = catalog;
        this.streets = StreetList.fromFile(streetList);
        this.institutions = InstitutionList.fromFile(institutionList);
    }

    /** A scrubber for now: the catalogue may have gained a provider or district since the last one. */
    public Scrubber scrubber() {
        Set<String> neverNames = new HashSet<>();
        catalog.providers().forEach(p -> neverNames.add(p.name()));
        catalog.districts().forEach(d -> neverNames.add(d.name()));
        catalog.opgaven().forEach(o -> neverNames.add(o.name()));
        return new Scrubber(neverNames, streets, institutions);
    }

    /** The text with everything found replaced by placeholders; null stays null. */
    public String mask(String text) {
        return text == null ? null : Scrubber.mask(text, scrubber().find(text));
    }
}
