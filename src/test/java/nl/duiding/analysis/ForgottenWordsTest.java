package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import nl.duiding.TestFixtures;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryIntake;
import nl.duiding.story.StoryReviews;
import nl.duiding.story.SubmitStory;
import nl.duiding.story.TellerRole;

/**
 * Issue 14: a withdrawn or redacted story's words leave the index files, not only the live view. Lucene marks a
 * replaced or deleted document as deleted and keeps its terms and stored text in the segment until a merge; this
 * test reads the committed files, deleted documents included, as someone with a copy of the disk would.
 */
@SpringBootTest
class ForgottenWordsTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryIntake intake;
    @Autowired
    StoryReviews reviews;
    @Autowired
    StoryQueries queries;
    @Autowired
    IndexMaintenance maintenance;
    @Value("${duiding.index.directory}")
    Path indexDirectory;

    @Test
    void aWithdrawnStorysWordsLeaveTheIndexFiles() throws IOException {
        TestFixtures.World world = fixtures.world();
        String receipt = tell(world, "Ik ging met de kwartelkoning op pad naar de markt.").receiptCode().orElseThrow();
        neighbours(world);
        assertThat(traces("kwartelkoning")).as("indexed first").isNotEmpty();

        assertThat(intake.withdraw(receipt)).isTrue();
        await().atMost(Duration.ofSeconds(15)).until(() -> indexed(world) == 3);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(traces("kwartelkoning")).as("traces in the index files").isEmpty());
    }

    @Test
    void aNameMaskedInReviewLeavesTheIndexFiles() throws IOException {
        TestFixtures.World world = fixtures.world();
        UUID id = tell(world, "Ik sprak lang met Qorvandel over wat ik nodig had.").storyId();
        neighbours(world);
        assertThat(traces("qorvandel")).as("indexed first").isNotEmpty();

        Set<String> mask = Set.of(reviews.suspects(id).getFirst().key());
        assertThat(reviews.complete(id, mask, "test")).isTrue();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(traces("qorvandel")).as("traces in the index files").isEmpty());
    }

    /**
     * Three more stories, then a rebuild: the story under test now shares a segment with others, so deleting it
     * leaves a segment with a deleted document in it (a segment whose documents are all deleted is dropped anyway).
     */
    private void neighbours(TestFixtures.World world) {
        tell(world, "Het ging beter toen de begeleiding vaker kwam.");
        tell(world, "De buurtcoach hielp met de papieren.");
        tell(world, "Ik kon weer zelf boodschappen doen.");
        await().atMost(Duration.ofSeconds(15)).until(() -> indexed(world) == 4);
        maintenance.rebuild();
        assertThat(indexed(world)).isEqualTo(4);
    }

    /** Where the word is in the committed index: as a term of any field, or in any stored field of any document. */
    private List<String> traces(String word) throws IOException {
        List<String> found = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(indexDirectory); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                for (var info : leaf.getFieldInfos()) {
                    Terms terms = leaf.terms(info.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum each = terms.iterator();
                    for (BytesRef term = each.next(); term != null; term = each.next()) {
                        if (term.utf8ToString().toLowerCase().contains(word.substring(0, 7))) {
                            found.add("term " + info.name + ":" + term.utf8ToString());
                        }
                    }
                }
                StoredFields stored = leaf.storedFields();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    Document document = stored.document(doc);
                    for (IndexableField field : document.getFields()) {
                        if (field.stringValue() != null && field.stringValue().toLowerCase().contains(word)) {
                            found.add("stored " + field.name() + " of doc " + doc);
                        }
                    }
                }
            }
        }
        return found;
    }

    private nl.duiding.story.SubmissionResult tell(TestFixtures.World world, String body) {
        return intake.submit(new SubmitStory(world.collection().id(), world.opgaveId(), world.framework().id(),
                world.providerId(), null, TellerRole.CLIENT, "Verhaal", body, "nl", true, true, true,
                List.of(new Answer.Triad("wat_hielp", 0.3, 0.3, 0.4), new Answer.Dyad("regie", 0.5)),
                UUID.randomUUID(), null));
    }

    private long indexed(TestFixtures.World world) {
        return queries.insights(StoryFilter.opgave(world.opgaveId()), List.of(), 0).total();
    }
}
