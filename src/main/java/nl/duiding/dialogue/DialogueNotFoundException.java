package nl.duiding.dialogue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class DialogueNotFoundException extends RuntimeException {

    DialogueNotFoundException() {
        super("no such dialogue or item");
    }
}
