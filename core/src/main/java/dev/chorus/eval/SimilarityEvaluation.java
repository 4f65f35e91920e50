package dev.chorus.eval;

import dev.chorus.cluster.ArticleFeatures;
import dev.chorus.cluster.FeatureExtractor;
import dev.chorus.cluster.StorySimilarity;
import dev.chorus.embed.TextEmbedder;
import dev.chorus.extract.ArticleExtractor;
import dev.chorus.fingerprint.TermVector;
import dev.chorus.fingerprint.TfIdfVectorizer;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Source;
import dev.chorus.sentence.SentenceSplitter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Scores judged article pairs ({@link SimilarityPairs}) with {@link StorySimilarity} and measures how well
 * the scores agree with the judges.
 *
 * <p>Each text goes through the same path as a scraped {@code .txt} input ({@link ArticleExtractor}, then
 * {@link SentenceSplitter}), with the file's language as a hint. Term weights (IDF) are counted over all
 * texts of the file, which uses no judgement. The judges' {@code Overall} runs from 1 (same story) to 4
 * (very different), so agreement is the Pearson correlation of the score with the negated {@code Overall}.
 */
public final class SimilarityEvaluation {

    private final TextEmbedder embedder;
    private final double threshold;

    /**
     * @param embedder  the sentence-embedding model, or null to score without embeddings
     * @param threshold the score at or above which a pair is called the same story
     */
    public SimilarityEvaluation(TextEmbedder embedder, double threshold) {
        this.embedder = embedder;
        this.threshold = threshold;
    }

    /** One pair with what Chorus made of it. */
    public record Scored(SimilarityPairs.Pair pair, StorySimilarity.Evidence evidence, double score) {
    }

    /** Every pair of {@code pairs} scored, in order. */
    public List<Scored> score(List<SimilarityPairs.Pair> pairs) {
        List<Source> sources = new ArrayList<>(pairs.size() * 2);
        for (SimilarityPairs.Pair p : pairs) {
            sources.add(source(p.id() + "/1", p.text1(), p.lang1()));
            sources.add(source(p.id() + "/2", p.text2(), p.lang2()));
        }
        ArticleExtractor extractor = new ArticleExtractor();
        SentenceSplitter splitter = new SentenceSplitter();
        List<AnalysedArticle> articles = IntStream.range(0, sources.size()).parallel()
                .mapToObj(i -> splitter.analyse(extract(extractor, sources.get(i))))
                .toList();
        List<TermVector> terms = new TfIdfVectorizer().vectorize(articles);
        List<ArticleFeatures> features = new FeatureExtractor(embedder).features(articles, terms);
        List<Scored> out = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            StorySimilarity.Evidence e = StorySimilarity.evidence(features.get(2 * i), features.get(2 * i + 1));
            out.add(new Scored(pairs.get(i), e, StorySimilarity.score(e)));
        }
        return out;
    }

    private static Source source(String id, String text, String language) {
        Metadata hints = new Metadata(null, List.of(), null, null, blankToNull(language), null, null, null);
        return new Source(id, id, Source.Kind.TEXT, text == null ? "" : text, hints);
    }

    private static Article extract(ArticleExtractor extractor, Source source) {
        return extractor.extract(source);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Agreement on one group of pairs.
     *
     * @param pairs    how many pairs
     * @param pearson  Pearson r of the score with the negated Overall (NaN for fewer than two pairs)
     * @param decision the same-story decision at the threshold
     */
    public record Agreement(int pairs, double pearson, SameStoryDecision decision) {
    }

    /** The agreement over all of {@code scored}. */
    public Agreement agreement(List<Scored> scored) {
        double[] s = new double[scored.size()];
        double[] negated = new double[scored.size()];
        double[] overall = new double[scored.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = scored.get(i).score();
            overall[i] = scored.get(i).pair().overall();
            negated[i] = -overall[i];
        }
        return new Agreement(s.length, Correlation.pearson(s, negated), SameStoryDecision.of(s, overall, threshold));
    }

    /** The agreement per language pair ({@code lang1-lang2}), most pairs first, ties by name. */
    public Map<String, Agreement> byLanguages(List<Scored> scored) {
        Map<String, List<Scored>> groups = new TreeMap<>();
        for (Scored s : scored) {
            groups.computeIfAbsent(s.pair().languages(), k -> new ArrayList<>()).add(s);
        }
        Map<String, Agreement> out = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> out.put(e.getKey(), agreement(e.getValue())));
        return out;
    }

    /** A printable report of {@code scored}. */
    public String report(List<Scored> scored, String modelName) {
        StringBuilder sb = new StringBuilder();
        Agreement all = agreement(scored);
        sb.append(String.format("pairs        %d%n", all.pairs()));
        sb.append(String.format("embedding    %s%n", modelName == null ? "none" : modelName));
        sb.append("Pearson r between the Chorus score (1 = same story) and the negated Overall judgement\n");
        sb.append("(Overall runs 1 = same .. 4 = very different). Same-story decision: score >= ")
                .append(String.format("%.2f", threshold))
                .append(", against Overall <= 1.5 same, >= 3 different, pairs in between left out.\n\n");
        sb.append(String.format("%-8s %6s %8s %8s %7s %7s %7s%n", "langs", "pairs", "pearson", "decided",
                "P", "R", "F1"));
        line(sb, "all", all);
        byLanguages(scored).forEach((k, v) -> line(sb, k, v));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, Agreement a) {
        SameStoryDecision d = a.decision();
        sb.append(String.format("%-8s %6d %8.3f %8d %7.3f %7.3f %7.3f%n", name, a.pairs(), a.pearson(),
                d.decided(), d.precision(), d.recall(), d.f1()));
    }
}
