package nl.duiding.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.duiding.ratelimit.RateLimits;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.StoryRejectedException;
import nl.duiding.story.SubmissionResult;

/** The public story form behind a collection link. Tellers have no account. */
@Controller
class StoryFormController {

    static final String FORM = "collection/story-form";

    private final FormContexts contexts;
    private final StoryIntake intake;
    private final RateLimits rateLimits;
    private final FormTokens tokens;
    private final TellerWrites writes;

    StoryFormController(FormContexts contexts, StoryIntake intake, RateLimits rateLimits, FormTokens tokens,
                        TellerWrites writes) {
        this.contexts = contexts;
        this.writes = writes;
        this.tokens = tokens;
        this.intake = intake;
        this.rateLimits = rateLimits;
    }

    /** A teller's page: the layout shows no staff navigation on it. */
    @org.springframework.web.bind.annotation.ModelAttribute("tellerPage")
    boolean tellerPage() {
        return true;
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
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        // Rate limited: the form comes back with everything typed and a kind message (429), nothing stored.
        var refusal = rateLimits.storyRefusal(request.getRemoteAddr(), token);
        if (refusal.isPresent()) {
            CollectionView collection = openCollection(token, model, response);
            if (collection == null) {
                return "collection/unavailable";
            }
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("rateLimited", refusal.get());
            fill(model, collection, form, params, Map.of());
            return FORM;
        }
        try {
            // the whole submission, reads included, in one of the few places for anonymous writes, so a flood of
            // tellers queues here instead of in front of the connection pool
            return writes.run(() -> store(token, form, params, locale, model, response, redirect));
        } catch (TellerWrites.Busy busy) {
            // too many tellers at once: answer, keep every word; the same key makes a retry safe
            CollectionView collection = openCollection(token, model, response);
            if (collection == null) {
                return "collection/unavailable";
            }
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "5");
            fill(model, collection, form, params, Map.of("submit", "submit.busy"));
            return FORM;
        }
    }

    private String store(String token, StoryForm form, MultiValueMap<String, String> params, Locale locale, Model model,
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
        List<Prompt> prompts = context(model).prompts();
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
        } catch (DataAccessException | TransactionException unavailable) {
            // the database is unreachable: nothing was acknowledged, so the teller keeps the text and retries
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            fill(model, collection, form, params, Map.of("submit", "submit.unavailable"));
            return FORM;
        }
    }

    @GetMapping("/vertel/{token}/bedankt")
    String thanks(@PathVariable String token, Model model, HttpServletResponse response) {
        CollectionView collection = openCollection(token, model, response);
        return collection == null ? "collection/unavailable" : "collection/thanks";
    }

    private CollectionView openCollection(String token, Model model, HttpServletResponse response) {
        FormContexts.FormContext context = contexts.forToken(token).orElse(null);
        if (context == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("reason", "unknown");
            return null;
        }
        CollectionView collection = context.collection();
        if (!collection.isOpenOn(LocalDate.now(nl.duiding.platform.Period.ZONE))) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("reason", "closed");
            return null;
        }
        model.addAttribute("collection", collection);
        model.addAttribute("context", context);
        return collection;
    }

    private void fill(Model model, CollectionView collection, StoryForm form, MultiValueMap<String, String> params,
                      Map<String, String> errors) {
        FormContexts.FormContext context = context(model);
        model.addAttribute("framework", context.framework());
        model.addAttribute("opgave", context.opgave());
        model.addAttribute("providers", context.providers());
        model.addAttribute("districts", context.districts());
        model.addAttribute("form", form);
        // a retry must keep its key so it cannot store a second story; a broken key gets a new one
        String key = StoryCommands.idempotencyKey(form.idempotencyKey()).toString();
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("formToken", tokens.issue(key));
        model.addAttribute("values", params);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", summary(errors, context.framework()));
        model.addAttribute("prompts", context.prompts());
    }

    /** One line of the error summary: the field it links to, its message and, for a question, the question. */
    public record ErrorLine(String field, String message, nl.duiding.framework.FrameworkDefinition.QuestionDefinition question) {
    }

    /** The summary's lines, in the order the rules gave them: the order the fields stand on the form. */
    static java.util.List<ErrorLine> summary(Map<String, String> errors, nl.duiding.framework.FrameworkDefinition framework) {
        return errors.entrySet().stream().map(e -> new ErrorLine(e.getKey(), e.getValue(), e.getKey().startsWith("answer.")
                ? framework.question(e.getKey().substring("answer.".length())).orElse(null) : null)).toList();
    }

    private static FormContexts.FormContext context(Model model) {
        return (FormContexts.FormContext) model.getAttribute("context");
    }
}
