package nl.duiding.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.duiding.HttpSession;

/**
 * The dialogue the access matrix probes: the matrix's provider and griffie users are invited, an opgave-wide triad
 * chart is pinned, and there is one observation and one decision, so every dialogue endpoint has real ids.
 */
record MatrixDialogue(long id, long itemId, long observationId, long decisionId) {

    static MatrixDialogue create(HttpSession officer, long opgaveId, String providerUser, String griffieUser) {
        HttpSession.Page created = post(officer, "/dialogen", Map.entry("opgave", String.valueOf(opgaveId)),
                Map.entry("title", "Matrix"), Map.entry("periodStart", LocalDate.now().withDayOfYear(1).toString()),
                Map.entry("periodEnd", LocalDate.now().toString()));
        long id = Long.parseLong(created.location().replaceAll(".*/dialogen/", ""));
        String base = "/dialogen/" + id;
        post(officer, base + "/deelnemers", Map.entry("username", providerUser));
        post(officer, base + "/deelnemers", Map.entry("username", griffieUser));
        post(officer, base + "/materiaal", Map.entry("kind", "TRIAD_CHART"), Map.entry("triad", "wat_hielp"));
        post(officer, base + "/observaties", Map.entry("feedback", "ABSENT"), Map.entry("strength", "WEAK"), Map.entry("text", "Matrix"));
        post(officer, base + "/besluiten", Map.entry("kind", "PRACTICE"), Map.entry("text", "Matrix"), Map.entry("owner", "Matrix"));
        var page = officer.get(base).document();
        return new MatrixDialogue(id, idAfter(page.select("#material-list > li").attr("id"), "materiaal-"),
                idAfter(page.select("article.observation").attr("id"), "observatie-"),
                idAfter(page.select("#decision-list > li").attr("id"), "besluit-"));
    }

    String concrete(String pattern) {
        return pattern.replace("/dialogen/{id}", "/dialogen/" + id).replace("{itemId}", String.valueOf(itemId))
                .replace("{observationId}", String.valueOf(observationId)).replace("{decisionId}", String.valueOf(decisionId));
    }

    private static long idAfter(String elementId, String prefix) {
        return Long.parseLong(elementId.substring(prefix.length()));
    }

    @SafeVarargs
    private static HttpSession.Page post(HttpSession session, String path, Map.Entry<String, String>... fields) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(List.of(fields));
        all.add(Map.entry("_csrf", session.get("/login").csrf()));
        return session.post(path, all);
    }
}
