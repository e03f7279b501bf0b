package nl.duiding.dialogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.duiding.story.StoryRemoved;

/** A withdrawn (or expired) story is removed from every dialogue's frozen snapshots too. */
@Component
class StoryWithdrawals {

    private static final Logger log = LoggerFactory.getLogger(StoryWithdrawals.class);

    private final MaterialStore material;

    StoryWithdrawals(MaterialStore material) {
        this.material = material;
    }

    @ApplicationModuleListener
    void on(StoryRemoved removed) {
        int n = material.forgetStory(removed.storyId());
        if (n > 0) {
            log.info("Removed {} pinned snapshot(s) of a removed story from dialogues", n);
        }
    }
}
