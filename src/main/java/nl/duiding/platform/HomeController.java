package nl.duiding.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;

/** The landing page, and where a user lands after signing in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/start")
    String start(HttpServletRequest request) {
        if (request.isUserInRole("POLICY_OFFICER")) {
            return "redirect:/dashboard";
        }
        return "start";
    }
}
