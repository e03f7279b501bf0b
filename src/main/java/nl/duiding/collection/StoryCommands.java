package nl.duiding.collection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;

import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Turns what the story form sent into the story module's command. Nothing here throws on bad input:
 * malformed values become values the story module's validation refuses with a message.
 */
final class StoryCommands {

    private StoryCommands() {
    }

    static SubmitStory submit(CollectionView collection, StoryForm form, MultiValueMap<String, String> params,
                              Locale locale, List<Prompt> prompts) {
        return new SubmitStory(collection.id(), collection.opgaveId(), collection.frameworkId(), form.provider(),
                emptyToNull(form.districtCode()), role(form.role()), form.title(), form.body(), locale.getLanguage(),
                form.analysis(), form.quote(), form.share(), AnswerParser.parse(params),
                idempotencyKey(form.idempotencyKey()), null, otherProviders(params),
                promptText(prompts, params.getFirst("prompt")));
    }

    /** No prompt chosen, or one of this collection's. */
    static boolean promptKnown(List<Prompt> prompts, String raw) {
        return !StringUtils.hasText(raw) || index(prompts, raw) >= 0;
    }

    /** The chosen prompt's Dutch text, kept with the story so analysis reads one language; null when none. */
    private static String promptText(List<Prompt> prompts, String raw) {
        int index = StringUtils.hasText(raw) ? index(prompts, raw) : -1;
        return index < 0 ? null : prompts.get(index).nl();
    }

    private static int index(List<Prompt> prompts, String raw) {
        try {
            int index = Integer.parseInt(raw.strip());
            return index < prompts.size() ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The further providers ticked; a value that is no number becomes -1, which validation reports. */
    private static Set<Long> otherProviders(MultiValueMap<String, String> params) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String raw : params.getOrDefault("otherProviders", List.of())) {
            try {
                ids.add(Long.parseLong(raw.strip()));
            } catch (NumberFormatException e) {
                ids.add(-1L);
            }
        }
        return ids;
    }

    private static TellerRole role(String raw) {
        if (!StringUtils.hasText(raw)) {
            return null;
        }
        try {
            return TellerRole.valueOf(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The form's key; a broken or missing one gets a new key (and then needs a matching token). */
    static UUID idempotencyKey(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            return UUID.randomUUID();
        }
    }

    private static String emptyToNull(String s) {
        return StringUtils.hasText(s) ? s : null;
    }
}
