package nl.duiding.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.duiding.report.ReportSnapshot.Block;

/** The introduction a person wrote, after one sentence that says what the report covers. */
@Component
class IntroductionSection implements ReportSectionBuilder {

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<ReportSnapshot.Section> build(ReportContext context) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(context.text("report.intro.scope", context.label("opgave"), context.label("scope"),
                context.label("period"))));
        blocks.addAll(Sections.paragraphs(context.draft().introduction()));
        return Optional.of(new ReportSnapshot.Section("inleiding", context.text("report.section.intro"), blocks));
    }
}
