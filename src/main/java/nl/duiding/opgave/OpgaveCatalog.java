package nl.duiding.opgave;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API: read and maintain opgaven, providers and districts. */
@Service
@Transactional(readOnly = true)
public class OpgaveCatalog {

    private final Opgaven opgaven;
    private final Providers providers;
    private final Districts districts;

    OpgaveCatalog(Opgaven opgaven, Providers providers, Districts districts) {
        this.opgaven = opgaven;
        this.providers = providers;
        this.districts = districts;
    }

    public List<OpgaveView> opgaven() {
        return opgaven.findAll().stream().map(Opgave::view).sorted(Comparator.comparing(OpgaveView::id)).toList();
    }

    public Optional<OpgaveView> opgave(long id) {
        return opgaven.findById(id).map(Opgave::view);
    }

    public List<ProviderView> providers() {
        return providers.findAll().stream().map(Provider::view)
                .sorted(Comparator.comparing(ProviderView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Optional<ProviderView> provider(long id) {
        return providers.findById(id).map(Provider::view);
    }

    public List<DistrictView> districts() {
        return districts.findAll().stream().map(District::view)
                .sorted(Comparator.comparing(DistrictView::code)).toList();
    }

    public Optional<DistrictView> district(String code) {
        return districts.findById(code).map(District::view);
    }

    @Transactional
    public long saveOpgave(Long id, String name, Law law, String description, List<OpgaveView.Goal> goals) {
        if (id == null) {
            return opgaven.save(new Opgave(name, law, description, goals)).id();
        }
        Opgave opgave = opgaven.findById(id).orElseThrow(() -> new UnknownReferenceException("opgave", id));
        opgave.update(name, law, description, goals);
        return id;
    }

    /** Saves a provider; refuses an AGB code another provider already has. */
    @Transactional
    public long saveProvider(Long id, String name, String agbCode) {
        boolean taken = id == null ? providers.existsByAgbCode(agbCode) : providers.existsByAgbCodeAndIdNot(agbCode, id);
        if (taken) {
            throw new DuplicateAgbCodeException(agbCode);
        }
        if (id == null) {
            return providers.save(new Provider(name, agbCode)).view().id();
        }
        Provider provider = providers.findById(id).orElseThrow(() -> new UnknownReferenceException("provider", id));
        provider.update(name, agbCode);
        return id;
    }

    @Transactional
    public void saveDistrict(String code, String name, String municipalityCode) {
        districts.findById(code).ifPresentOrElse(d -> d.update(name),
                () -> districts.save(new District(code, name, municipalityCode)));
    }

    /** The provider with this AGB code; single sign-on binds provider users through it. */
    public Optional<ProviderView> providerByAgbCode(String agbCode) {
        return providers().stream().filter(p -> p.agbCode().equals(agbCode)).findFirst();
    }
}
