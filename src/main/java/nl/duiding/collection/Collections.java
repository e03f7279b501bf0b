package nl.duiding.collection;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API: open collections and find them by their public token. */
@Service
@Transactional(readOnly = true)
public class Collections {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CollectionRepository repository;

    Collections(CollectionRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public CollectionView open(long opgaveId, long frameworkId, String name, LocalDate opensOn, LocalDate closesOn) {
        return repository.save(new Collection(opgaveId, frameworkId, name, newToken(), opensOn, closesOn)).view();
    }

    /** Opens a collection whose stories are about this provider (null: any provider). */
    @Transactional
    public CollectionView open(long opgaveId, long frameworkId, String name, LocalDate opensOn, LocalDate closesOn,
                               Long providerId) {
        return repository.save(new Collection(opgaveId, frameworkId, name, newToken(), opensOn, closesOn, providerId))
                .view();
    }

    /** Opens a collection with its eliciting prompts (see {@link Prompt}). */
    @Transactional
    public CollectionView open(long opgaveId, long frameworkId, String name, LocalDate opensOn, LocalDate closesOn,
                               Long providerId, List<Prompt> prompts) {
        Collection collection = new Collection(opgaveId, frameworkId, name, newToken(), opensOn, closesOn, providerId);
        prompts.forEach(collection::prompt);
        return repository.save(collection).view();
    }

    /** The collection's prompts, in the order the policy officer gave them. */
    public List<Prompt> prompts(long collectionId) {
        return repository.findById(collectionId).map(Collection::prompts).orElse(List.of());
    }

    public List<CollectionView> forOpgave(long opgaveId) {
        return repository.findByOpgaveIdOrderById(opgaveId).stream().map(Collection::view).toList();
    }

    public Optional<CollectionView> byToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return repository.findByToken(token).map(Collection::view);
    }

    /** 256 random bits, URL-safe: a link cannot be guessed or enumerated. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
