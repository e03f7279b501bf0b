package nl.duiding.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;

/**
 * Issue 18: hostile input over HTTP. A NUL in any text parameter of any endpoint (the list is read from Spring MVC,
 * like the access matrix) is a 400 with the Dutch page that says why, never a 5xx; bodies the endpoint has no use
 * for are refused unread; odd requests get the normal error page with its security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

    static final String NUL = "a\u0000b";

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    TestFixtures.World world;
    HttpSession officer;
    final HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        officer = new HttpSession(port);
        officer.login(TestFixtures.OFFICER, TestFixtures.OFFICER_PASSWORD);
    }

    @Test
    void aNulInAnyTextParameterOfAnyEndpointIsA400WithTheDutchReason() {
        String csrf = officer.get("/dashboard").csrf();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<String> names = textParameters(mapping.getValue());
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = concrete(pattern);
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    for (String name : names) {
                        Page page = method.name().equals("GET")
                                ? officer.get(path + (path.contains("?") ? "&" : "?") + name + "=" + encode(NUL))
                                : officer.post(path, List.of(Map.entry("_csrf", csrf), Map.entry(name, NUL)));
                        checked++;
                        if (page.status() != 400 || !page.document().select("#error-reason").text().contains("stuurteken")) {
                            wrong.add(method + " " + path + " " + name + " -> " + page.status());
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theNamedCasesOfTheIssue() throws Exception {
        HttpResponse<byte[]> csv = officer.download("/dashboard/opgave/" + world.opgaveId() + "/cijfers.csv?q=a%00b");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("error.input.control");

        String token = world.collection().token();
        Page form = new HttpSession(port).get("/vertel/" + token);
        Page teller = new HttpSession(port).post("/vertel/" + token, List.of(Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").val()),
                Map.entry("role", "CLIENT"), Map.entry("title", "Titel"), Map.entry("body", "Tekst " + NUL)));
        assertThat(teller.status()).isEqualTo(400);

        Page admin = officer.post("/beheer/wijken", List.of(Map.entry("_csrf", officer.get("/beheer/wijken").csrf()),
                Map.entry("code", "WK9999"), Map.entry("name", NUL)));
        assertThat(admin.status()).isEqualTo(400);
    }

    @Test
    void bodiesAreRefusedUnreadWhereTheyHaveNoPlace() throws Exception {
        String token = world.collection().token();
        HttpResponse<String> multipart = raw.send(HttpRequest.newBuilder(URI.create(base() + "/vertel/" + token))
                .header("Content-Type", "multipart/form-data; boundary=xyz").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--xyz--\r\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(multipart.statusCode()).isEqualTo(415);
        assertThat(multipart.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(Jsoup.parse(multipart.body()).select("#error-reason").text()).contains("geen bestanden");

        HttpResponse<String> large = raw.send(HttpRequest.newBuilder(URI.create(base() + "/vertel/" + token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("body=" + "x".repeat(2 * 1024 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(large.statusCode()).isEqualTo(413);

        Page malformed = officer.postFile("/beheer/productie?_csrf=" + officer.get("/beheer/productie").csrf(),
                List.of(), "file", "x.csv", new byte[0]);
        assertThat(malformed.status()).isLessThan(500);
        HttpResponse<String> broken = raw.send(HttpRequest.newBuilder(URI.create(base() + "/beheer/productie"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nthis is no part")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(broken.statusCode()).isEqualTo(400);
    }

    @Test
    void oddRequestsGetTheNormalErrorPageNotA500() throws Exception {
        assertThat(new HttpSession(port).get("/error").status()).isEqualTo(404);
        Page report = officer.post("/rapporten", List.of(Map.entry("_csrf", officer.get("/rapporten").csrf()),
                Map.entry("opgaveId", String.valueOf(world.opgaveId())), Map.entry("districtCode", "WK_BESTAAT_NIET"),
                Map.entry("providerId", "987654321"), Map.entry("from", "2026-01-01"), Map.entry("to", "2026-06-30"),
                Map.entry("title", "Rapport")));
        assertThat(report.status()).isBetween(400, 499);
    }

    @Test
    void tomcatsOwnRefusalsGetTheDutchPageAndTheSecurityHeaders() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write("GET /vertel/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).contains("Content-Security-Policy: default-src 'self'", "X-Frame-Options: DENY",
                    "Er ging iets mis").doesNotContain("Apache Tomcat");
        }
    }

    @Test
    void onlySupportedLanguagesAreAccepted() throws Exception {
        HttpResponse<String> xx = raw.send(HttpRequest.newBuilder(URI.create(base() + "/login?lang=xx")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Jsoup.parse(xx.body()).select("html").attr("lang")).isEqualTo("nl");
        assertThat(xx.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("duiding-taal"));
        HttpResponse<String> forged = raw.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Cookie", "duiding-taal=xx").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Jsoup.parse(forged.body()).select("html").attr("lang")).isEqualTo("nl");
        HttpResponse<String> en = raw.send(HttpRequest.newBuilder(URI.create(base() + "/login?lang=en")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Jsoup.parse(en.body()).select("html").attr("lang")).isEqualTo("en");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String concrete(String pattern) {
        return pattern.replace("{token}", world.collection().token())
                .replaceAll("\\{[A-Za-z]*[iI]d}", String.valueOf(world.opgaveId()))
                .replaceAll("\\{[^}]+}", "x");
    }

    /** The names a handler reads as text: its @RequestParam names and the components of its form records. */
    private static Set<String> textParameters(HandlerMethod handler) {
        Set<String> names = new TreeSet<>(Set.of("q", "x"));
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && !param.name().isEmpty()) {
                names.add(param.name());
            } else if (param != null && parameter.getParameterName() != null && !Map.class.isAssignableFrom(type)) {
                names.add(parameter.getParameterName());
            } else if (type.isRecord()) {
                for (var component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        names.removeIf(n -> n.equals("file"));
        return new LinkedHashSet<>(names);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
