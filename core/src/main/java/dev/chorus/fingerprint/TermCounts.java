package dev.chorus.fingerprint;

import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Sentence;
import dev.chorus.sentence.Terms;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each content term occurs in one article, the title counted {@value #TITLE_BOOST} times because it
 * names the event. Terms are read in the article's own language ({@link Terms#of(String, String)}). Both vectorizers start here, so a batch and a stream weigh the same article alike.
 */
final class TermCounts {

    static final int TITLE_BOOST = 3;

    private TermCounts() {
    }

    /** Term id to count; new terms get the next id of {@code ids}. */
    static Map<Integer, Integer> of(AnalysedArticle article, Map<String, Integer> ids) {
        Map<Integer, Integer> tf = new HashMap<>();
        String title = article.article().metadata().title();
        String language = article.article().metadata().language();
        if (title != null) {
            for (String term : Terms.of(title, language)) {
                tf.merge(ids.computeIfAbsent(term, t -> ids.size()), TITLE_BOOST, Integer::sum);
            }
        }
        for (Sentence sentence : article.sentences()) {
            for (String term : Terms.of(sentence.text(), language)) {
                tf.merge(ids.computeIfAbsent(term, t -> ids.size()), 1, Integer::sum);
            }
        }
        return tf;
    }

    /**
     * The unit vector of sublinear term frequency (1 + ln tf) times smoothed IDF
     * (ln((n+prior+1)/(df+1)) + 1).
     */
    static TermVector weigh(Map<Integer, Integer> tf, int[] df, int n, int priorDocuments) {
        int[] terms = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] weights = new float[terms.length];
        double norm = 0;
        for (int i = 0; i < terms.length; i++) {
            double idf = Math.log((n + priorDocuments + 1.0) / (df[terms[i]] + 1.0)) + 1.0;
            double w = (1 + Math.log(tf.get(terms[i]))) * idf;
            weights[i] = (float) w;
            norm += w * w;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < weights.length && norm > 0; i++) {
            weights[i] /= (float) norm;
        }
        return new TermVector(terms, weights);
    }
}
