package dev.chorus.fingerprint;

import dev.chorus.model.AnalysedArticle;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * TF-IDF vectors for articles arriving one at a time: each article is weighed with the document frequencies
 * of every article seen so far, itself included, so an article's vector never depends on articles after it.
 * The weighting is that of {@link TfIdfVectorizer}, with the same {@value TfIdfVectorizer#PRIOR_DOCUMENTS}
 * imaginary articles keeping early IDF from flattening out.
 *
 * <p>Memory grows with the vocabulary, not with the number of articles. Not thread-safe: arrival order is the
 * point.
 */
public final class IncrementalTfIdfVectorizer {

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[1024];
    private int documents;

    /** Counts {@code article} in and returns its vector. */
    public TermVector add(AnalysedArticle article) {
        Map<Integer, Integer> tf = TermCounts.of(article, ids);
        if (ids.size() > df.length) {
            df = Arrays.copyOf(df, Math.max(ids.size(), df.length * 2));
        }
        for (int term : tf.keySet()) {
            df[term]++;
        }
        documents++;
        return TermCounts.weigh(tf, df, documents, TfIdfVectorizer.PRIOR_DOCUMENTS);
    }

    /** Articles counted so far. */
    public int documents() {
        return documents;
    }

    /** Distinct terms seen so far. */
    public int vocabulary() {
        return ids.size();
    }
}
