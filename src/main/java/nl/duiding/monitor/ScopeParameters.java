package nl.duiding.monitor;

import java.time.Year;

import org.springframework.stereotype.Component;

import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.ProviderView;
import nl.duiding.production.FigureFilter.Granularity;
import nl.duiding.production.ProductionFigures;

/** Turns the query parameters of the monitor pages into a {@link Scope}; unknown values are ignored, never trusted. */
@Component
class ScopeParameters {

    private final OpgaveCatalog catalog;
    private final ProductionFigures figures;

    ScopeParameters(OpgaveCatalog catalog, ProductionFigures figures) {
        this.catalog = catalog;
        this.figures = figures;
    }

    Scope of(Integer year, String per, Long opgaveId, Long providerId, String district, boolean sharedOnly) {
        ProviderView provider = providerId == null ? null : catalog.provider(providerId).orElse(null);
        String districtCode = district != null && catalog.district(district).isPresent() ? district : null;
        return new Scope(year(year), granularity(per), opgaveId, provider == null ? null : provider.id(),
                provider == null ? null : provider.agbCode(), districtCode, sharedOnly);
    }

    /** Defaults to the newest year with declarations, so a page opens on something. */
    int year(Integer year) {
        if (year != null && year >= 2000 && year <= 2100) {
            return year;
        }
        return figures.years().stream().findFirst().orElse(Year.now().getValue());
    }

    static Granularity granularity(String per) {
        return "kwartaal".equalsIgnoreCase(per) || "QUARTER".equalsIgnoreCase(per) ? Granularity.QUARTER : Granularity.MONTH;
    }

    static String per(Scope scope) {
        return scope.granularity() == Granularity.QUARTER ? "kwartaal" : "maand";
    }
}
