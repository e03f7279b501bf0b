package nl.duiding.report;

import java.util.Optional;

/**
 * One section of a council report. Every Spring bean of this type is asked, in {@link #order()}; a module that
 * brings new material (themes, comparisons, a dialogue) adds a builder instead of changing the report. A builder
 * must pass every figure it publishes through {@link ReportContext#policy()}.
 */
public interface ReportSectionBuilder {

    /** Position in the report: introduction 100, effect chain 200, warm side 300, quotes 500, closing 800, sources 900. */
    int order();

    Optional<ReportSnapshot.Section> build(ReportContext context);
}
