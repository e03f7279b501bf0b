package nl.duiding.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.duiding.report.ReportSnapshot.Block;

/**
 * The stories a person chose and lightly edited; never chosen automatically. Only stories whose tellers consented to
 * quoting and whose (district, role, provider) group passes the policy at the moment the report is made.
 */
@Component
class QuotesSection implements ReportSectionBuilder {

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Optional<ReportSnapshot.Section> build(ReportContext context) {
        if (context.draft().quotes().isEmpty()) {
            return Optional.empty();
        }
        var allowed = context.current().quotable(context.policy()).stream().map(WarmData.Candidate::id)
                .collect(java.util.stream.Collectors.toSet());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.note(context.text("report.quotes.intro")));
        for (ReportDraft.Quote quote : context.draft().quotes()) {
            if (quote.withdrawn() || quote.storyId() == null) {
                blocks.add(withdrawn(context, quote));
            } else if (allowed.contains(quote.storyId())) {
                blocks.add(new Block("quote", quote.text(), List.of(), null, null, anchor(quote),
                        context.text("report.quotes.by", context.text("report.role." + quote.role().name()).toLowerCase(ReportContext.DUTCH))));
            }
        }
        return Optional.of(new ReportSnapshot.Section("verhalen-geciteerd", context.text("report.section.quotes"), blocks));
    }

    static Block withdrawn(ReportContext context, ReportDraft.Quote quote) {
        return new Block("withdrawn", context.text("report.quotes.withdrawn"), List.of(), null, null, anchor(quote), null);
    }

    static String anchor(ReportDraft.Quote quote) {
        return "citaat-" + quote.id();
    }
}
