package nl.duiding.analysis;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;

/**
 * One triad question's answers in one index segment: the only place that knows how a triad is stored (three float
 * doc values, {@link StoryFields#triadField}) and how a stored share is read back ({@link StoryFields#answerValue}:
 * a tenth is a tenth). Walk documents in increasing order: {@link #advanceExact} then the three shares.
 */
final class TriadDocValues {

    private final NumericDocValues a;
    private final NumericDocValues b;
    private final NumericDocValues c;

    private TriadDocValues(NumericDocValues a, NumericDocValues b, NumericDocValues c) {
        this.a = a;
        this.b = b;
        this.c = c;
    }

    static TriadDocValues of(LeafReader segment, String questionCode) throws IOException {
        return new TriadDocValues(DocValues.getNumeric(segment, StoryFields.triadField(questionCode, 'a')),
                DocValues.getNumeric(segment, StoryFields.triadField(questionCode, 'b')),
                DocValues.getNumeric(segment, StoryFields.triadField(questionCode, 'c')));
    }

    /** Whether {@code doc} (greater than the last one asked) answered the triad. */
    boolean advanceExact(int doc) throws IOException {
        return a.advanceExact(doc) && b.advanceExact(doc) && c.advanceExact(doc);
    }

    double a() throws IOException {
        return StoryFields.answerValue(a.longValue());
    }

    double b() throws IOException {
        return StoryFields.answerValue(b.longValue());
    }

    double c() throws IOException {
        return StoryFields.answerValue(c.longValue());
    }
}
