package nl.duiding.dialogue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.duiding.collection.OpgaveQuestions;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
import nl.duiding.dialogue.DialogueOutcome.Observation;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.report.DisclosurePolicy;

/** Everything the dialogue page shows, filtered to what this actor may see; story reads are audited. */
@Component
class DialoguePage {

    private final Dialogues dialogues;
    private final DiscussionStore discussion;
    private final OpgaveCatalog catalog;
    private final OpgaveQuestions triads;
    private final AuditLog audit;
    private final DisclosurePolicy policy;

    DialoguePage(Dialogues dialogues, DiscussionStore discussion, OpgaveCatalog catalog, OpgaveQuestions triads, AuditLog audit,
                 DisclosurePolicy policy) {
        this.policy = policy;
        this.dialogues = dialogues;
        this.discussion = discussion;
        this.catalog = catalog;
        this.triads = triads;
        this.audit = audit;
    }

    void fill(long id, Actor actor, Model model) {
        Dialogue dialogue = dialogues.open(id, actor);
        List<Participant> participants = dialogues.participants(id);
        List<PinnedMaterial> material = dialogues.material(dialogue, actor);
        auditStories(dialogue, material, "page");
        List<Observation> observations = discussion.observations(id);
        Map<String, List<Observation>> byFeedback = new LinkedHashMap<>();
        for (Feedback f : Feedback.values()) {
            byFeedback.put(f.name(), observations.stream().filter(o -> o.feedback() == f).toList());
        }
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("opgave", catalog.opgave(dialogue.opgaveId()).orElseThrow(DialogueNotFoundException::new));
        model.addAttribute("providerNames", providerNames());
        model.addAttribute("participants", participants);
        model.addAttribute("material", material);
        model.addAttribute("liveLinks", liveLinks(material, actor));
        Movement movement = dialogues.movement(dialogue).orElse(null);
        model.addAttribute("movement", movement);
        model.addAttribute("movementShown", movement == null ? null : movement.shown(policy,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("observations", byFeedback);
        model.addAttribute("closedObservations", observations.stream().filter(Observation::closed).toList());
        model.addAttribute("decisions", discussion.decisions(id));
        model.addAttribute("developments", discussion.developments(id));
        model.addAttribute("officer", actor.isOfficer());
        model.addAttribute("providerUser", actor.isProvider());
        model.addAttribute("canContribute", DialogueAccess.canContribute(actor, participants));
        model.addAttribute("triads", triads.triads(dialogue.opgaveId()).values().stream()
                .map(q -> Map.entry(q.code(), q.prompt().in(Locale.forLanguageTag("nl")))).toList());
        model.addAttribute("pinProviders", pinProviders(dialogue, actor));
        model.addAttribute("pinDistricts", dialogue.districtCodes().stream().map(catalog::district)
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("invitable", actor.isOfficer() ? dialogues.invitable() : List.of());
        model.addAttribute("minInterpretations", Discussions.MIN_INTERPRETATIONS);
    }

    /** Providers the actor may pin material about: a provider user only their own, within the dialogue's providers. */
    List<ProviderView> pinProviders(Dialogue dialogue, Actor actor) {
        return catalog.providers().stream().filter(p -> dialogue.covers(p.id()))
                .filter(p -> !actor.isProvider() || actor.speaksFor(p.id())).toList();
    }

    Map<String, String> providerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.providers().forEach(p -> names.put(Long.toString(p.id()), p.name()));
        return names;
    }

    void auditStories(Dialogue dialogue, List<PinnedMaterial> material, String where) {
        String ids = material.stream().filter(PinnedMaterial::isStory).map(m -> m.storyId().toString())
                .collect(Collectors.joining(","));
        if (!ids.isEmpty()) {
            audit.record(AuditAction.READ, "DIALOGUE_STORIES", dialogue.id(), AuditResult.OK, where + " stories=" + ids);
        }
    }

    /** The live view of each item as this actor can open it: officers the dashboards, providers their own page. */
    static Map<Long, String> liveLinks(List<PinnedMaterial> material, Actor actor) {
        Map<Long, String> links = new HashMap<>();
        for (PinnedMaterial m : material) {
            if (actor.isOfficer()) {
                links.put(m.id(), m.liveLink());
            } else if (actor.isProvider() && m.providerId() != null && !ColdFiguresKind.CODE.equals(m.kind())) {
                links.put(m.id(), "/aanbieder/" + m.providerId());
            }
        }
        return links;
    }

    /** Runs a change and returns to the page (at the section); a rejected input comes back as a message. */
    static String back(long id, String anchor, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (DialogueRejectedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/dialogen/" + id + "#" + anchor;
    }
}
