package nl.duiding.dialogue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user is not invited, or asks for material they may not see: 403, and the attempt is audited. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class DialogueDeniedException extends RuntimeException {

    DialogueDeniedException(String reason) {
        super(reason);
    }
}
