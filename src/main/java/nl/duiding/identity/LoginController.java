package nl.duiding.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The sign-in page (with a button per configured single sign-on provider) and its refusals. */
@Controller
class LoginController {

    /** A single sign-on button: where it goes and what it says. */
    record SsoButton(String registrationId, String name) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("sso", ssoButtons());
        return "identity/login";
    }

    /** Reached by forward from the sign-in rate limit, so for POST as well. */
    @RequestMapping(SignInRateLimitFilter.TOO_MANY_PAGE)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String tooManyAttempts() {
        return "identity/too-many";
    }

    @GetMapping(SsoUserService.NO_ACCESS_PAGE)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String noAccess() {
        return "identity/no-access";
    }

    private List<SsoButton> ssoButtons() {
        List<SsoButton> buttons = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                buttons.add(new SsoButton(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        return buttons;
    }
}
