package nl.duiding.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.duiding.report.ReportSnapshot.Block;

/**
 * Wat gaat goed — wat is kwetsbaar — wat is opvallend afwezig, and the decisions. A person writes it; when nothing
 * was written, a {@link ClosingSource} (the dialogue, later) may fill it, and the report says where it came from.
 */
@Component
class ClosingSection implements ReportSectionBuilder {

    private final ObjectProvider<ClosingSource> sources;

    ClosingSection(ObjectProvider<ClosingSource> sources) {
        this.sources = sources;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public Optional<ReportSnapshot.Section> build(ReportContext context) {
        ReportDraft draft = context.draft();
        ClosingSource.Closing closing = new ClosingSource.Closing(draft.closingWell(), draft.closingVulnerable(),
                draft.closingAbsent(), draft.closingDecisions(), null);
        if (!draft.hasClosingText()) {
            closing = sources.orderedStream().map(s -> s.closingFor(context.scope())).flatMap(Optional::stream)
                    .findFirst().orElse(closing);
        }
        List<Block> blocks = new ArrayList<>();
        part(context, blocks, "report.closing.well", closing.goesWell());
        part(context, blocks, "report.closing.vulnerable", closing.vulnerable());
        part(context, blocks, "report.closing.absent", closing.absent());
        part(context, blocks, "report.closing.decisions", closing.decisions());
        if (closing.source() != null) {
            blocks.add(Block.note(context.text("report.closing.source", closing.source())));
        }
        return Optional.of(new ReportSnapshot.Section("afsluiting", context.text("report.section.closing"), blocks));
    }

    private static void part(ReportContext context, List<Block> blocks, String key, String text) {
        blocks.add(new Block("subheading", context.text(key), List.of(), null, null, null, null));
        List<Block> paragraphs = Sections.paragraphs(text);
        blocks.addAll(paragraphs.isEmpty() ? List.of(Block.note(context.text("report.closing.empty"))) : paragraphs);
    }
}
