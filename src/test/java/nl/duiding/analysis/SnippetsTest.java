package nl.duiding.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.duiding.analysis.StoryInsights.Fragment;

class SnippetsTest {

    @Test
    void marksMatchesFromOffsetsWithoutAnyMarkup() {
        String body = "We hadden gesprekken met <b>school</b> en thuis.";
        List<Fragment> fragments = Snippets.fromOffsets(body, "0-" + body.length() + ":10-20");
        assertThat(fragments).contains(new Fragment("gesprekken", true), new Fragment("We hadden ", false));
        assertThat(String.join("", fragments.stream().map(Fragment::text).toList())).contains("<b>school</b>");
    }

    @Test
    void longTextsWithoutSearchAreCutPlainly() {
        List<Fragment> fragments = Snippets.plain("x".repeat(500));
        assertThat(fragments).singleElement().satisfies(f -> {
            assertThat(f.match()).isFalse();
            assertThat(f.text()).hasSize(Snippets.PLAIN_LENGTH + 2);
        });
    }

    @Test
    void anEllipsisMarksOnlyTextThatWasLeftOut() {
        String body = "Eerst een gesprek, daarna rust.";
        assertThat(Snippets.fromOffsets(body, "0-" + body.length() + ":10-17").getLast().text()).isEqualTo(", daarna rust.");
        assertThat(Snippets.fromOffsets(body, "0-17:10-17").getLast().text()).isEqualTo(" …");
    }
}
