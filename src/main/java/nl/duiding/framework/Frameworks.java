package nl.duiding.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: draft, publish and version frameworks, and read them. Published versions are
 * cached: they never change. Editing a published version makes a new draft version.
 */
@Service
@Transactional(readOnly = true)
public class Frameworks {

    private final FrameworkRepository repository;
    private final Map<Long, FrameworkDefinition> published = new ConcurrentHashMap<>();

    Frameworks(FrameworkRepository repository) {
        this.repository = repository;
    }

    /** Stores and publishes a first version of a framework with these questions. */
    @Transactional
    public FrameworkDefinition publish(String name, List<FrameworkDefinition.QuestionDefinition> questions) {
        Framework framework = new Framework(name, nextVersion(name));
        questions.forEach(framework::add);
        framework.publish();
        return repository.save(framework).definition();
    }

    /** The starter framework, published on first use. */
    @Transactional
    public FrameworkDefinition starter() {
        return repository.findFirstByNameOrderByVersionDesc(StarterQuestions.NAME).map(Framework::definition)
                .orElseGet(() -> publish(StarterQuestions.NAME, StarterQuestions.all()));
    }

    /** The starter framework for an opgave under this law (JEUGDWET, WMO, WLZ), published on first use. */
    @Transactional
    public FrameworkDefinition starterFor(String law) {
        String name = StarterQuestions.nameFor(law);
        return repository.findFirstByNameOrderByVersionDesc(name).map(Framework::definition)
                .orElseGet(() -> publish(name, StarterQuestions.forLaw(law)));
    }

    /** Published versions only: a collection can open nothing else. */
    public List<FrameworkDefinition> published() {
        return all().stream().filter(FrameworkDefinition::published).toList();
    }

    /** Every version, drafts included, by name and version (for the editor). */
    public List<FrameworkDefinition> all() {
        return repository.findAllByOrderByNameAscVersionAsc().stream().map(Framework::definition).toList();
    }

    public Optional<FrameworkDefinition> definition(long id) {
        FrameworkDefinition cached = published.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<FrameworkDefinition> found = repository.findById(id).map(Framework::definition);
        found.filter(FrameworkDefinition::published).ifPresent(d -> published.put(id, d));
        return found;
    }

    /** Starts a draft: version 1 of a new name, or the next version of an existing one. */
    @Transactional
    public FrameworkDefinition createDraft(String name) {
        return repository.save(new Framework(name, nextVersion(name))).definition();
    }

    /** A new draft version with the questions of this version; the version itself stays as it is. */
    @Transactional
    public FrameworkDefinition newVersion(long id) {
        Framework source = repository.findById(id).orElseThrow();
        return repository.save(source.nextVersion(nextVersion(source.name()))).definition();
    }

    /** @throws IllegalStateException when the version is published */
    @Transactional
    public FrameworkDefinition addQuestion(long draftId, FrameworkDefinition.QuestionDefinition question) {
        Framework draft = repository.findById(draftId).orElseThrow();
        draft.add(question);
        return repository.saveAndFlush(draft).definition();
    }

    /** @throws IllegalStateException when the version is published */
    @Transactional
    public FrameworkDefinition removeQuestion(long draftId, String code) {
        Framework draft = repository.findById(draftId).orElseThrow();
        draft.remove(code);
        return repository.saveAndFlush(draft).definition();
    }

    /**
     * Moves a question of a draft one place earlier ({@code steps} &lt; 0) or later (&gt; 0) on the form.
     * @throws IllegalStateException when the version is published
     */
    @Transactional
    public FrameworkDefinition moveQuestion(long draftId, String code, int steps) {
        Framework draft = repository.findById(draftId).orElseThrow();
        draft.move(code, steps);
        return repository.saveAndFlush(draft).definition();
    }

    @Transactional
    public FrameworkDefinition publishDraft(long draftId) {
        Framework draft = repository.findById(draftId).orElseThrow();
        draft.publish();
        return draft.definition();
    }

    /**
     * The versions of this framework in which the question asks exactly the same (same code, kind, options,
     * scale): analysis may put their answers together; where it changed, it may not.
     */
    public Set<Long> versionsAsking(long frameworkId, String code) {
        FrameworkDefinition version = definition(frameworkId).orElseThrow();
        FrameworkDefinition.QuestionDefinition question = version.question(code).orElseThrow();
        return published().stream().filter(f -> f.name().equals(version.name()))
                .filter(f -> f.question(code).map(question::sameAs).orElse(false))
                .map(FrameworkDefinition::id).collect(Collectors.toSet());
    }

    private int nextVersion(String name) {
        return repository.findFirstByNameOrderByVersionDesc(name).map(f -> f.definition().version() + 1).orElse(1);
    }
}
