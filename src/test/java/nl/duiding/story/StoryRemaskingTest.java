package nl.duiding.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.duiding.TestFixtures;

/**
 * Issue 14: stories stored before masking learned lower-case writing still hold "meneer jansen"; they are masked
 * again once, with redactions that a policy officer can undo, and their written answers too.
 */
@SpringBootTest
class StoryRemaskingTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    StoryRemasking remasking;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOldStoryIsMaskedAgainOnce() {
        TestFixtures.World world = fixtures.world();
        fixtures.tell(world, world.providerId(), TellerRole.CLIENT, "oud verhaal", "een gewoon verhaal", 0.5, 0.3, 0.2);
        UUID id = jdbc.queryForObject("select id from story where collection_id = ?", UUID.class, world.collection().id());
        // as the old masking left it: lower-case personal data in the readable columns, nothing redacted
        jdbc.update("update story set title = ?, body = ?, masking_version = 1 where id = ?", "over meneer jansen",
                "we wonen op de spuiboulevard 300 en fatima de vries hielp", id);
        jdbc.update("insert into story_answer (story_id, question_code, kind, option_code, text_value) values (?, 'vrij', 'TEXT', '', ?)",
                id, "bel mevrouw bakker op 0612345678");

        assertThat(remasking.remaskOutdated()).isGreaterThanOrEqualTo(1);

        var row = jdbc.queryForMap("select title, body, masking_version from story where id = ?", id);
        assertThat(row.get("title")).isEqualTo("over meneer [NAAM]");
        assertThat(row.get("body")).isEqualTo("we wonen op de [ADRES] en [NAAM] hielp");
        assertThat(((Number) row.get("masking_version")).intValue()).isEqualTo(StoryRemasking.CURRENT);
        assertThat(jdbc.queryForObject("select count(*) from story_redaction where story_id = ?", Integer.class, id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select text_value from story_answer where story_id = ? and question_code = 'vrij'",
                String.class, id)).isEqualTo("bel mevrouw [NAAM] op [TELEFOON]");
        assertThat(remasking.remaskOutdated()).as("only once").isZero();
    }

    /** A story masked before institution names were (version 2) gets them masked too; a new story is current. */
    @Test
    void aStoryFromBeforeInstitutionNamesIsMaskedAgain() {
        TestFixtures.World world = fixtures.world();
        fixtures.tell(world, world.providerId(), TellerRole.CLIENT, "school", "een gewoon verhaal", 0.5, 0.3, 0.2);
        UUID id = jdbc.queryForObject("select id from story where collection_id = ?", UUID.class, world.collection().id());
        assertThat(jdbc.queryForObject("select masking_version from story where id = ?", Integer.class, id))
                .as("a story told now is masked by the current version").isEqualTo(StoryRemasking.CURRENT);
        jdbc.update("update story set body = ?, masking_version = 2 where id = ?",
                "mijn dochter zit op basisschool de regenboog en de juf van het kompas belde", id);

        assertThat(remasking.remaskOutdated()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select body from story where id = ?", String.class, id))
                .isEqualTo("mijn dochter zit op [INSTELLING] en de juf van [INSTELLING] belde");
        assertThat(jdbc.queryForList("select kind from story_redaction where story_id = ?", String.class, id))
                .containsExactly("INSTITUTION", "INSTITUTION");
    }
}
