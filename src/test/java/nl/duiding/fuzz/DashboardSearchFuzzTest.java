package nl.duiding.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.duiding.TestFixtures;
import nl.duiding.identity.DuidingUser;
import nl.duiding.identity.Role;

/**
 * Fuzzes the dashboard's search box (Lucene's simple query syntax) as a signed-in policy officer:
 * no search text causes a server error or hangs. Seeds under
 * src/test/resources/nl/duiding/fuzz/DashboardSearchFuzzTestInputs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardSearchFuzzTest {

    private static final DuidingUser OFFICER = new DuidingUser("fuzz-beleid", "Fuzz", Role.POLICY_OFFICER, Set.of(),
            null, true);
    private static Long opgaveId;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;

    @FuzzTest(maxDuration = "60s")
    void noSearchTextCausesAServerErrorOrHangs(FuzzedDataProvider data) {
        if (opgaveId == null) {
            opgaveId = fixtures.world().opgaveId();
        }
        String role = data.consumeString(16);
        String query = data.consumeRemainingAsString();
        int status = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> mvc.perform(get("/dashboard/opgave/{id}", opgaveId)
                .param("q", query).param("role", role).with(user(OFFICER))).andReturn().getResponse().getStatus(),
                "hang guard");
        assertThat(status).isEqualTo(200);
    }
}
