package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.HttpSession;
import nl.duiding.HttpSession.Page;
import nl.duiding.TestFixtures;
import nl.duiding.identity.Role;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * An administrator rebuilds the index over HTTP while a teller submits a story: searches keep the old index until
 * the new one is committed, and afterwards the index holds every stored story exactly once, the new one included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "duiding.test.pause-rebuild=true")
class IndexRebuildAdminTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StoryIntake intake;
    @Autowired
    IndexMaintenance maintenance;
    @Autowired
    StoryQueries queries;
    @Autowired
    StoryIndex index;

    @Test
    void aStoryToldDuringARebuildEndsUpInTheNewIndexOnceAndSearchesKeepTheOldIndexMeanwhile() throws Exception {
        TestFixtures.World world = fixtures.world();
        for (int i = 0; i < 12; i++) {
            intake.submit(story(world, i));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> maintenance.indexedCount() == maintenance.storedCount());
        long indexedBefore = maintenance.indexedCount();
        HttpSession admin = admin();

        PausedRebuilds.arm();
        Page started = admin.post("/beheer/index/herbouwen", List.of(Map.entry("_csrf", admin.get("/beheer/index").csrf())));
        assertThat(started.location()).endsWith("/beheer/index?gestart");
        assertThat(PausedRebuilds.awaitPaused()).as("rebuild reached its pause").isTrue();
        try {
            Page running = admin.get("/beheer/index");
            assertThat(running.document().select("#rebuild-progress")).hasSize(1);
            assertThat(running.document().select("#rebuild")).as("no second start while running").isEmpty();
            assertThat(admin.post("/beheer/index/herbouwen", List.of(Map.entry("_csrf", running.csrf()))).location())
                    .endsWith("?bezig");
            // the old commit is still what searches see: all stories, not an empty or half-built index
            assertThat(maintenance.indexedCount()).isEqualTo(indexedBefore);
            assertThat(queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total()).isEqualTo(12);

            tell(world, "Verhaal tijdens herbouw");
        } finally {
            PausedRebuilds.resume();
        }

        String toldId = jdbc.queryForObject("select id::text from story where title = ? and collection_id = ?",
                String.class, "Verhaal tijdens herbouw", world.collection().id());
        await().atMost(Duration.ofSeconds(30)).until(() -> !maintenance.rebuildStatus().running()
                && maintenance.indexedCount() == maintenance.storedCount() && indexedIds().contains(toldId));
        List<String> ids = indexedIds();
        assertThat(ids).hasSize((int) maintenance.storedCount()).doesNotHaveDuplicates();
        assertThat(maintenance.rebuildStatus().failed()).isFalse();
        assertThat(queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total()).isEqualTo(13);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from event_publication "
                + "where completion_date is null and serialized_event like ?", Integer.class, "%" + toldId + "%") == 0);

        Page finished = admin.get("/beheer/index");
        assertThat(finished.document().select("#rebuild-finished").text()).isNotBlank();
        assertThat(finished.document().select("#indexed").text()).isEqualTo(finished.document().select("#stored").text());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'STORY_INDEX' "
                + "and action = 'UPDATE' and result = 'OK' and actor like 'index-beheer-%'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'STORY_INDEX' "
                + "and result = 'FAILED' and actor like 'index-beheer-%'", Integer.class)).isEqualTo(1);
    }

    private List<String> indexedIds() {
        return index.withSearcher((IndexSearcher searcher) -> {
            List<String> ids = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            var reader = searcher.getIndexReader();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    ids.add(stored.document(doc).get(StoryFields.ID));
                }
            }
            return ids;
        });
    }

    private HttpSession admin() {
        String name = "index-beheer-" + UUID.randomUUID().toString().substring(0, 8);
        fixtures.accounts().createIfAbsent(name, "Beheer", "index-Wachtwoord-beheer-1", Role.ADMIN, Set.of());
        HttpSession session = new HttpSession(port);
        assertThat(session.login(name, "index-Wachtwoord-beheer-1").location()).doesNotContain("error");
        return session;
    }

    private void tell(TestFixtures.World world, String title) {
        HttpSession teller = new HttpSession(port);
        Page form = teller.get("/vertel/" + world.collection().token());
        Page sent = teller.post("/vertel/" + world.collection().token(), List.of(Map.entry("formToken", form.formToken()),
                Map.entry("idempotencyKey", form.document().select("input[name=idempotencyKey]").val()),
                Map.entry("role", "CLIENT"), Map.entry("title", title), Map.entry("body", "Het ging goed met de hulp thuis."),
                Map.entry("providerId", String.valueOf(world.providerId())),
                Map.entry("triad.wat_hielp.a", "50"), Map.entry("triad.wat_hielp.b", "50"), Map.entry("triad.wat_hielp.c", "0"),
                Map.entry("dyad.regie", "50"), Map.entry("consentAnalysis", "true")));
        assertThat(sent.status()).as("story accepted").isEqualTo(302);
    }

    private static SubmitStory story(TestFixtures.World world, int i) {
        return new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(), world.providerId(), null,
                TellerRole.CLIENT, "Verhaal " + i, "Een verhaal over hulp nummer " + i, "nl", true, false, false,
                List.of(new Answer.Triad("wat_hielp", 0.2, 0.3, 0.5), new Answer.Dyad("regie", 0.5)),
                UUID.randomUUID(), null);
    }
}
