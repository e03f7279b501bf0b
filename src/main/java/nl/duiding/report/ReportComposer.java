package nl.duiding.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.duiding.collection.CollectionView;
import nl.duiding.collection.Collections;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.opgave.ProviderView;
import nl.duiding.production.ImportSummary;
import nl.duiding.production.Imports;
import nl.duiding.story.StoryArchive;

/** Builds a report's snapshot from the live data: asks every {@link ReportSectionBuilder} in order. */
@Component
class ReportComposer {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", ReportContext.DUTCH);

    private final List<ReportSectionBuilder> builders;
    private final DisclosurePolicy policy;
    private final MessageSource messages;
    private final StoryArchive archive;
    private final OpgaveCatalog catalog;
    private final Collections collections;
    private final Imports imports;
    private final RecordKeys recordKeys;

    ReportComposer(List<ReportSectionBuilder> builders, DisclosurePolicy policy, MessageSource messages,
                   StoryArchive archive, OpgaveCatalog catalog, Collections collections, Imports imports,
                   RecordKeys recordKeys) {
        this.recordKeys = recordKeys;
        this.builders = builders.stream().sorted(Comparator.comparingInt(ReportSectionBuilder::order)).toList();
        this.policy = policy;
        this.messages = messages;
        this.archive = archive;
        this.catalog = catalog;
        this.collections = collections;
        this.imports = imports;
    }

    /** The stories of the report's scope and period: for the quote choice in the editor. */
    @Transactional(readOnly = true)
    WarmData warm(ReportScope scope) {
        return WarmData.of(archive, scope);
    }

    /** The warm figures a draft's report is composed from, before the disclosure policy rounds or perturbs them. */
    @Transactional(readOnly = true)
    WarmData current(ReportDraft draft) {
        return WarmData.of(archive, draft.scope(), recordKeys);
    }

    @Transactional(readOnly = true)
    ReportSnapshot compose(ReportDraft draft, LocalDate madeOn) {
        ReportScope scope = draft.scope();
        WarmData current = current(draft);
        WarmData previous = WarmData.of(archive, scope.previous(), recordKeys);
        Map<String, String> labels = labels(scope);
        ReportContext context = new ReportContext(scope, policy, messages, labels, current, previous, draft);
        List<ReportSnapshot.Section> sections = new ArrayList<>();
        for (ReportSectionBuilder builder : builders) {
            builder.build(context).ifPresent(sections::add);
        }
        String made = (draft.published() ? "" : context.text("report.draftOn") + " ") + DAY.format(madeOn);
        return new ReportSnapshot(draft.title(), labels.get("opgave"), labels.get("scope"), labels.get("period"), made,
                sections, dataState(context, current));
    }

    private Map<String, String> labels(ReportScope scope) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("opgave", catalog.opgave(scope.opgaveId()).map(OpgaveView::name).orElse("?"));
        String provider = scope.providerId() == null ? null
                : catalog.provider(scope.providerId()).map(ProviderView::name).orElse("?");
        String district = scope.districtCode() == null ? null
                : catalog.district(scope.districtCode()).map(d -> d.name() + " (" + d.code() + ")").orElse(scope.districtCode());
        labels.put("scope", provider != null && district != null ? provider + ", " + district
                : provider != null ? provider : district != null ? district : text("report.scope.all"));
        labels.put("period", period(scope));
        labels.put("previousPeriod", period(scope.previous()));
        return labels;
    }

    private String period(ReportScope scope) {
        return DAY.format(scope.from()) + " – " + DAY.format(scope.to());
    }

    private ReportSnapshot.DataState dataState(ReportContext context, WarmData current) {
        ReportScope scope = context.scope();
        String filters = "opgave=" + scope.opgaveId() + "; aanbieder=" + (scope.providerId() == null ? "alle" : scope.providerId())
                + "; wijk=" + (scope.districtCode() == null ? "alle" : scope.districtCode()) + "; periode=" + scope.from()
                + "/" + scope.to();
        List<String> sources = collections.forOpgave(scope.opgaveId()).stream()
                .filter(c -> (c.opensOn() == null || !c.opensOn().isAfter(scope.to()))
                        && (c.closesOn() == null || !c.closesOn().isBefore(scope.from())))
                .sorted(Comparator.comparingLong(CollectionView::id))
                .map(c -> "#" + c.id() + " " + c.name()).toList();
        List<String> imported = imports.recent(1000).stream().filter(i -> i.status() == ImportSummary.Status.IMPORTED)
                .sorted(Comparator.comparingLong(ImportSummary::id))
                .map(i -> "#" + i.id() + " " + i.sourceName() + " (" + i.format() + ", " + i.accepted() + " regels)").toList();
        String newest = current.newest == null ? "-" : DAY.format(current.newest.atZone(ReportScope.ZONE));
        return new ReportSnapshot.DataState(filters, current.total, context.policy().count(current.total, current.totalKey), newest, current.storyDigest(), sources, imported);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, ReportContext.DUTCH);
    }
}
