package nl.duiding.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.duiding.report.ReportSnapshot.Block;
import nl.duiding.report.ReportSnapshot.Section;
import nl.duiding.story.StoryRemoved;

/**
 * Privacy first when a teller withdraws a story (or retention removes it): a draft loses the quote; a published
 * report loses the quoted text too and shows in its place that a quote was withdrawn. Its figures stay as published
 * (rounded aggregates that name nobody). See docs/security.md.
 */
@Component
class QuoteWithdrawal {

    private final ReportStore store;
    private final CouncilReports reports;
    private final MessageSource messages;

    QuoteWithdrawal(ReportStore store, CouncilReports reports, MessageSource messages) {
        this.store = store;
        this.reports = reports;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(StoryRemoved removed) {
        for (long[] quote : store.quotesOf(removed.storyId())) {
            long reportId = quote[0];
            long quoteId = quote[1];
            if (quote[2] == 0) {
                store.deleteQuote(quoteId);
                continue;
            }
            store.markWithdrawn(quoteId);
            ReportSnapshot frozen = reports.thawed(reportId);
            String anchor = "citaat-" + quoteId;
            String notice = messages.getMessage("report.quotes.withdrawn", null, ReportContext.DUTCH);
            List<Section> sections = new ArrayList<>();
            for (Section section : frozen.sections()) {
                sections.add(new Section(section.key(), section.heading(), section.blocks().stream()
                        .map(b -> anchor.equals(b.caption()) && "quote".equals(b.kind())
                                ? new Block("withdrawn", notice, List.of(), null, null, anchor, null) : b).toList()));
            }
            store.refreeze(reportId, reports.freeze(new ReportSnapshot(frozen.title(), frozen.opgave(), frozen.scope(),
                    frozen.period(), frozen.madeOn(), sections, frozen.dataState())));
        }
    }
}
