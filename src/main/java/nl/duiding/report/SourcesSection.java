package nl.duiding.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.duiding.report.ReportSnapshot.Block;

/** Where the figures come from (collections, imports, the data state) and how small numbers were protected. */
@Component
class SourcesSection implements ReportSectionBuilder {

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<ReportSnapshot.Section> build(ReportContext context) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(context.text("report.sources.disclosure", context.policy().minTellers(),
                context.policy().minQuoteGroup())));
        return Optional.of(new ReportSnapshot.Section("bronnen", context.text("report.section.sources"), blocks));
    }
}
