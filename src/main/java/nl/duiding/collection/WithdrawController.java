package nl.duiding.collection;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.duiding.ratelimit.RateLimits;
import nl.duiding.story.StoryIntake;

/** Tellers withdraw a story with the receipt code they were given; no account needed. */
@Controller
class WithdrawController {

    private final StoryIntake intake;
    private final RateLimits rateLimits;
    private final TellerWrites writes;

    WithdrawController(StoryIntake intake, RateLimits rateLimits, TellerWrites writes) {
        this.intake = intake;
        this.rateLimits = rateLimits;
        this.writes = writes;
    }

    /** A teller's page: the layout shows no staff navigation on it. */
    @org.springframework.web.bind.annotation.ModelAttribute("tellerPage")
    boolean tellerPage() {
        return true;
    }

    @GetMapping("/vertel/intrekken")
    String form() {
        return "collection/withdraw";
    }

    @PostMapping("/vertel/intrekken")
    String withdraw(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        // guessing receipt codes is limited before any database work: per address (IPv6 per /64) and for everyone
        if (!rateLimits.receiptAttemptAllowed(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("refusal", "withdraw.rateLimited");
            model.addAttribute("code", code);
            return "collection/withdraw";
        }
        boolean withdrawn;
        try {
            withdrawn = writes.run(() -> intake.withdraw(code));
        } catch (TellerWrites.Busy busy) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "5");
            model.addAttribute("refusal", "withdraw.busy");
            model.addAttribute("code", code);
            return "collection/withdraw";
        }
        model.addAttribute("withdrawn", withdrawn);
        if (!withdrawn) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("unknown", true);
            model.addAttribute("code", code);
        }
        return "collection/withdraw";
    }
}
