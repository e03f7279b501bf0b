package nl.duiding.collection;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import nl.duiding.story.StoryIntake;

/** Tellers withdraw a story with the receipt code they were given; no account needed. */
@Controller
class WithdrawController {

    private final StoryIntake intake;

    WithdrawController(StoryIntake intake) {
        this.intake = intake;
    }

    @GetMapping("/vertel/intrekken")
    String form() {
        return "collection/withdraw";
    }

    @PostMapping("/vertel/intrekken")
    String withdraw(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
        boolean withdrawn = intake.withdraw(code);
        model.addAttribute("withdrawn", withdrawn);
        if (!withdrawn) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("unknown", true);
            model.addAttribute("code", code);
        }
        return "collection/withdraw";
    }
}
