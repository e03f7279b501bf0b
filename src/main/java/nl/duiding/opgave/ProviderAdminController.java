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

/** Policy officers maintain providers and districts here. */
@Controller
class ProviderAdminController {

    private final OpgaveCatalog catalog;

    ProviderAdminController(OpgaveCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/beheer/aanbieders")
    String providers(Model model) {
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("form", ProviderForm.empty());
        return "opgave/providers";
    }

    @GetMapping("/beheer/aanbieders/{id}")
    String edit(@PathVariable long id, Model model) {
        ProviderView provider = catalog.provider(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("providerId", id);
        model.addAttribute("form", new ProviderForm(provider.name(), provider.agbCode()));
        return "opgave/provider-form";
    }

    @PostMapping("/beheer/aanbieders")
    String create(@Validated @ModelAttribute("form") ProviderForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors() && trySave(null, form, binding)) {
            return "redirect:/beheer/aanbieders?opgeslagen";
        }
        model.addAttribute("providers", catalog.providers());
        return "opgave/providers";
    }

    @PostMapping("/beheer/aanbieders/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") ProviderForm form, BindingResult binding,
                  Model model) {
        catalog.provider(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!binding.hasErrors() && trySave(id, form, binding)) {
            return "redirect:/beheer/aanbieders?opgeslagen";
        }
        model.addAttribute("providerId", id);
        return "opgave/provider-form";
    }

    @GetMapping("/beheer/wijken")
    String districts(Model model) {
        model.addAttribute("districts", catalog.districts());
        model.addAttribute("form", DistrictForm.empty());
        return "opgave/districts";
    }

    @PostMapping("/beheer/wijken")
    String saveDistrict(@Validated @ModelAttribute("form") DistrictForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("districts", catalog.districts());
            return "opgave/districts";
        }
        catalog.saveDistrict(form.code(), form.name().strip(), form.municipalityCode());
        return "redirect:/beheer/wijken?opgeslagen";
    }

    private boolean trySave(Long id, ProviderForm form, BindingResult binding) {
        try {
            catalog.saveProvider(id, form.name().strip(), form.agbCode());
            return true;
        } catch (DuplicateAgbCodeException e) {
            binding.rejectValue("agbCode", "provider.agb.taken");
            return false;
        }
    }
}
