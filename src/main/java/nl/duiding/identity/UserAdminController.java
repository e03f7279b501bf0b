package nl.duiding.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import nl.duiding.opgave.OpgaveCatalog;

/** The administrator's page: local accounts, a new account, a new password; both under the password rules. */
@Controller
class UserAdminController {

    static final String PAGE = "identity/users";

    /** The new-account form, bound as text so nothing typed is lost on a refusal. */
    record NewUser(String username, String displayName, String role, String providerId, String password) {
    }

    private final UserAccounts accounts;
    private final OpgaveCatalog catalog;
    private final SignedInSessions sessions;

    UserAdminController(UserAccounts accounts, OpgaveCatalog catalog, SignedInSessions sessions) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.sessions = sessions;
    }

    @GetMapping("/gebruikers")
    String list(Model model) {
        return page(model, new NewUser("", "", Role.POLICY_OFFICER.name(), "", ""), List.of());
    }

    @PostMapping("/gebruikers")
    String create(@ModelAttribute NewUser form, Model model, HttpServletResponse response) {
        List<String> errors = new ArrayList<>();
        Role role = parseRole(form.role());
        String username = form.username() == null ? "" : form.username().trim();
        if (!StringUtils.hasText(username) || !StringUtils.hasText(form.displayName()) || role == null) {
            errors.add("users.required");
        }
        Set<Long> providers = providers(form.providerId());
        if (role == Role.PROVIDER && providers.isEmpty()) {
            errors.add("users.providerRequired");
        }
        errors.addAll(accounts.passwordProblems(username, form.password()));
        if (errors.isEmpty() && !accounts.createIfAbsent(username, form.displayName().trim(),
                form.password(), role, role == Role.PROVIDER ? providers : Set.of())) {
            errors.add("users.exists");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, new NewUser(form.username(), form.displayName(), form.role(), form.providerId(), ""), errors);
        }
        return "redirect:/gebruikers?aangemaakt";
    }

    @PostMapping("/gebruikers/wachtwoord")
    String setPassword(@RequestParam String username, @RequestParam String password, Model model,
                       HttpServletResponse response) {
        List<String> problems = accounts.passwordProblems(username, password);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("passwordFor", username);
            return page(model, new NewUser("", "", Role.POLICY_OFFICER.name(), "", ""), problems);
        }
        try {
            accounts.changePassword(username, password);
            sessions.end(username);
        } catch (UsernameNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/gebruikers?wachtwoord";
    }

    private String page(Model model, NewUser form, List<String> errors) {
        model.addAttribute("users", accounts.accounts());
        model.addAttribute("roles", Role.values());
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return PAGE;
    }

    private static Role parseRole(String raw) {
        try {
            return raw == null ? null : Role.valueOf(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Set<Long> providers(String raw) {
        try {
            return StringUtils.hasText(raw) && catalog.provider(Long.parseLong(raw)).isPresent()
                    ? Set.of(Long.parseLong(raw)) : Set.of();
        } catch (NumberFormatException e) {
            return Set.of();
        }
    }
}
