package dev.chorus.fingerprint;

import dev.chorus.model.AnalysedArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds TF-IDF vectors for a batch of articles, with document frequencies counted over that batch.
 * Term frequency is sublinear (1 + ln tf) so that one word repeated in a long article does not dominate; the
 * title counts {@value TermCounts#TITLE_BOOST} times because it names the event; IDF is smoothed
 * (ln((N+P+1)/(df+1)) + 1, with P imaginary articles) so that terms shared by every article of a
 * small batch still count.
 */
public final class TfIdfVectorizer {

    /**
     * Imaginary articles that contain none of the batch's terms. Without them, a batch of five articles
     * on one event gives the event's own names the lowest weight of all, because every article has them.
     */
    static final int PRIOR_DOCUMENTS = 20;

    /** The vectors of {@code articles}, in the same order. */
    public List<TermVector> vectorize(List<AnalysedArticle> articles) {
        Map<String, Integer> ids = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>(articles.size());
        for (AnalysedArticle article : articles) {
            counts.add(TermCounts.of(article, ids));
        }
        int[] df = new int[ids.size()];
        for (Map<Integer, Integer> tf : counts) {
            for (int term : tf.keySet()) {
                df[term]++;
            }
        }
        List<TermVector> vectors = new ArrayList<>(articles.size());
        for (Map<Integer, Integer> tf : counts) {
            vectors.add(TermCounts.weigh(tf, df, articles.size(), PRIOR_DOCUMENTS));
        }
        return vectors;
    }
}
