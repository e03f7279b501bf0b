package nl.duiding.opgave;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** Policy officers maintain opgaven here. */
@Controller
class OpgaveAdminController {

    private static final String FORM = "opgave/opgave-form";

    private final OpgaveCatalog catalog;

    OpgaveAdminController(OpgaveCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/beheer/opgaven")
    String list(Model model) {
        model.addAttribute("opgaven", catalog.opgaven());
        return "opgave/opgaven";
    }

    @GetMapping("/beheer/opgaven/nieuw")
    String create(Model model) {
        model.addAttribute("form", OpgaveForm.empty());
        model.addAttribute("laws", Law.values());
        return FORM;
    }

    @GetMapping("/beheer/opgaven/{id}")
    String edit(@PathVariable long id, Model model) {
        OpgaveView opgave = catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("opgaveId", id);
        model.addAttribute("form", OpgaveForm.of(opgave));
        model.addAttribute("laws", Law.values());
        return FORM;
    }

    @PostMapping("/beheer/opgaven")
    String saveNew(@Validated @ModelAttribute("form") OpgaveForm form, BindingResult binding, Model model) {
        return save(null, form, binding, model);
    }

    @PostMapping("/beheer/opgaven/{id}")
    String saveExisting(@PathVariable long id, @Validated @ModelAttribute("form") OpgaveForm form,
                        BindingResult binding, Model model) {
        catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return save(id, form, binding, model);
    }

    private String save(Long id, OpgaveForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("opgaveId", id);
            model.addAttribute("laws", Law.values());
            return FORM;
        }
        catalog.saveOpgave(id, form.name().strip(), form.lawValue(), form.description().strip(), form.goals());
        return "redirect:/beheer/opgaven?opgeslagen";
    }
}
