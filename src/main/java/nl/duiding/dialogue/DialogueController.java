package nl.duiding.dialogue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.duiding.identity.DuidingUser;
import nl.duiding.opgave.OpgaveCatalog;

/** The list of dialogues, starting one, inviting participants, and the dialogue page itself. */
@Controller
class DialogueController {

    private final Dialogues dialogues;
    private final DialoguePage page;
    private final OpgaveCatalog catalog;
    private final Actors actors;

    DialogueController(Dialogues dialogues, DialoguePage page, OpgaveCatalog catalog, Actors actors) {
        this.dialogues = dialogues;
        this.page = page;
        this.catalog = catalog;
        this.actors = actors;
    }

    @GetMapping("/dialogen")
    String list(@AuthenticationPrincipal DuidingUser user, Model model) {
        Actor actor = actors.of(user);
        Map<Long, String> opgaven = new LinkedHashMap<>();
        catalog.opgaven().forEach(o -> opgaven.put(o.id(), o.name()));
        model.addAttribute("dialogues", dialogues.visibleTo(actor));
        model.addAttribute("opgaven", opgaven);
        model.addAttribute("officer", actor.isOfficer());
        return "dialogue/list";
    }

    @GetMapping("/dialogen/nieuw")
    String newDialogue(@AuthenticationPrincipal DuidingUser user, Model model) {
        if (!actors.of(user).isOfficer()) {
            throw new DialogueDeniedException("policy officers only");
        }
        model.addAttribute("opgaven", catalog.opgaven());
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("districts", catalog.districts());
        model.addAttribute("today", Dialogues.today());
        return "dialogue/new";
    }

    @PostMapping("/dialogen")
    String create(@ModelAttribute DialogueForm form, @AuthenticationPrincipal DuidingUser user, RedirectAttributes redirect) {
        try {
            return "redirect:/dialogen/" + dialogues.create(form.toNew(), actors.of(user));
        } catch (DialogueRejectedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/dialogen/nieuw";
        }
    }

    @GetMapping("/dialogen/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal DuidingUser user, Model model) {
        page.fill(id, actors.of(user), model);
        return "dialogue/dialogue";
    }

    @PostMapping("/dialogen/{id}/deelnemers")
    String invite(@PathVariable long id, @RequestParam(required = false) String username,
                  @AuthenticationPrincipal DuidingUser user, RedirectAttributes redirect) {
        return DialoguePage.back(id, "deelnemers", redirect, () -> dialogues.invite(id, username, actors.of(user)));
    }

    @PostMapping("/dialogen/{id}/deelnemers/verwijderen")
    String uninvite(@PathVariable long id, @RequestParam(required = false) String username,
                    @AuthenticationPrincipal DuidingUser user, RedirectAttributes redirect) {
        return DialoguePage.back(id, "deelnemers", redirect, () -> dialogues.uninvite(id, username, actors.of(user)));
    }

}
