package dev.chorus.store;

import dev.chorus.model.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-text search over stored articles, answered as stories. Every plain word of the query must occur in an
 * article's title or text, and every {@code "quoted phrase"} as a phrase (words are matched as the standard
 * analyser splits and lower-cases them); filters narrow the articles first. Without words, every article
 * passing the filters matches, and stories come in id order. One pass over the matching
 * articles keeps, per story, its best-scoring article (BM25), and counts the facet values of every match.
 */
final class StoreSearch {

    /** Values returned per facet, the commonest. */
    static final int FACET_VALUES = 20;
    /** Characters of text shown around a match. */
    private static final int SNIPPET_CHARS = 220;
    private static final Pattern CHUNKS = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

    private final Analyzer analyzer;

    StoreSearch(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param cards the card of a story by id (every story of a hit is stored)
     */
    StoryStore.SearchResult search(IndexSearcher searcher, StoryStore.SearchQuery q,
                                   Function<String, StoryStore.StoryCard> cards) throws IOException {
        Query query = query(q);
        if (query == null) {
            return new StoryStore.SearchResult(0, List.of(), Map.of());
        }
        Matches matches = searcher.search(query, new Manager(!q.text().isBlank()));
        List<Best> ranked = new ArrayList<>(matches.best.values());
        ranked.sort(Comparator.comparingDouble((Best b) -> -b.score).thenComparing(b -> b.story));
        List<StoryStore.SearchHit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        List<String> words = words(q.text());
        for (int i = q.offset(); i < Math.min(ranked.size(), (long) q.offset() + q.limit()); i++) {
            Best best = ranked.get(i);
            Article article = StoreJson.article(stored.document(best.doc).get(StoreDocuments.JSON));
            hits.add(new StoryStore.SearchHit(cards.apply(best.story), article.id(), article.metadata().title(),
                    snippet(article, words), best.score));
        }
        Map<String, List<StoryStore.FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : StoreDocuments.FACETS) {
            facets.put(facet, matches.facets.get(facet).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(FACET_VALUES)
                    .map(e -> new StoryStore.FacetCount(e.getKey(), e.getValue()))
                    .toList());
        }
        return new StoryStore.SearchResult(ranked.size(), hits, facets);
    }

    /** The Lucene query for {@code q}, or null when its text has words but none that can be searched for. */
    Query query(StoryStore.SearchQuery q) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(new TermQuery(new Term(StoreDocuments.TYPE, StoreDocuments.ARTICLE)), Occur.FILTER);
        if (!q.text().isBlank()) {
            QueryBuilder builder = new QueryBuilder(analyzer);
            int clauses = 0;
            Matcher chunk = CHUNKS.matcher(q.text());
            while (chunk.find()) {
                Query part = chunk.group(1) != null
                        ? builder.createPhraseQuery(StoreDocuments.BODY, chunk.group(1))
                        : builder.createBooleanQuery(StoreDocuments.BODY, chunk.group(2), Occur.MUST);
                if (part != null) {
                    all.add(part, Occur.MUST);
                    clauses++;
                }
            }
            if (clauses == 0) {
                return null;
            }
        }
        filter(all, StoreDocuments.OUTLET, q.outlet());
        filter(all, StoreDocuments.ENTITY, q.entity());
        filter(all, StoreDocuments.LANGUAGE, q.language());
        if (q.from() != null || q.to() != null) {
            all.add(LongPoint.newRangeQuery(StoreDocuments.PUBLISHED,
                    q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay(),
                    q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()), Occur.FILTER);
        }
        return all.build();
    }

    private static void filter(BooleanQuery.Builder all, String field, String value) {
        if (value != null && !value.isBlank()) {
            all.add(new TermQuery(new Term(field + StoreDocuments.KEY, StoreDocuments.key(value))), Occur.FILTER);
        }
    }

    /** The lower-cased words of a query, quotes and operators aside, to find in a snippet. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * About {@value #SNIPPET_CHARS} characters of the article around the first of {@code words} found in its
     * text (case aside), cut at spaces, else the start of the text.
     */
    static String snippet(Article article, List<String> words) {
        String text = String.join(" ", article.paragraphs());
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String word : words) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word)).matcher(lower);
            if (m.find() && (at < 0 || m.start() < at)) {
                at = m.start();
            }
        }
        int start = Math.max(0, at - SNIPPET_CHARS / 3);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space > at ? start : space + 1;
        }
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start + SNIPPET_CHARS / 2 ? space : end;
        }
        return (start > 0 ? "\u2026" : "") + text.substring(start, end) + (end < text.length() ? "\u2026" : "");
    }

    /** A story's best-matching article so far. */
    private static final class Best {
        final String story;
        float score;
        int doc;

        Best(String story, float score, int doc) {
            this.story = story;
            this.score = score;
            this.doc = doc;
        }
    }

    /** What one pass over the matches found. */
    private record Matches(Map<String, Best> best, Map<String, Map<String, Long>> facets) {
    }

    private record Manager(boolean scored) implements CollectorManager<StoryCollector, Matches> {
        @Override
        public StoryCollector newCollector() {
            return new StoryCollector(scored);
        }

        @Override
        public Matches reduce(Collection<StoryCollector> collectors) throws IOException {
            Map<String, Best> best = new HashMap<>();
            Map<String, Map<String, Long>> facets = new HashMap<>();
            StoreDocuments.FACETS.forEach(f -> facets.put(f, new HashMap<>()));
            for (StoryCollector collector : collectors) {
                for (Leaf leaf : collector.leaves) {
                    leaf.drainInto(best, facets);
                }
            }
            return new Matches(best, facets);
        }
    }

    /** Per leaf (segment): the best match per story ordinal and the count per facet ordinal. */
    private static final class Leaf implements LeafCollector {
        final int docBase;
        final SortedDocValues stories;
        final float[] bestScore;
        final int[] bestDoc;
        final SortedSetDocValues[] facetValues = new SortedSetDocValues[StoreDocuments.FACETS.size()];
        final SortedSetDocValues[] facetNames = new SortedSetDocValues[StoreDocuments.FACETS.size()];
        final long[][] facetCounts = new long[StoreDocuments.FACETS.size()][];
        final boolean scored;
        Scorable scorer;

        Leaf(LeafReaderContext context, boolean scored) throws IOException {
            docBase = context.docBase;
            this.scored = scored;
            stories = DocValues.getSorted(context.reader(), StoreDocuments.STORY_ID);
            bestScore = new float[(int) stories.getValueCount()];
            bestDoc = new int[bestScore.length];
            java.util.Arrays.fill(bestDoc, -1);
            for (int f = 0; f < facetValues.length; f++) {
                String field = StoreDocuments.FACETS.get(f);
                facetValues[f] = DocValues.getSortedSet(context.reader(), field);
                // a second instance to look names up by ordinal after the pass, without disturbing the iterator
                facetNames[f] = DocValues.getSortedSet(context.reader(), field);
                facetCounts[f] = new long[(int) facetValues[f].getValueCount()];
            }
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (stories.advanceExact(doc)) {
                int ord = stories.ordValue();
                float score = scored ? scorer.score() : 0;
                if (bestDoc[ord] < 0 || score > bestScore[ord]) {
                    bestScore[ord] = score;
                    bestDoc[ord] = doc;
                }
            }
            for (int f = 0; f < facetValues.length; f++) {
                if (facetValues[f].advanceExact(doc)) {
                    for (int i = 0; i < facetValues[f].docValueCount(); i++) {
                        facetCounts[f][(int) facetValues[f].nextOrd()]++;
                    }
                }
            }
        }

        void drainInto(Map<String, Best> best, Map<String, Map<String, Long>> facets) throws IOException {
            for (int ord = 0; ord < bestDoc.length; ord++) {
                if (bestDoc[ord] >= 0) {
                    String story = stories.lookupOrd(ord).utf8ToString();
                    Best seen = best.get(story);
                    if (seen == null) {
                        best.put(story, new Best(story, bestScore[ord], docBase + bestDoc[ord]));
                    } else if (bestScore[ord] > seen.score) {
                        seen.score = bestScore[ord];
                        seen.doc = docBase + bestDoc[ord];
                    }
                }
            }
            for (int f = 0; f < facetCounts.length; f++) {
                Map<String, Long> counts = facets.get(StoreDocuments.FACETS.get(f));
                for (int ord = 0; ord < facetCounts[f].length; ord++) {
                    if (facetCounts[f][ord] > 0) {
                        counts.merge(facetNames[f].lookupOrd(ord).utf8ToString(), facetCounts[f][ord], Long::sum);
                    }
                }
            }
        }
    }

    private static final class StoryCollector implements Collector {
        final boolean scored;
        final List<Leaf> leaves = new ArrayList<>();

        StoryCollector(boolean scored) {
            this.scored = scored;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Leaf leaf = new Leaf(context, scored);
            leaves.add(leaf);
            return leaf;
        }

        @Override
        public ScoreMode scoreMode() {
            return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
