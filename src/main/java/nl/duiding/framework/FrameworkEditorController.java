package nl.duiding.framework;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/** Policy officers create frameworks, add questions to a draft, preview it as a teller sees it, and publish. */
@Controller
class FrameworkEditorController {

    private static final String LIST = "framework/frameworks";
    private static final String EDIT = "framework/framework";

    private final Frameworks frameworks;

    FrameworkEditorController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/beheer/kaders")
    String list(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        return LIST;
    }

    @PostMapping("/beheer/kaders")
    String create(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response) {
        if (!StringUtils.hasText(name) || name.strip().length() > 200) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("nameError", "story.error.question.required");
            return list(model);
        }
        return "redirect:/beheer/kaders/" + frameworks.createDraft(name.strip()).id();
    }

    /** {@code soort} picks the kind of the question to add; the form then shows only that kind's fields. */
    @GetMapping("/beheer/kaders/{id}")
    String edit(@PathVariable long id, @RequestParam(name = "soort", required = false) String kind, Model model) {
        return page(model, find(id), QuestionForm.empty(kind), Map.of());
    }

    @PostMapping("/beheer/kaders/{id}/vragen")
    String addQuestion(@PathVariable long id, @ModelAttribute QuestionForm form, Model model,
                       HttpServletResponse response) {
        FrameworkDefinition draft = find(id);
        Map<String, String> errors = draft.published() ? Map.of("code", "editor.error.published") : form.errors(draft);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, draft, form, errors);
        }
        frameworks.addQuestion(id, form.toDefinition());
        return "redirect:/beheer/kaders/" + id;
    }

    @PostMapping("/beheer/kaders/{id}/vragen/{code}/weghalen")
    String removeQuestion(@PathVariable long id, @PathVariable String code) {
        if (!find(id).published()) {
            frameworks.removeQuestion(id, code);
        }
        return "redirect:/beheer/kaders/" + id;
    }

    /** {@code richting} is "omhoog" or "omlaag"; the form order of a draft changes, a published one never. */
    @PostMapping("/beheer/kaders/{id}/vragen/{code}/verplaatsen")
    String moveQuestion(@PathVariable long id, @PathVariable String code, @RequestParam String richting) {
        if (!find(id).published()) {
            frameworks.moveQuestion(id, code, "omhoog".equals(richting) ? -1 : 1);
        }
        return "redirect:/beheer/kaders/" + id;
    }

    @PostMapping("/beheer/kaders/{id}/publiceren")
    String publish(@PathVariable long id, Model model, HttpServletResponse response) {
        FrameworkDefinition draft = find(id);
        if (draft.questions().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, draft, QuestionForm.empty(), Map.of("publish", "editor.error.empty"));
        }
        if (!draft.published()) {
            frameworks.publishDraft(id);
        }
        return "redirect:/beheer/kaders/" + id;
    }

    @PostMapping("/beheer/kaders/{id}/nieuwe-versie")
    String newVersion(@PathVariable long id) {
        find(id);
        return "redirect:/beheer/kaders/" + frameworks.newVersion(id).id();
    }

    /** The questions exactly as a teller sees them: the same fragments as the story form, without sending. */
    @GetMapping("/beheer/kaders/{id}/voorbeeld")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("framework", find(id));
        model.addAttribute("values", MultiValueMap.fromSingleValue(Map.<String, String>of()));
        model.addAttribute("errors", Map.of());
        return "framework/preview";
    }

    private String page(Model model, FrameworkDefinition framework, QuestionForm form, Map<String, String> errors) {
        model.addAttribute("framework", framework);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", QuestionKind.values());
        return EDIT;
    }

    private FrameworkDefinition find(long id) {
        return frameworks.definition(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
