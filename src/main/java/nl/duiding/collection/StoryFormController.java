package nl.duiding.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.StoryRejectedException;
import nl.duiding.story.SubmissionResult;

/** The public story form behind a collection link. Tellers have no account. */
@Controller
class StoryFormController {

    static final String FORM = "collection/story-form";

    private final Collections collections;
    private final Frameworks frameworks;
    private final OpgaveCatalog catalog;
    private final StoryIntake intake;
    private final FormTokens tokens;

    StoryFormController(Collections collections, Frameworks frameworks, OpgaveCatalog catalog, StoryIntake intake,
                        FormTokens tokens) {
        this.tokens = tokens;
        this.collections = collections;
        this.frameworks = frameworks;
        this.catalog = catalog;
        this.intake = intake;
    }

    @GetMapping("/vertel/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        CollectionView collection = openCollection(token, model, response);
        if (collection == null) {
            return "collection/unavailable";
        }
        StoryForm empty = StoryForm.empty(UUID.randomUUID().toString()).withProvider(collection.providerId());
        fill(model, collection, empty, MultiValueMap.fromSingleValue(Map.of()), Map.of());
        return FORM;
    }

    @PostMapping("/vertel/{token}")
    String submit(@PathVariable String token, @ModelAttribute StoryForm form,
                  @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        CollectionView collection = openCollection(token, model, response);
        if (collection == null) {
            return "collection/unavailable";
        }
        if (!tokens.valid(form.formToken(), form.idempotencyKey())) {
            // forged, absent or older than a day: refuse, but give everything back with a fresh token
            response.setStatus(HttpStatus.FORBIDDEN.value());
            fill(model, collection, form, params, Map.of("form", "form.error.token"));
            return FORM;
        }
        List<Prompt> prompts = collections.prompts(collection.id());
        if (!StoryCommands.promptKnown(prompts, params.getFirst("prompt"))) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            fill(model, collection, form, params, Map.of("prompt", "story.error.prompt.unknown"));
            return FORM;
        }
        try {
            SubmissionResult result = intake.submit(StoryCommands.submit(collection, form, params, locale, prompts));
            redirect.addFlashAttribute("receiptCode", result.receiptCode().orElse(null));
            return "redirect:/vertel/" + token + "/bedankt";
        } catch (StoryRejectedException rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            fill(model, collection, form, params, rejected.errors());
            return FORM;
        }
    }

    @GetMapping("/vertel/{token}/bedankt")
    String thanks(@PathVariable String token, Model model, HttpServletResponse response) {
        CollectionView collection = openCollection(token, model, response);
        return collection == null ? "collection/unavailable" : "collection/thanks";
    }

    private CollectionView openCollection(String token, Model model, HttpServletResponse response) {
        CollectionView collection = collections.byToken(token).orElse(null);
        if (collection == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("reason", "unknown");
            return null;
        }
        if (!collection.isOpenOn(LocalDate.now())) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("reason", "closed");
            return null;
        }
        model.addAttribute("collection", collection);
        return collection;
    }

    private void fill(Model model, CollectionView collection, StoryForm form, MultiValueMap<String, String> params,
                      Map<String, String> errors) {
        FrameworkDefinition framework = frameworks.definition(collection.frameworkId()).orElseThrow();
        model.addAttribute("framework", framework);
        model.addAttribute("opgave", catalog.opgave(collection.opgaveId()).orElseThrow());
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("districts", catalog.districts());
        model.addAttribute("form", form);
        // a retry must keep its key so it cannot store a second story; a broken key gets a new one
        String key = StoryCommands.idempotencyKey(form.idempotencyKey()).toString();
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("formToken", tokens.issue(key));
        model.addAttribute("values", params);
        model.addAttribute("errors", errors);
        model.addAttribute("prompts", collections.prompts(collection.id()));
    }
}
