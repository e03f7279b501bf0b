package nl.duiding.dialogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.duiding.analysis.PageFilter;
import nl.duiding.analysis.StoryFilter;
import nl.duiding.analysis.StoryInsights;
import nl.duiding.analysis.StoryQueries;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.identity.DuidingUser;

/**
 * Pinning material (one endpoint for every {@link MaterialKind}), the story picker, the frozen SVGs, and the
 * printable sensemaking material: story cards and a one-page summary per pinned chart.
 */
@Controller
class MaterialController {

    static final int PICKER_SIZE = 30;

    private final Dialogues dialogues;
    private final DialoguePage page;
    private final StoryQueries queries;
    private final AuditLog audit;
    private final Actors actors;

    MaterialController(Dialogues dialogues, DialoguePage page, StoryQueries queries, AuditLog audit, Actors actors) {
        this.dialogues = dialogues;
        this.page = page;
        this.queries = queries;
        this.audit = audit;
        this.actors = actors;
    }

    @PostMapping("/dialogen/{id}/materiaal")
    String pin(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam Map<String, String> fields,
               @AuthenticationPrincipal DuidingUser user, Locale locale, RedirectAttributes redirect) {
        Map<String, String> copy = new HashMap<>(fields);
        copy.remove("_csrf");
        return DialoguePage.back(id, "materiaal", redirect, () -> dialogues.pin(id, kind, copy, actors.of(user), locale));
    }

    /** Stories of the dialogue's opgave that tellers consented to share; a provider user sees only their own. */
    @GetMapping("/dialogen/{id}/verhalen")
    String picker(@PathVariable long id, @ModelAttribute("filter") PageFilter filter,
                  @AuthenticationPrincipal DuidingUser user, Model model) {
        Long provider = filter.providerId();
        String q = filter.text();
        Actor actor = actors.of(user);
        Dialogue dialogue = dialogues.openToContribute(id, actor);
        if (provider == null && actor.isProvider() && actor.providerIds().size() == 1) {
            provider = actor.providerIds().iterator().next();
        }
        if (actor.isProvider() && !actor.speaksFor(provider)) {
            audit.record(AuditAction.READ, "DIALOGUE_STORY_PICKER", id, AuditResult.DENIED, "provider=" + provider);
            throw new DialogueDeniedException("another provider's stories");
        }
        if (!dialogue.covers(provider)) {
            throw new DialogueNotFoundException();
        }
        StoryInsights insights = queries.insights(new StoryFilter(dialogue.opgaveId(), provider, null, q, true), List.of(), PICKER_SIZE);
        List<StoryInsights.StoryHit> hits = insights.stories().stream()
                .filter(h -> dialogue.covers(parse(h.provider())) && parse(h.provider()) != null).toList();
        audit.record(AuditAction.READ, "DIALOGUE_STORY_PICKER", id, AuditResult.OK, "stories="
                + hits.stream().map(StoryInsights.StoryHit::id).collect(Collectors.joining(",")));
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("hits", hits);
        model.addAttribute("providers", page.pinProviders(dialogue, actor));
        model.addAttribute("providerNames", page.providerNames());
        model.addAttribute("provider", provider);
        model.addAttribute("q", q);
        model.addAttribute("providerUser", actor.isProvider());
        return "dialogue/stories";
    }

    @GetMapping("/dialogen/{id}/materiaal/{itemId}/svg")
    ResponseEntity<String> svg(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal DuidingUser user) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .body(dialogues.svg(id, itemId, actors.of(user)));
    }

    @GetMapping("/dialogen/{id}/materiaal/{itemId}/afdruk")
    String summary(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal DuidingUser user, Model model) {
        Actor actor = actors.of(user);
        Dialogue dialogue = dialogues.open(id, actor);
        PinnedMaterial item = dialogues.item(id, itemId, actor);
        page.auditStories(dialogue, List.of(item), "print");
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("item", item);
        return "dialogue/summary";
    }

    @GetMapping("/dialogen/{id}/verhaalkaarten")
    String cards(@PathVariable long id, @AuthenticationPrincipal DuidingUser user, Model model) {
        Actor actor = actors.of(user);
        Dialogue dialogue = dialogues.open(id, actor);
        List<PinnedMaterial> stories = dialogues.material(dialogue, actor).stream().filter(PinnedMaterial::isStory).toList();
        page.auditStories(dialogue, stories, "story cards");
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("stories", stories);
        return "dialogue/cards";
    }

    private static Long parse(String provider) {
        try {
            return provider == null ? null : Long.valueOf(provider);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
