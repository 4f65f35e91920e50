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
     * @param cards the cards of stories by id, in one call for a page of hits (every story of a hit is stored)
     */
    StoryStore.SearchResult search(IndexSearcher searcher, StoryStore.SearchQuery q,
                                   Function<Collection<String>, Map<String, StoryStore.StoryCard>> cards) throws IOException {
        Query query = query(q);
        if (query == null) {
            return new StoryStore.SearchResult(0, List.of(), Map.of());
        }
        Matches matches = searcher.search(query, new Manager(!q.text().isBlank()));
        List<Best> ranked = new ArrayList<>(matches.best.values());
        ranked.sort(Comparator.comparingDouble((Best b) -> -b.score).thenComparing(b -> b.story));
        List<Best> page = ranked.subList(Math.min(ranked.size(), q.offset()),
                (int) Math.min(ranked.size(), (long) q.offset() + q.limit()));
        Map<String, StoryStore.StoryCard> pageCards = cards.apply(page.stream().map(b -> b.story).toList());
        List<StoryStore.SearchHit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        List<String> words = words(q.text());
        for (Best best : page) {
            Article article = StoreJson.article(stored.document(best.doc).get(StoreDocuments.JSON));
            StoryStore.StoryCard card = pageCards.get(best.story);
            if (card == null) {
                throw new IllegalStateException("article of story " + best.story + " found, but not the story");
            }
            hits.add(new StoryStore.SearchHit(card, article.id(), article.metadata().title(),
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

    /**
     * Per leaf (segment): the best match per story ordinal and the count per facet ordinal. The arrays are as
     * long as the segment has values (tens of thousands of stories and entities in a large store), so they are
     * made on the first match only, and the ordinals touched are listed, so that a query matching a few articles
     * is read back in time proportional to its matches, not to the number of values.
     */
    private static final class Leaf implements LeafCollector {
        final LeafReaderContext context;
        final boolean scored;
        SortedDocValues stories;
        float[] bestScore;
        int[] bestDoc;
        final Touched touchedStories = new Touched();
        final SortedSetDocValues[] facetValues = new SortedSetDocValues[StoreDocuments.FACETS.size()];
        final long[][] facetCounts = new long[StoreDocuments.FACETS.size()][];
        final Touched[] touchedFacets = new Touched[StoreDocuments.FACETS.size()];
        Scorable scorer;

        Leaf(LeafReaderContext context, boolean scored) {
            this.context = context;
            this.scored = scored;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        private void open() throws IOException {
            stories = DocValues.getSorted(context.reader(), StoreDocuments.STORY_ID);
            bestScore = new float[(int) stories.getValueCount()];
            bestDoc = new int[bestScore.length];
            for (int f = 0; f < facetValues.length; f++) {
                facetValues[f] = DocValues.getSortedSet(context.reader(), StoreDocuments.FACETS.get(f));
                facetCounts[f] = new long[(int) facetValues[f].getValueCount()];
                touchedFacets[f] = new Touched();
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            if (stories == null) {
                open();
            }
            if (stories.advanceExact(doc)) {
                int ord = stories.ordValue();
                float score = scored ? scorer.score() : 0;
                // bestDoc holds doc + 1, so that 0 means none yet without filling the array
                if (bestDoc[ord] == 0) {
                    touchedStories.add(ord);
                    bestScore[ord] = score;
                    bestDoc[ord] = doc + 1;
                } else if (score > bestScore[ord]) {
                    bestScore[ord] = score;
                    bestDoc[ord] = doc + 1;
                }
            }
            for (int f = 0; f < facetValues.length; f++) {
                if (facetValues[f].advanceExact(doc)) {
                    for (int i = 0; i < facetValues[f].docValueCount(); i++) {
                        int ord = (int) facetValues[f].nextOrd();
                        if (facetCounts[f][ord]++ == 0) {
                            touchedFacets[f].add(ord);
                        }
                    }
                }
            }
        }

        void drainInto(Map<String, Best> best, Map<String, Map<String, Long>> facets) throws IOException {
            if (stories == null) {
                return;
            }
            int docBase = context.docBase;
            // lookups by ordinal on fresh instances: the collecting ones are positioned on their last document
            SortedDocValues storyNames = DocValues.getSorted(context.reader(), StoreDocuments.STORY_ID);
            for (int i = 0; i < touchedStories.size; i++) {
                int ord = touchedStories.ords[i];
                String story = storyNames.lookupOrd(ord).utf8ToString();
                Best seen = best.get(story);
                if (seen == null) {
                    best.put(story, new Best(story, bestScore[ord], docBase + bestDoc[ord] - 1));
                } else if (bestScore[ord] > seen.score) {
                    seen.score = bestScore[ord];
                    seen.doc = docBase + bestDoc[ord] - 1;
                }
            }
            for (int f = 0; f < facetCounts.length; f++) {
                Map<String, Long> counts = facets.get(StoreDocuments.FACETS.get(f));
                SortedSetDocValues names = DocValues.getSortedSet(context.reader(), StoreDocuments.FACETS.get(f));
                for (int i = 0; i < touchedFacets[f].size; i++) {
                    int ord = touchedFacets[f].ords[i];
                    counts.merge(names.lookupOrd(ord).utf8ToString(), facetCounts[f][ord], Long::sum);
                }
            }
        }
    }

    /** A growable list of ordinals. */
    private static final class Touched {
        int[] ords = new int[16];
        int size;

        void add(int ord) {
            if (size == ords.length) {
                ords = java.util.Arrays.copyOf(ords, size * 2);
            }
            ords[size++] = ord;
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
