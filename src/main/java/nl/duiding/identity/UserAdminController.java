package nl.duiding.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;
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

    private final AuditLog audit;

    UserAdminController(UserAccounts accounts, OpgaveCatalog catalog, SignedInSessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.sessions = sessions;
        this.audit = audit;
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
        audit.record(AuditAction.UPDATE, "APP_USER", username, AuditResult.OK, "password reset, sessions ended");
        return "redirect:/gebruikers?wachtwoord";
    }

    /** Disables ({@code enabled=false}) or enables an account; disabling ends its sessions. Not one's own. */
    @PostMapping("/gebruikers/status")
    String setEnabled(@RequestParam String username, @RequestParam boolean enabled, Authentication auth, Model model,
                      HttpServletResponse response) {
        if (username.equalsIgnoreCase(auth.getName())) {
            return refuseOwn(username, model, response);
        }
        try {
            accounts.setEnabled(username, enabled);
        } catch (UsernameNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!enabled) {
            sessions.end(username);
        }
        audit.record(AuditAction.UPDATE, "APP_USER", username, AuditResult.OK, enabled ? "enabled" : "disabled, sessions ended");
        return "redirect:/gebruikers?" + (enabled ? "ingeschakeld" : "uitgeschakeld");
    }

    /** Removes an account and ends its sessions. Not one's own. */
    @PostMapping("/gebruikers/verwijderen")
    String delete(@RequestParam String username, Authentication auth, Model model, HttpServletResponse response) {
        if (username.equalsIgnoreCase(auth.getName())) {
            return refuseOwn(username, model, response);
        }
        try {
            accounts.delete(username);
        } catch (UsernameNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        sessions.end(username);
        audit.record(AuditAction.DELETE, "APP_USER", username, AuditResult.OK, "removed, sessions ended");
        return "redirect:/gebruikers?verwijderd";
    }

    private String refuseOwn(String username, Model model, HttpServletResponse response) {
        audit.record(AuditAction.UPDATE, "APP_USER", username, AuditResult.DENIED, "own account");
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, new NewUser("", "", Role.POLICY_OFFICER.name(), "", ""), List.of("users.notOwn"));
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
