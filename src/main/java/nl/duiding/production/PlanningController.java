package nl.duiding.production;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;

/** Budgets per month and product links of one opgave: the input side of its effect chain. */
@Controller
class PlanningController {

    private final OpgaveCatalog catalog;
    private final OpgaveBudgets budgets;
    private final CodeLists codes;

    PlanningController(OpgaveCatalog catalog, OpgaveBudgets budgets, CodeLists codes) {
        this.catalog = catalog;
        this.budgets = budgets;
        this.codes = codes;
    }

    @GetMapping("/beheer/productie/opgave/{id}")
    String show(@PathVariable long id, Model model) {
        OpgaveView opgave = opgave(id);
        model.addAttribute("opgave", opgave);
        model.addAttribute("budgets", budgets.budgets(id));
        model.addAttribute("links", budgets.links(id));
        model.addAttribute("laws", Arrays.stream(Law.values()).filter(law -> law != Law.WLZ).toList());
        return "production/planning";
    }

    @PostMapping("/beheer/productie/opgave/{id}/budget")
    String budget(@PathVariable long id, @RequestParam String month, @RequestParam String amount) {
        opgave(id);
        try {
            budgets.setBudget(id, YearMonth.parse(month.strip()), Math.abs(NumberText.cents(amount, true)));
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
            return "redirect:/beheer/productie/opgave/" + id + "?ongeldigBudget";
        }
        return "redirect:/beheer/productie/opgave/" + id + "?opgeslagen";
    }

    @PostMapping("/beheer/productie/opgave/{id}/koppeling")
    String link(@PathVariable long id, @RequestParam String law, @RequestParam String category,
                @RequestParam(required = false) String code) {
        opgave(id);
        Law chosen = Arrays.stream(Law.values()).filter(l -> l.name().equals(law) && l != Law.WLZ).findFirst().orElse(null);
        String productCode = code == null ? "" : code.strip();
        if (chosen == null || !codes.category(chosen.name(), category.strip()) || productCode.length() > 5) {
            return "redirect:/beheer/productie/opgave/" + id + "?ongeldigeKoppeling";
        }
        budgets.link(id, chosen, category.strip(), productCode.isEmpty() ? null : productCode);
        return "redirect:/beheer/productie/opgave/" + id + "?opgeslagen";
    }

    private OpgaveView opgave(long id) {
        return catalog.opgave(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
