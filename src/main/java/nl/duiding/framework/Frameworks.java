package nl.duiding.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API: publish framework versions and read them. Published versions are cached: they never change. */
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
        Framework framework = new Framework(name, 1);
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

    public List<FrameworkDefinition> published() {
        return repository.findAll().stream().map(Framework::definition)
                .sorted(java.util.Comparator.comparing(FrameworkDefinition::name).thenComparing(FrameworkDefinition::version))
                .toList();
    }

    public Optional<FrameworkDefinition> definition(long id) {
        FrameworkDefinition cached = published.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<FrameworkDefinition> found = repository.findById(id).map(Framework::definition);
        found.ifPresent(d -> published.put(id, d));
        return found;
    }
}
