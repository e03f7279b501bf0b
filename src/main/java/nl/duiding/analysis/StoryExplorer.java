package nl.duiding.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.springframework.stereotype.Service;

import nl.duiding.analysis.StoryInsights.StoryHit;
import nl.duiding.analysis.StoryInsights.TriadPoint;

/**
 * The story explorer's question: which of the filter's stories answered a triad inside an area? Answered from
 * the index's doc values, so an area over a million points needs no list of ids from the browser.
 */
@Service
public class StoryExplorer {

    private final StoryIndex index;
    private final StoryQueries queries;

    StoryExplorer(StoryIndex index, StoryQueries queries) {
        this.index = index;
        this.queries = queries;
    }

    /** @param limit how many of the selected stories to list, newest first */
    public TriadSelection select(StoryFilter filter, String triadCode, TriadArea area, int limit) {
        return index.withSearcher(searcher -> {
            FacetsCollector matching = searcher.search(queries.query(filter), new FacetsCollectorManager());
            List<TriadPoint> inside = new ArrayList<>();
            List<TriadPoint> outside = new ArrayList<>();
            List<long[]> chosen = new ArrayList<>();
            for (FacetsCollector.MatchingDocs md : matching.getMatchingDocs()) {
                if (md.bits() == null) {
                    continue;
                }
                var reader = md.context().reader();
                TriadDocValues answers = TriadDocValues.of(reader, triadCode);
                NumericDocValues submitted = DocValues.getNumeric(reader, StoryFields.SUBMITTED);
                DocIdSetIterator docs = md.bits().iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (!answers.advanceExact(doc)) {
                        continue;
                    }
                    TriadPoint p = new TriadPoint(answers.a(), answers.b(), answers.c());
                    if (area.contains(p.a(), p.b(), p.c())) {
                        inside.add(p);
                        chosen.add(new long[] {submitted.advanceExact(doc) ? submitted.longValue() : 0, md.context().docBase + doc});
                    } else {
                        outside.add(p);
                    }
                }
            }
            chosen.sort(Comparator.comparingLong((long[] e) -> e[0]).reversed());
            List<StoryHit> stories = new ArrayList<>();
            var stored = searcher.storedFields();
            for (long[] e : chosen.subList(0, Math.min(limit, chosen.size()))) {
                var doc = stored.document((int) e[1]);
                stories.add(StoryQueries.hit(doc, Snippets.plain(doc.get(StoryFields.BODY))));
            }
            return new TriadSelection(inside, outside, stories);
        });
    }

}
