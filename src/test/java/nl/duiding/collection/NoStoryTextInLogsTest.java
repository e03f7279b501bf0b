package nl.duiding.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.duiding.HttpSession;
import nl.duiding.TestFixtures;

/**
 * Issue 14: a story sent with a malformed percent-encoding landed verbatim (name and BSN) in an ERROR line of the
 * application log. Whatever the request, no log line holds what the teller typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NoStoryTextInLogsTest {

    private static final String NAME = "Fatimaxq de Vriesxq";
    private static final String BSN = "111222333";

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    @Test
    void aBrokenPercentEncodingDoesNotPutTheStoryInTheLog(CapturedOutput output) {
        TestFixtures.World world = fixtures.world();
        HttpSession teller = new HttpSession(port);
        HttpSession.Page form = teller.get("/vertel/" + world.collection().token());
        String body = "idempotencyKey=" + form.document().select("input[name=idempotencyKey]").val()
                + "&formToken=" + enc(form.formToken()) + "&role=CLIENT"
                + "&title=" + enc("Mijn buurvrouw " + NAME) + "%ZZ"
                + "&body=" + enc("Mijn BSN is " + BSN + " en " + NAME + " hielp") + "%E0%A4%A&consentAnalysis=true";
        HttpSession.Page page = teller.postRaw("/vertel/" + world.collection().token(), body);
        assertThat(page.status()).isLessThan(500);
        HttpSession.Page broken = teller.postRaw("/vertel/" + world.collection().token(), "title=" + enc(NAME) + "%"
                + "&body=%G1" + BSN);
        assertThat(broken.status()).isLessThan(500);
        assertThat(output.getAll()).doesNotContain("Vriesxq").doesNotContain("Fatimaxq").doesNotContain(BSN);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
