package nl.duiding.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The module's API: compose a report (draft), choose and edit quotes, publish (freeze), and read the document as
 * HTML or PDF. A draft is composed from live data each time; a published report only from what was frozen.
 */
@Service
public class CouncilReports {

    /** A draft or published report's document. */
    public record Document(String html, boolean published, Instant madeAt) {
    }

    static final int MAX_QUOTE = 1500;

    private final ReportStore store;
    private final ReportComposer composer;
    private final ReportRenderer renderer;
    private final DisclosurePolicy policy;
    private final Clock clock;
    private final nl.duiding.story.TextMasking masking;
    private final JsonMapper json = JsonMapper.builder().build();

    CouncilReports(ReportStore store, ReportComposer composer, ReportRenderer renderer, DisclosurePolicy policy,
                   nl.duiding.story.TextMasking masking, java.util.Optional<Clock> clock) {
        this.masking = masking;
        this.store = store;
        this.composer = composer;
        this.renderer = renderer;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public long create(ReportScope scope, String title, String createdBy) {
        return store.create(scope, title, createdBy);
    }

    @Transactional
    public boolean updateTexts(long id, String title, String introduction, String well, String vulnerable,
                               String absent, String decisions) {
        return store.updateTexts(id, title, introduction, well, vulnerable, absent, decisions) == 1;
    }

    Optional<ReportDraft> find(long id) {
        return store.find(id);
    }

    List<ReportStore.Listed> list() {
        return store.list();
    }

    /** Stories a person may quote in this report: consented, in scope and period, in a large enough group. */
    List<WarmData.Candidate> candidates(ReportDraft draft) {
        java.util.Set<UUID> quoted = draft.quotes().stream().map(ReportDraft.Quote::storyId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        return composer.warm(draft.scope()).quotable(policy).stream().filter(c -> !quoted.contains(c.id())).toList();
    }

    /** Adds a quote a person chose and edited; refused unless the story is a candidate right now. */
    @Transactional
    public boolean addQuote(long reportId, UUID storyId, String editedText) {
        ReportDraft draft = store.find(reportId).filter(d -> !d.published()).orElse(null);
        if (draft == null || editedText == null || editedText.isBlank() || editedText.length() > MAX_QUOTE) {
            return false;
        }
        return candidates(draft).stream().filter(c -> c.id().equals(storyId)).findFirst().map(c -> {
            store.addQuote(reportId, storyId, masked(editedText.strip()), c.role());
            return true;
        }).orElse(false);
    }

    @Transactional
    public boolean removeQuote(long reportId, long quoteId) {
        return store.find(reportId).filter(d -> !d.published()).map(d -> store.removeQuote(reportId, quoteId) == 1).orElse(false);
    }

    /** Whatever the editor typed passes the same masking as a told story: no name or number slips in by editing. */
    private String masked(String text) {
        return masking.mask(text);
    }

    /** Freezes the report: the snapshot and its HTML are stored and from now on served as they are. */
    @Transactional
    public boolean publish(long id, String by) {
        ReportDraft draft = store.find(id).filter(d -> !d.published()).orElse(null);
        if (draft == null) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ReportDraft publishing = new ReportDraft(draft.id(), draft.scope(), draft.title(), draft.introduction(),
                draft.closingWell(), draft.closingVulnerable(), draft.closingAbsent(), draft.closingDecisions(), true,
                draft.createdBy(), now, by, draft.quotes());
        ReportSnapshot snapshot = composer.compose(publishing, LocalDate.ofInstant(now, ReportScope.ZONE));
        store.publish(id, by, now, freeze(snapshot));
        return true;
    }

    /** The document: frozen HTML for a published report, freshly composed for a draft. */
    @Transactional(readOnly = true)
    public Optional<Document> document(long id) {
        return store.find(id).map(draft -> {
            if (draft.published()) {
                return new Document(store.frozen(id).orElseThrow().html(), true, draft.publishedAt());
            }
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            return new Document(renderer.html(composer.compose(draft, LocalDate.ofInstant(now, ReportScope.ZONE))), false, now);
        });
    }

    /** A draft's snapshot as its document would show it now (the editor's preview); empty when published or missing. */
    @Transactional(readOnly = true)
    Optional<ReportSnapshot> draftSnapshot(long id) {
        return store.find(id).filter(d -> !d.published()).map(draft -> composer.compose(draft,
                LocalDate.ofInstant(clock.instant(), ReportScope.ZONE)));
    }

    public byte[] pdf(Document document) {
        return renderer.pdf(document.html(), document.madeAt());
    }

    /** Renders a published report again from its frozen snapshot: must equal the stored HTML byte for byte. */
    @Transactional(readOnly = true)
    public Optional<String> regenerate(long id) {
        return store.frozen(id).map(f -> renderer.html(json.readValue(f.snapshotJson(), ReportSnapshot.class)));
    }

    ReportStore.Frozen freeze(ReportSnapshot snapshot) {
        String html = renderer.html(snapshot);
        return new ReportStore.Frozen(json.writeValueAsString(snapshot), html, ReportRenderer.sha256Hex(html));
    }

    ReportSnapshot thawed(long id) {
        return json.readValue(store.frozen(id).orElseThrow().snapshotJson(), ReportSnapshot.class);
    }
}
