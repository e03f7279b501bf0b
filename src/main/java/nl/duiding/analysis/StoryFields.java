package nl.duiding.analysis;

import java.time.format.DateTimeFormatter;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import nl.duiding.platform.Period;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryRecord;

/** The index schema: which field holds what, and how a stored story becomes a Lucene document. */
final class StoryFields {

    /** Raise when the mapping below changes: an index with another version is rebuilt at start-up. */
    static final String SCHEMA_VERSION = "6"; // 5: months in Europe/Amsterdam (issue 15); 6: held for review (issue 14)

    static final String ID = "id";

    static org.apache.lucene.search.Query held() {
        return new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(HELD, "true"));
    }

    static final String OPGAVE = "opgave";
    static final String PROVIDER = "provider";
    static final String ROLE = "role";
    static final String DISTRICT = "district";
    static final String MONTH = "month";
    static final String CHOICE = "choice";
    static final String SHARED = "shared";
    /** Present ("true") on a story held for review (issue 14). */
    static final String HELD = "held";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String SUBMITTED = "submitted";
    static final String NO_PROVIDER = "-";
    /** What the teller consented to: string field and multi-valued facet with {@link StoryFilter.Consent} names. */
    static final String CONSENT = "consent";
    /** The codes of questions answered "not applicable": string field and multi-valued facet. */
    static final String NOT_APPLICABLE = "na";
    /** Prefix of the per-question choice dimensions ({@code choice.<code>}), drillable sideways one by one. */
    static final String CHOICE_DIM_PREFIX = "choice.";
    static final String DYAD_PREFIX = "dyad.";
    static final String SCALE_PREFIX = "scale.";
    static final String STONES_PREFIX = "stones.";
    static final String TRIAD_PREFIX = "triad.";

    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM").withZone(Period.ZONE);

    private StoryFields() {
    }

    static FacetsConfig facetsConfig() {
        // the per-question choice dimensions are not known in advance; unknown dimensions may hold several values
        FacetsConfig config = new FacetsConfig() {
            @Override
            protected DimConfig getDefaultDimConfig() {
                DimConfig multi = new DimConfig();
                multi.multiValued = true;
                return multi;
            }
        };
        for (String single : new String[] {PROVIDER, ROLE, MONTH, DISTRICT}) {
            config.setMultiValued(single, false);
        }
        return config;
    }

    static String choiceDim(String questionCode) {
        return CHOICE_DIM_PREFIX + questionCode;
    }

    static String scaleField(String questionCode) {
        return SCALE_PREFIX + questionCode;
    }

    static String stonesField(String questionCode, String item, char axis) {
        return STONES_PREFIX + questionCode + "." + item + "." + axis;
    }

    /**
     * An answer value as stored in a float doc value, read back as the value the teller gave: floats keep about
     * seven significant digits, so 0.7 comes back as 0.69999999; rounding to six decimals makes a tenth a tenth
     * again (shares and slider positions are never given more precisely than that).
     */
    static double answerValue(long docValue) {
        double raw = Float.intBitsToFloat((int) docValue);
        return Math.round(raw * 1_000_000d) / 1_000_000d;
    }

    static String triadField(String questionCode, char corner) {
        return TRIAD_PREFIX + questionCode + "." + corner;
    }

    static String dyadField(String questionCode) {
        return DYAD_PREFIX + questionCode;
    }

    static String choiceLabel(String questionCode, String option) {
        return questionCode + ":" + option;
    }

    static Document toDocument(StoryRecord story) {
        Document doc = new Document();
        doc.add(new StringField(ID, story.id().toString(), Field.Store.YES));
        doc.add(new StringField(OPGAVE, Long.toString(story.opgaveId()), Field.Store.NO));
        String provider = story.providerId() == null ? NO_PROVIDER : story.providerId().toString();
        doc.add(new StringField(PROVIDER, provider, Field.Store.YES));
        doc.add(new StringField(ROLE, story.role().name(), Field.Store.YES));
        doc.add(new StringField(SHARED, Boolean.toString(story.consentShare()), Field.Store.NO));
        if (story.heldForReview()) {
            doc.add(new StringField(HELD, "true", Field.Store.NO));
        }
        addConsents(doc, story);
        doc.add(new SortedSetDocValuesFacetField(PROVIDER, provider));
        doc.add(new SortedSetDocValuesFacetField(ROLE, story.role().name()));
        doc.add(new SortedSetDocValuesFacetField(MONTH, MONTH_FORMAT.format(story.submittedAt())));
        if (story.districtCode() != null) {
            doc.add(new StringField(DISTRICT, story.districtCode(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(DISTRICT, story.districtCode()));
        }
        doc.add(new TextField(TITLE, story.title(), Field.Store.YES));
        doc.add(new TextField(BODY, story.body(), Field.Store.YES));
        long millis = story.submittedAt().toEpochMilli();
        doc.add(new LongPoint(SUBMITTED, millis));
        doc.add(new NumericDocValuesField(SUBMITTED, millis));
        doc.add(new StoredField(SUBMITTED, millis));
        for (Answer answer : story.answers()) {
            switch (answer) {
                case Answer.Triad t -> {
                    doc.add(new FloatDocValuesField(triadField(t.questionCode(), 'a'), (float) t.a()));
                    doc.add(new FloatDocValuesField(triadField(t.questionCode(), 'b'), (float) t.b()));
                    doc.add(new FloatDocValuesField(triadField(t.questionCode(), 'c'), (float) t.c()));
                }
                case Answer.Dyad d -> doc.add(new FloatDocValuesField(dyadField(d.questionCode()), (float) d.value()));
                case Answer.Choice c -> c.options().forEach(o -> {
                    doc.add(new SortedSetDocValuesFacetField(CHOICE, choiceLabel(c.questionCode(), o)));
                    doc.add(new SortedSetDocValuesFacetField(choiceDim(c.questionCode()), o));
                });
                case Answer.Stones s -> s.placed().forEach((item, p) -> {
                    doc.add(new FloatDocValuesField(stonesField(s.questionCode(), item, 'x'), (float) p.x()));
                    doc.add(new FloatDocValuesField(stonesField(s.questionCode(), item, 'y'), (float) p.y()));
                });
                case Answer.Scale s -> doc.add(new FloatDocValuesField(scaleField(s.questionCode()), s.value()));
                case Answer.Number n -> doc.add(new FloatDocValuesField("number." + n.questionCode(), (float) n.value()));
                case Answer.NotApplicable n -> {
                    doc.add(new StringField(NOT_APPLICABLE, n.questionCode(), Field.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField(NOT_APPLICABLE, n.questionCode()));
                }
                // written answers are kept in PostgreSQL and not (yet) searched
                case Answer.Text t -> { }
                case Answer.Other o -> { }
            }
        }
        return doc;
    }

    private static void addConsents(Document doc, StoryRecord story) {
        java.util.List<StoryFilter.Consent> consents = new java.util.ArrayList<>();
        if (story.consentShare()) {
            consents.add(StoryFilter.Consent.SHARE);
        }
        if (story.consentQuote()) {
            consents.add(StoryFilter.Consent.QUOTE);
        }
        if (consents.isEmpty()) {
            consents.add(StoryFilter.Consent.NONE);
        }
        for (StoryFilter.Consent consent : consents) {
            doc.add(new StringField(CONSENT, consent.name(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(CONSENT, consent.name()));
        }
    }
}
