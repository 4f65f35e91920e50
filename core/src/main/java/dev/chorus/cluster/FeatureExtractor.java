package dev.chorus.cluster;

import dev.chorus.embed.TextEmbedder;
import dev.chorus.fingerprint.TermVector;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Metadata;
import dev.chorus.model.Sentence;
import dev.chorus.sentence.Folding;
import dev.chorus.sentence.Terms;
import dev.chorus.sentence.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link ArticleFeatures} from analysed articles, cheaply enough to run on every article of a stream:
 * one pass over the words for names and figures, and one embedding of the title and lead.
 *
 * <p>Names are found without a model, so that they work in any language written with capitals: a run of
 * capitalised words that does not start a sentence ("Mevlüt Çavuşoğlu", "NATO", "Bayern München"). Each
 * run counts as a whole and, when longer than one word, each of its words counts too, so "Angela Merkel"
 * and a later "Merkel" meet. Keys are {@link Folding folded}, so "Çavuşoğlu" and "Cavusoglu" are the same
 * key; names are spelled alike across most languages, which is what lets two articles in different
 * languages share evidence. In German every noun is capitalised, so there the keys are mostly content
 * nouns: still evidence of one topic, only weaker.
 *
 * <p>Figures are the numbers with at least two digits ("12", "4.5", "2023"): the single digits occur in
 * every story. The TF-IDF vector is the caller's, because a streaming clusterer weighs terms by document
 * frequencies it counts as it goes.
 */
public final class FeatureExtractor {

    /** Words of title and lead given to the embedder; a generous cap, the embedder cuts at its token budget. */
    private static final int EMBEDDING_WORDS = 200;

    private final TextEmbedder embedder;

    /** @param embedder the model for {@link ArticleFeatures#embedding()}, or null to leave embeddings out */
    public FeatureExtractor(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    /**
     * The features of {@code articles} with their term vectors, in order. Embeddings are computed in one
     * batch, for the articles in a language the embedder {@link TextEmbedder#covers covers}; the others get
     * none.
     */
    public List<ArticleFeatures> features(List<AnalysedArticle> articles, List<TermVector> terms) {
        if (articles.size() != terms.size()) {
            throw new IllegalArgumentException("one term vector per article needed");
        }
        float[][] embeddings = new float[articles.size()][];
        if (embedder != null) {
            List<String> texts = new ArrayList<>();
            List<Integer> covered = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (embedder.covers(articles.get(i).article().metadata().language())) {
                    texts.add(embeddingText(articles.get(i)));
                    covered.add(i);
                }
            }
            float[][] vectors = embedder.embed(texts);
            for (int k = 0; k < vectors.length; k++) {
                embeddings[covered.get(k)] = vectors[k];
            }
        }
        List<ArticleFeatures> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            out.add(features(articles.get(i), terms.get(i), embeddings[i]));
        }
        return out;
    }

    /** Whether this extractor embeds articles in {@code language}. */
    public boolean embeds(String language) {
        return embedder != null && embedder.covers(language);
    }

    /** The features of one article whose embedding (may be null) was computed by the caller. */
    public ArticleFeatures features(AnalysedArticle article, TermVector terms, float[] embedding) {
        Map<String, Integer> entities = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Sentence sentence : article.sentences()) {
            names(sentence.text(), entities);
            figures(sentence.text(), numbers);
        }
        Metadata meta = article.article().metadata();
        return ArticleFeatures.of(terms, embedding, entities, numbers, meta.published(), meta.language());
    }

    /**
     * What the embedder sees of an article: the title, then the body from its first sentence, as far as
     * {@value #EMBEDDING_WORDS} words. The headline and lead say what happened; the embedder keeps only the
     * first few dozen tokens of this anyway.
     */
    public static String embeddingText(AnalysedArticle article) {
        StringBuilder text = new StringBuilder();
        String title = article.article().metadata().title();
        int words = 0;
        if (title != null && !title.isBlank()) {
            text.append(title.strip());
            if (!title.strip().matches(".*[.!?:]$")) {
                text.append('.');
            }
            words += Tokenizer.wordCount(title);
        }
        for (Sentence sentence : article.sentences()) {
            if (words >= EMBEDDING_WORDS) {
                break;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentence.text());
            words += Tokenizer.wordCount(sentence.text());
        }
        return text.toString();
    }

    /** Adds the name keys of one sentence to {@code out}. */
    static void names(String sentence, Map<String, Integer> out) {
        List<String> run = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        boolean first = true; // the sentence's first word is capitalised whatever it is
        while (i < n) {
            char c = sentence.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                // a run of a name is broken by punctuation other than a hyphen or apostrophe inside it
                if (c != ' ' || (i + 1 < n && !Character.isUpperCase(sentence.charAt(i + 1)))) {
                    flush(run, out);
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(sentence.charAt(i))
                    || ((sentence.charAt(i) == '-' || sentence.charAt(i) == '\'' || sentence.charAt(i) == '’')
                    && i + 1 < n && Character.isLetter(sentence.charAt(i + 1))))) {
                i++;
            }
            String word = sentence.substring(start, i);
            boolean capitalised = Character.isUpperCase(word.charAt(0)) && word.length() > 1;
            if (capitalised && !first && !Terms.isStopWord(Folding.fold(word))) {
                run.add(word);
            } else {
                flush(run, out);
            }
            first = false;
        }
        flush(run, out);
    }

    private static void flush(List<String> run, Map<String, Integer> out) {
        if (run.isEmpty()) {
            return;
        }
        out.merge(Folding.fold(String.join(" ", run)), 1, Integer::sum);
        if (run.size() > 1) {
            for (String word : run) {
                out.merge(Folding.fold(word), 1, Integer::sum);
            }
        }
        run.clear();
    }

    /** Adds the figures of one sentence (numbers of two or more digits) to {@code out}. */
    static void figures(String sentence, Map<String, Integer> out) {
        for (String token : Tokenizer.tokens(sentence)) {
            if (Character.isDigit(token.charAt(0)) && token.length() >= 2) {
                out.merge(token, 1, Integer::sum);
            }
        }
    }
}
