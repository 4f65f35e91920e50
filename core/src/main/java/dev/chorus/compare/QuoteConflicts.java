package dev.chorus.compare;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Conflicts one merged quote shows: articles naming different speakers for the same words (a misnamed person,
 * or words put in the wrong mouth), and wordings that say different things (a translation that changed the
 * meaning, {@link QuoteMatch#change}). Only speakers named in the quote's own sentence count (a continued quote
 * takes its speaker from its neighbours, which is no statement of the article's). Stateless.
 */
final class QuoteConflicts {

    /** Words of a quote shown in a conflict's {@code about}. */
    private static final int SHOWN_WORDS = 8;

    private QuoteConflicts() {
    }

    /** Adds "who said ..." to {@code out} when different articles name different speakers for {@code group}. */
    static void speakers(List<QuoteExtractor.Found> group, List<AnalysedArticle> articles, List<Story.Conflict> out) {
        Map<String, Set<Integer>> bySpeaker = new LinkedHashMap<>();
        for (QuoteExtractor.Found f : group) {
            if (f.direct() && f.speaker() != null) {
                bySpeaker.computeIfAbsent(f.speaker(), k -> new TreeSet<>()).add(f.article());
            }
        }
        if (bySpeaker.size() < 2 || !ConflictFinder.fromDifferentArticles(bySpeaker.values())) {
            return;
        }
        out.add(conflict("who said “" + shown(representative(group).text()) + "”", bySpeaker, articles));
    }

    /** Adds a conflict to {@code out} when wordings of {@code group} from different articles say different things. */
    static void wordings(List<QuoteExtractor.Found> group, List<AnalysedArticle> articles, List<Story.Conflict> out) {
        QuoteMatch.Change change = null;
        for (int i = 0; i < group.size() && change == null; i++) {
            for (int j = i + 1; j < group.size() && change == null; j++) {
                QuoteExtractor.Found x = group.get(i);
                QuoteExtractor.Found y = group.get(j);
                if (x.article() != y.article() && !x.key().equals(y.key())) {
                    change = QuoteMatch.change(x.form(), y.form());
                }
            }
        }
        if (change == null) {
            return;
        }
        // Each reading ("from", "on") with the articles giving it; its value is its most common wording.
        Map<String, Set<Integer>> byReading = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> wordingsOf = new LinkedHashMap<>();
        for (QuoteExtractor.Found f : group) {
            String reading = change.reading(f.form());
            if (reading != null) {
                byReading.computeIfAbsent(reading, k -> new TreeSet<>()).add(f.article());
                wordingsOf.computeIfAbsent(reading, k -> new LinkedHashMap<>()).merge(f.text(), 1, Integer::sum);
            }
        }
        if (byReading.size() < 2 || !ConflictFinder.fromDifferentArticles(byReading.values())) {
            return;
        }
        Map<String, Set<Integer>> byWording = new LinkedHashMap<>();
        for (Map.Entry<String, Set<Integer>> e : byReading.entrySet()) {
            String wording = wordingsOf.get(e.getKey()).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            byWording.put(wording, e.getValue());
        }
        QuoteExtractor.Found first = representative(group);
        String who = first.speaker() == null ? "the quote" : first.speaker() + "’s words";
        out.add(conflict("how " + who + " are reported: “" + shown(first.text()) + "”", byWording, articles));
    }

    private static Story.Conflict conflict(String about, Map<String, Set<Integer>> variants,
                                           List<AnalysedArticle> articles) {
        List<Map.Entry<String, Set<Integer>>> entries = new ArrayList<>(variants.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, Set<Integer>> e) -> -e.getValue().size()));
        List<Story.Variant> out = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> e : entries) {
            out.add(new Story.Variant(e.getKey(), e.getValue().stream().map(i -> articles.get(i).id()).toList()));
        }
        return new Story.Conflict(about, out);
    }

    /** The wording given most often (ties to the earliest). */
    private static QuoteExtractor.Found representative(List<QuoteExtractor.Found> group) {
        Map<String, Integer> count = new LinkedHashMap<>();
        group.forEach(f -> count.merge(f.key(), 1, Integer::sum));
        QuoteExtractor.Found best = group.get(0);
        for (QuoteExtractor.Found f : group) {
            if (count.get(f.key()) > count.get(best.key())) {
                best = f;
            }
        }
        return best;
    }

    private static String shown(String quote) {
        String[] words = quote.strip().split("\\s+");
        return words.length <= SHOWN_WORDS ? quote.strip()
                : String.join(" ", List.of(words).subList(0, SHOWN_WORDS)) + " …";
    }
}
