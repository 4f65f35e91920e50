package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.Digest;
import dev.chorus.model.Story;
import dev.chorus.sentence.Terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A read-only {@link StoryStore} over one {@link Digest} held in memory: what {@code chorus serve --from PATH}
 * serves, and what tests of the readers run against. Search is plain word search: every stemmed content term
 * of the query (as {@link Terms} makes them) must occur in the article's title or text; an article scores the
 * number of occurrences of the query terms over the square root of its length, and a story is as good as its
 * best article. Built once, then only read, so it is safe from any number of threads.
 */
public final class DigestStore implements StoryStore {

    /** Facet names, as {@link SearchResult#facets()} keys them. */
    public static final String OUTLET = "outlet";
    public static final String ENTITY = "entity";
    public static final String LANGUAGE = "language";

    private static final int SNIPPET_WORDS = 30;
    private static final int LEAD_CHARS = 240;

    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, Story> storyOfArticle = new HashMap<>();
    /** Every article in a fixed order; postings and per-article data are indexed by position in it. */
    private final List<Article> ordered = new ArrayList<>();
    private final List<Set<String>> entitiesOf = new ArrayList<>();
    private final int[] lengths;
    /** Term to {article index, occurrences} pairs, article indexes ascending. */
    private final Map<String, int[]> postings;
    private final List<StoryCard> newest;
    private final List<StoryCard> largest;
    private final Map<String, StoryCard> cards = new HashMap<>();

    public DigestStore(Digest digest) {
        Map<String, List<Integer>> building = new HashMap<>();
        List<Integer> lengthList = new ArrayList<>();
        for (Story story : digest.stories()) {
            stories.put(story.id(), story);
            cards.put(story.id(), card(story));
            Map<String, Set<String>> names = new HashMap<>();
            for (Story.Entity entity : story.entities()) {
                for (String articleId : entity.articles()) {
                    names.computeIfAbsent(articleId, k -> new LinkedHashSet<>()).add(entity.name());
                }
            }
            for (Article article : story.articles()) {
                int index = ordered.size();
                ordered.add(article);
                articles.put(article.id(), article);
                storyOfArticle.put(article.id(), story);
                entitiesOf.add(names.getOrDefault(article.id(), Set.of()));
                List<String> terms = Terms.of(nullToEmpty(article.metadata().title()) + "\n" + article.text());
                lengthList.add(terms.size());
                Map<String, Integer> counts = new HashMap<>();
                terms.forEach(t -> counts.merge(t, 1, Integer::sum));
                counts.forEach((term, n) -> {
                    List<Integer> list = building.computeIfAbsent(term, k -> new ArrayList<>());
                    list.add(index);
                    list.add(n);
                });
            }
        }
        lengths = lengthList.stream().mapToInt(Integer::intValue).toArray();
        postings = new HashMap<>(building.size() * 2);
        building.forEach((term, list) -> postings.put(term, list.stream().mapToInt(Integer::intValue).toArray()));
        newest = cards.values().stream().sorted(Comparator.comparing(StoryCard::date,
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(StoryCard::articleCount, Comparator.reverseOrder())
                .thenComparing(StoryCard::id)).toList();
        largest = cards.values().stream().sorted(Comparator.comparing(StoryCard::articleCount, Comparator.reverseOrder())
                .thenComparing(StoryCard::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(StoryCard::id)).toList();
    }

    @Override
    public Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public Optional<Story> story(String id) {
        return Optional.ofNullable(stories.get(id));
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(storyOfArticle.get(articleId)).map(Story::id);
    }

    @Override
    public List<StoryCard> stories(StoryListing listing) {
        List<StoryCard> order = listing.order() == StoryListing.Order.NEWEST ? newest : largest;
        return order.stream()
                .filter(c -> listing.since() == null || (c.date() != null && !c.date().isBefore(listing.since())))
                .skip(listing.offset())
                .limit(listing.limit())
                .toList();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        double[] scores = match(query.text());
        Map<String, Map<String, Long>> facets = Map.of(OUTLET, new HashMap<>(), ENTITY, new HashMap<>(),
                LANGUAGE, new HashMap<>());
        Map<String, Integer> bestOfStory = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (scores[i] <= 0 || !passes(i, query)) {
                continue;
            }
            Article article = ordered.get(i);
            count(facets.get(OUTLET), article.metadata().outlet());
            count(facets.get(LANGUAGE), article.metadata().language());
            entitiesOf.get(i).forEach(name -> count(facets.get(ENTITY), name));
            bestOfStory.merge(storyOfArticle.get(article.id()).id(), i,
                    (old, now) -> scores[now] > scores[old] ? now : old);
        }
        List<String> terms = Terms.of(query.text());
        List<SearchHit> hits = bestOfStory.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -scores[e.getValue()])
                        .thenComparing(e -> cards.get(e.getKey()).date(), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Map.Entry::getKey))
                .skip(query.offset())
                .limit(query.limit())
                .map(e -> {
                    Article best = ordered.get(e.getValue());
                    return new SearchHit(cards.get(e.getKey()), best.id(), best.metadata().title(),
                            snippet(best.text(), terms), scores[e.getValue()]);
                })
                .toList();
        Map<String, List<FacetCount>> facetLists = new HashMap<>();
        facets.forEach((name, counts) -> facetLists.put(name, counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .toList()));
        return new SearchResult(bestOfStory.size(), hits, facetLists);
    }

    @Override
    public Counts counts() {
        return new Counts(articles.size(), stories.size());
    }

    /** Always 0: a digest's stories do not change. */
    @Override
    public long version() {
        return 0;
    }

    @Override
    public void close() {
        // nothing to release: the digest is garbage once the store is
    }

    /** Per article index, its score for {@code text}; 0 when it does not match. Empty text matches all with 1. */
    private double[] match(String text) {
        double[] scores = new double[ordered.size()];
        if (text.isBlank()) {
            Arrays.fill(scores, 1);
            return scores;
        }
        Set<String> terms = new LinkedHashSet<>(Terms.of(text));
        if (terms.isEmpty()) {
            return scores;
        }
        int[] matched = new int[ordered.size()];
        for (String term : terms) {
            int[] list = postings.getOrDefault(term, new int[0]);
            for (int k = 0; k < list.length; k += 2) {
                matched[list[k]]++;
                scores[list[k]] += list[k + 1];
            }
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] = matched[i] == terms.size() ? scores[i] / Math.sqrt(Math.max(1, lengths[i])) : 0;
        }
        return scores;
    }

    private boolean passes(int index, SearchQuery query) {
        Article article = ordered.get(index);
        LocalDate published = article.metadata().published();
        return same(query.outlet(), article.metadata().outlet())
                && same(query.language(), article.metadata().language())
                && (isBlank(query.entity()) || entitiesOf.get(index).stream().anyMatch(n -> n.equalsIgnoreCase(query.entity())))
                && (query.from() == null || (published != null && !published.isBefore(query.from())))
                && (query.to() == null || (published != null && !published.isAfter(query.to())));
    }

    private static boolean same(String filter, String value) {
        return isBlank(filter) || filter.equalsIgnoreCase(value);
    }

    private static void count(Map<String, Long> counts, String value) {
        if (value != null && !value.isBlank()) {
            counts.merge(value, 1L, Long::sum);
        }
    }

    private static StoryCard card(Story story) {
        List<String> outlets = story.articles().stream().map(a -> a.metadata().outlet())
                .filter(o -> o != null && !o.isBlank()).distinct().toList();
        String lead = !story.summary().isEmpty() ? story.summary().getFirst().text()
                : story.articles().isEmpty() ? "" : story.articles().getFirst().text();
        return new StoryCard(story.id(), story.headline(), story.date(), story.articles().size(), outlets,
                shorten(lead, LEAD_CHARS));
    }

    /**
     * About {@link #SNIPPET_WORDS} words of {@code text} around the first word whose terms include one of
     * {@code terms}; the opening words when none does.
     */
    static String snippet(String text, List<String> terms) {
        String[] words = text.split("\\s+");
        int at = 0;
        find:
        for (int i = 0; i < words.length; i++) {
            for (String term : Terms.of(words[i])) {
                if (terms.contains(term)) {
                    at = i;
                    break find;
                }
            }
        }
        int from = Math.max(0, at - SNIPPET_WORDS / 3);
        int to = Math.min(words.length, from + SNIPPET_WORDS);
        String body = String.join(" ", Arrays.asList(words).subList(from, to)).strip();
        return (from > 0 ? "… " : "") + body + (to < words.length ? " …" : "");
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).strip() + " …";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
