package nl.duiding.identity;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.duiding.audit.AuditAction;
import nl.duiding.audit.AuditLog;
import nl.duiding.audit.AuditResult;

/**
 * Every user with a local account changes her own password, with the current one; her other sessions end.
 * Single sign-on users have no password here (their identity provider has it).
 */
@Controller
class OwnPasswordController {

    static final String PAGE = "identity/own-password";

    private final UserAccounts accounts;
    private final SignedInSessions sessions;
    private final AuditLog audit;

    OwnPasswordController(UserAccounts accounts, SignedInSessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    @GetMapping("/wachtwoord")
    String form(Authentication auth, Model model) {
        model.addAttribute("local", local(auth));
        model.addAttribute("errors", List.of());
        return PAGE;
    }

    @PostMapping("/wachtwoord")
    String change(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
                  Authentication auth, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!local(auth)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("local", false);
            model.addAttribute("errors", List.of());
            return PAGE;
        }
        List<String> problems = accounts.changeOwnPassword(auth.getName(), current, password);
        if (!problems.isEmpty()) {
            audit.record(AuditAction.UPDATE, "APP_USER", auth.getName(), AuditResult.DENIED, "own password: " + problems);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("local", true);
            model.addAttribute("errors", problems);
            return PAGE;
        }
        var session = request.getSession(false);
        sessions.endOthers(auth.getName(), session == null ? null : session.getId());
        audit.record(AuditAction.UPDATE, "APP_USER", auth.getName(), AuditResult.OK, "own password changed, other sessions ended");
        return "redirect:/wachtwoord?gewijzigd";
    }

    private boolean local(Authentication auth) {
        try {
            accounts.loadUserByUsername(auth.getName());
            return true;
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return false;
        }
    }
}
