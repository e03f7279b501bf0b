package nl.duiding.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;

/** Drives the dialogue pages over HTTP as a browser without JavaScript would. */
final class DialogueHttp {

    private DialogueHttp() {
    }

    static HttpSession signedIn(int port, String user, String password) {
        HttpSession session = new HttpSession(port);
        assertThat(session.login(user, password).location()).doesNotContain("error");
        return session;
    }

    @SafeVarargs
    static Page post(HttpSession session, String path, Map.Entry<String, String>... fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(List.of(fields));
        all.add(Map.entry("_csrf", session.get("/login").csrf()));
        return session.post(path, all);
    }

    static long create(HttpSession officer, long opgaveId, String title) {
        Page created = post(officer, "/dialogen", Map.entry("opgave", String.valueOf(opgaveId)), Map.entry("title", title),
                Map.entry("periodStart", LocalDate.now().withDayOfYear(1).toString()), Map.entry("periodEnd", LocalDate.now().toString()));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).matches(".*/dialogen/\\d+");
        return Long.parseLong(created.location().replaceAll(".*/dialogen/", ""));
    }

    static Page pin(HttpSession session, long dialogueId, String kind, Map.Entry<String, String> field) {
        return post(session, "/dialogen/" + dialogueId + "/materiaal", Map.entry("kind", kind), field);
    }
}
