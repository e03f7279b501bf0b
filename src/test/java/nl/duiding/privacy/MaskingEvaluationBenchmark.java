package nl.duiding.privacy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints precision and recall per kind on the evaluation corpus, with every miss and false alarm:
 * {@code ./mvnw -B -o test -Dtest=MaskingEvaluationBenchmark}. Not part of the normal build ({@link
 * MaskingEvaluationTest} holds the bar there).
 */
@Tag("benchmark")
class MaskingEvaluationBenchmark {

    @Test
    void printsPrecisionAndRecallPerKind() {
        MaskingEvaluation e = MaskingEvaluation.run();
        System.out.println("\n=== Masking evaluation (privacy/evaluation-corpus.txt) ===\n" + e.table());
        e.misses().forEach(m -> System.out.println("missed:      " + m));
        e.falseAlarms().forEach(f -> System.out.println("false alarm: " + f));
    }
}
