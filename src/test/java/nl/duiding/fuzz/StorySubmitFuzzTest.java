package nl.duiding.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.duiding.TestFixtures;

/**
 * Fuzzes the public story form: whatever a teller (or a bot) posts, Duiding answers without a
 * server error and without hanging. In a normal build Jazzer replays the seed inputs under
 * src/test/resources/nl/duiding/fuzz/StorySubmitFuzzTestInputs; with JAZZER_FUZZ=1 it fuzzes for
 * {@code maxDuration}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StorySubmitFuzzTest {

    private static String token;
    private static String formToken;
    private static String idempotencyKey;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;

    @FuzzTest(maxDuration = "60s")
    void aSubmissionNeverCausesAServerError(FuzzedDataProvider data) {
        if (token == null) {
            token = fixtures.world().collection().token();
            // a genuine signed form token, so fuzzed input reaches validation and storage, not just the token check
            var form = org.jsoup.Jsoup.parse(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/vertel/{token}", token))
                    .andReturn().getResponse().getContentAsString()));
            formToken = form.select("input[name=formToken]").val();
            idempotencyKey = form.select("input[name=idempotencyKey]").val();
        }
        boolean genuine = data.consumeBoolean();
        MockHttpServletRequestBuilder request = post("/vertel/{token}", token).with(csrf())
                .param("formToken", genuine ? formToken : data.consumeString(80))
                .param("role", data.pickValue(new String[] {"CLIENT", "PROFESSIONAL", data.consumeString(12)}))
                .param("title", data.consumeString(300))
                .param("providerId", data.consumeString(12))
                .param("districtCode", data.consumeString(12))
                .param("triad.wat_hielp.a", data.consumeString(8))
                .param("triad.wat_hielp.b", data.consumeString(8))
                .param("triad.wat_hielp.c", data.consumeString(8))
                .param("dyad.regie", data.consumeString(8))
                .param("consentAnalysis", data.consumeString(6))
                .param("idempotencyKey", genuine ? idempotencyKey : data.consumeString(40))
                .param(data.consumeString(30), data.consumeString(30))
                .param("body", data.consumeRemainingAsString());
        int status = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> mvc.perform(request).andReturn().getResponse().getStatus(), "hang guard");
        assertThat(status).isLessThan(500);
    }
}
