package nl.duiding.collection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.Frameworks;
import nl.duiding.opgave.DistrictView;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.opgave.ProviderView;

/**
 * Everything the story form shows besides the teller's input, per collection token. Read fresh while the
 * database answers; when it does not, the last good copy is used, so a teller who submits during an
 * outage gets the form back with their text and a retry message instead of an error page.
 */
@Component
class FormContexts {

    /** How long a copy may serve during an outage. */
    static final Duration STALE_LIMIT = Duration.ofHours(12);

    record FormContext(CollectionView collection, FrameworkDefinition framework, OpgaveView opgave,
                       List<ProviderView> providers, List<DistrictView> districts, List<Prompt> prompts, Instant readAt) {
    }

    private final Collections collections;
    private final Frameworks frameworks;
    private final OpgaveCatalog catalog;
    private final Map<String, FormContext> lastGood = new ConcurrentHashMap<>();

    private final TransactionTemplate readOnly;

    FormContexts(Collections collections, Frameworks frameworks, OpgaveCatalog catalog,
                 PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.collections = collections;
        this.frameworks = frameworks;
        this.catalog = catalog;
    }

    Optional<FormContext> forToken(String token) {
        try {
            // one transaction, so the six reads take one pool connection instead of queueing six times under load
            Optional<FormContext> fresh = readOnly.execute(status -> collections.byToken(token).map(this::read));
            fresh.ifPresentOrElse(c -> lastGood.put(token, c), () -> lastGood.remove(token));
            return fresh;
        } catch (DataAccessException | TransactionException unavailable) {
            FormContext stale = lastGood.get(token);
            if (stale == null || stale.readAt().isBefore(Instant.now().minus(STALE_LIMIT))) {
                throw unavailable;
            }
            return Optional.of(stale);
        }
    }

    private FormContext read(CollectionView collection) {
        return new FormContext(collection, frameworks.definition(collection.frameworkId()).orElseThrow(),
                catalog.opgave(collection.opgaveId()).orElseThrow(), catalog.providers(), catalog.districts(),
                collections.prompts(collection.id()), Instant.now());
    }
}
