package nl.duiding.dialogue;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.duiding.identity.DuidingUser;

/** Observations, interpretations, decisions and external developments: post, then back to the dialogue page. */
@Controller
class DiscussionController {

    private final Discussions discussions;
    private final Actors actors;

    DiscussionController(Discussions discussions, Actors actors) {
        this.discussions = discussions;
        this.actors = actors;
    }

    @PostMapping("/dialogen/{id}/observaties")
    String observe(@PathVariable long id, @RequestParam(required = false) Feedback feedback,
                   @RequestParam(required = false) Strength strength, @RequestParam(required = false) String text,
                   @AuthenticationPrincipal DuidingUser user, RedirectAttributes redirect) {
        return DialoguePage.back(id, "observaties", redirect,
                () -> discussions.observe(id, feedback, strength, text, actors.of(user)));
    }

    @PostMapping("/dialogen/{id}/observaties/{observationId}/duidingen")
    String interpret(@PathVariable long id, @PathVariable long observationId, @RequestParam(required = false) String text,
                     @AuthenticationPrincipal DuidingUser user, RedirectAttributes redirect) {
        return DialoguePage.back(id, "observatie-" + observationId, redirect,
                () -> discussions.interpret(id, observationId, text, actors.of(user)));
    }

    @PostMapping("/dialogen/{id}/observaties/{observationId}/sluiten")
    String close(@PathVariable long id, @PathVariable long observationId, @AuthenticationPrincipal DuidingUser user,
                 RedirectAttributes redirect) {
        return DialoguePage.back(id, "observatie-" + observationId, redirect,
                () -> discussions.close(id, observationId, actors.of(user)));
    }

    @PostMapping("/dialogen/{id}/besluiten")
    String decide(@PathVariable long id, @RequestParam(required = false) Long observation,
                  @RequestParam(required = false) DecisionKind kind, @RequestParam(required = false) String text,
                  @RequestParam(required = false) String owner,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
                  @AuthenticationPrincipal DuidingUser user, RedirectAttributes redirect) {
        return DialoguePage.back(id, "besluiten", redirect,
                () -> discussions.decide(id, observation, kind, text, owner, due, actors.of(user)));
    }

    @PostMapping("/dialogen/{id}/besluiten/{decisionId}/status")
    String status(@PathVariable long id, @PathVariable long decisionId, @RequestParam(required = false) DecisionStatus status,
                  @RequestParam(required = false) Long back, @AuthenticationPrincipal DuidingUser user,
                  RedirectAttributes redirect) {
        String page = DialoguePage.back(id, "besluiten", redirect,
                () -> discussions.setStatus(id, decisionId, status, actors.of(user)));
        return back == null ? page : "redirect:/dialogen/" + back + "#beweging";
    }

    @PostMapping("/dialogen/{id}/ontwikkelingen")
    String develop(@PathVariable long id, @RequestParam(required = false) String text,
                   @AuthenticationPrincipal DuidingUser user, RedirectAttributes redirect) {
        return DialoguePage.back(id, "ontwikkelingen", redirect, () -> discussions.addDevelopment(id, text, actors.of(user)));
    }
}
