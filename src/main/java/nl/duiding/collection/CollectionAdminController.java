package nl.duiding.collection;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;

/** Policy officers open collections and copy their public links here. */
@Controller
class CollectionAdminController {

    private static final String PAGE = "collection/collections";

    private final Collections collections;
    private final Frameworks frameworks;
    private final OpgaveCatalog catalog;

    CollectionAdminController(Collections collections, Frameworks frameworks, OpgaveCatalog catalog) {
        this.collections = collections;
        this.frameworks = frameworks;
        this.catalog = catalog;
    }

    @GetMapping("/beheer/uitvragen")
    String list(Model model) {
        model.addAttribute("form", CollectionForm.empty());
        return page(model);
    }

    @PostMapping("/beheer/uitvragen")
    String open(@Validated @ModelAttribute("form") CollectionForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors() && catalog.opgave(form.opgaveId()).isEmpty()) {
            binding.rejectValue("opgaveId", "collection.opgave.unknown");
        }
        if (!binding.hasErrors() && frameworks.definition(form.frameworkId()).filter(FrameworkDefinition::published).isEmpty()) {
            binding.rejectValue("frameworkId", "collection.framework.unknown");
        }
        if (!binding.hasErrors() && form.providerId() != null && catalog.provider(form.providerId()).isEmpty()) {
            binding.rejectValue("providerId", "story.error.provider.unknown");
        }
        if (!binding.hasErrors() && PromptLines.parse(form.prompts()).isEmpty()) {
            binding.rejectValue("prompts", "collection.prompts.malformed");
        }
        if (!binding.hasErrors() && form.opensOn() != null && form.closesOn() != null
                && form.closesOn().isBefore(form.opensOn())) {
            binding.rejectValue("closesOn", "collection.dates.order");
        }
        if (binding.hasErrors()) {
            return page(model);
        }
        collections.open(form.opgaveId(), form.frameworkId(), form.name().strip(), form.opensOn(), form.closesOn(),
                form.providerId(), PromptLines.parse(form.prompts()).orElseThrow());
        return "redirect:/beheer/uitvragen?opgeslagen";
    }

    private String page(Model model) {
        List<OpgaveView> opgaven = catalog.opgaven();
        frameworks.starter();
        Map<Long, String> frameworkNames = frameworks.published().stream()
                .collect(Collectors.toMap(FrameworkDefinition::id, f -> f.name() + " v" + f.version()));
        model.addAttribute("opgaven", opgaven);
        model.addAttribute("opgaveNames", opgaven.stream().collect(Collectors.toMap(OpgaveView::id, OpgaveView::name)));
        model.addAttribute("frameworks", frameworks.published());
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("frameworkNames", frameworkNames);
        model.addAttribute("collections", opgaven.stream().flatMap(o -> collections.forOpgave(o.id()).stream()).toList());
        return PAGE;
    }
}
