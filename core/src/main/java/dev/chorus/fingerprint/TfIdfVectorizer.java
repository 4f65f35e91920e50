package dev.chorus.fingerprint;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.sentence.Terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds TF-IDF vectors for a batch of articles, with document frequencies counted over that batch.
 * Term frequency is sublinear (1 + ln tf) so that one word repeated in a long article does not dominate; the
 * title counts {@value #TITLE_BOOST} times because it names the event; IDF is smoothed
 * (ln((N+P+1)/(df+1)) + 1, with P imaginary articles) so that terms shared by every article of a
 * small batch still count.
 */
public final class TfIdfVectorizer {

    static final int TITLE_BOOST = 3;

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
            Map<Integer, Integer> tf = new HashMap<>();
            String title = article.article().metadata().title();
            if (title != null) {
                for (String term : Terms.of(title)) {
                    tf.merge(ids.computeIfAbsent(term, t -> ids.size()), TITLE_BOOST, Integer::sum);
                }
            }
            for (Sentence sentence : article.sentences()) {
                for (String term : Terms.of(sentence.text())) {
                    tf.merge(ids.computeIfAbsent(term, t -> ids.size()), 1, Integer::sum);
                }
            }
            counts.add(tf);
        }
        int[] df = new int[ids.size()];
        for (Map<Integer, Integer> tf : counts) {
            for (int term : tf.keySet()) {
                df[term]++;
            }
        }
        int n = articles.size();
        List<TermVector> vectors = new ArrayList<>(n);
        for (Map<Integer, Integer> tf : counts) {
            int[] terms = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] weights = new float[terms.length];
            double norm = 0;
            for (int i = 0; i < terms.length; i++) {
                double idf = Math.log((n + PRIOR_DOCUMENTS + 1.0) / (df[terms[i]] + 1.0)) + 1.0;
                double w = (1 + Math.log(tf.get(terms[i]))) * idf;
                weights[i] = (float) w;
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < weights.length && norm > 0; i++) {
                weights[i] /= (float) norm;
            }
            vectors.add(new TermVector(terms, weights));
        }
        return vectors;
    }
}
