package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.compare.CompareStage;
import dev.chorus.eval.Rouge;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Source;
import dev.chorus.pipeline.Analyser;
import dev.chorus.summarise.SummaryFeatures;
import dev.chorus.summarise.SummaryModel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Fits the summariser's {@link SummaryModel} on Multi-News training clusters and writes it as the resource
 * Chorus ships. Three disjoint ranges of the training file: word priors are counted on clusters 2,001-12,000,
 * and the weights are fitted on clusters 1-2,000 as {@code chorus eval summary} would analyse them (cleaned,
 * claims aligned on words alone), so the validation file stays unseen.
 *
 * <ul>
 *   <li>Sentence weights: ridge regression (penalty {@value #RIDGE}) of a candidate's share of the summary's
 *   words and word pairs ({@value #PAIR_SHARE} of the weight on pairs, which are what ROUGE-2 counts), on
 *   features centred within each story, since only the order within a story matters.</li>
 *   <li>Word weights: logistic regression (iteratively reweighted least squares) of whether the summary uses a
 *   word of the candidates.</li>
 * </ul>
 * Usage: {@code TrainSummaryModel TRAIN.jsonl.gz OUT.tsv}.
 */
public final class TrainSummaryModel {

    static final int FIT_CLUSTERS = 2_000;
    static final int PRIOR_FROM = 2_000;
    static final int PRIOR_TO = 12_000;
    /** Words seen in fewer training clusters than this have too noisy a prior to keep. */
    static final int MIN_CLUSTERS = 10;
    static final double RIDGE = 1;
    static final double PAIR_SHARE = 0.8;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainSummaryModel TRAIN.jsonl.gz OUT.tsv");
            System.exit(2);
        }
        Path train = Path.of(args[0]);
        Map<String, int[]> counts = new HashMap<>();
        forEachCluster(train, PRIOR_FROM, PRIOR_TO, (summary, documents) -> {
            Set<String> inSummary = Set.copyOf(SummaryModel.words(summary));
            Set<String> inSources = new HashSet<>();
            documents.forEach(d -> inSources.addAll(SummaryModel.words(d)));
            for (String w : inSources) {
                int[] c = counts.computeIfAbsent(w, k -> new int[2]);
                c[0]++;
                if (inSummary.contains(w)) {
                    c[1]++;
                }
            }
        });
        counts.values().removeIf(c -> c[0] < MIN_CLUSTERS);
        int sentenceFeatures = SummaryFeatures.SENTENCE_FEATURES.size();
        int wordFeatures = SummaryFeatures.WORD_FEATURES.size();
        SummaryModel priorsOnly = new SummaryModel(new double[sentenceFeatures], new double[wordFeatures], counts);

        Analyser analyser = new Analyser();
        CompareStage compare = new CompareStage(null);
        List<double[]> sentenceX = new ArrayList<>();
        List<Double> sentenceY = new ArrayList<>();
        List<double[]> wordX = new ArrayList<>();
        List<Double> wordY = new ArrayList<>();
        int[] clusters = {0};
        forEachCluster(train, 0, FIT_CLUSTERS, (summary, documents) -> {
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                sources.add(new Source("c" + clusters[0] + "/" + i, "cluster " + clusters[0], Source.Kind.TEXT,
                        documents.get(i), null));
            }
            clusters[0]++;
            List<AnalysedArticle> articles = analyser.analyse(sources, List.of()).articles();
            if (articles.isEmpty()) {
                return;
            }
            SummaryFeatures.Story story = SummaryFeatures.of(articles,
                    compare.compare(articles).groups(), priorsOnly, false);
            if (story.candidates().isEmpty()) {
                return;
            }
            List<String> reference = Rouge.tokens(summary);
            double[] mean = new double[sentenceFeatures];
            double meanY = 0;
            int first = sentenceX.size();
            for (SummaryFeatures.Candidate c : story.candidates()) {
                List<String> tokens = Rouge.tokens(c.text());
                double y = (1 - PAIR_SHARE) * Rouge.precisionN(tokens, reference, 1)
                        + PAIR_SHARE * Rouge.precisionN(tokens, reference, 2);
                sentenceX.add(c.features().clone());
                sentenceY.add(y);
                meanY += y;
                for (int j = 0; j < sentenceFeatures; j++) {
                    mean[j] += c.features()[j];
                }
            }
            int n = story.candidates().size();
            for (int i = first; i < sentenceX.size(); i++) {
                for (int j = 0; j < sentenceFeatures; j++) {
                    sentenceX.get(i)[j] -= mean[j] / n;
                }
                sentenceY.set(i, sentenceY.get(i) - meanY / n);
            }
            Set<String> summaryWords = Set.copyOf(SummaryModel.words(summary));
            story.words().forEach((w, f) -> {
                wordX.add(f);
                wordY.add(summaryWords.contains(w) ? 1.0 : 0.0);
            });
        });
        double[] sentenceWeights = ridge(sentenceX, sentenceY, RIDGE);
        double[] wordWeights = logistic(wordX, wordY);
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            new SummaryModel(sentenceWeights, wordWeights, counts).write(out, List.of(
                    "Chorus summary model, written by bench/train-summary-model.sh (dev.chorus.bench.TrainSummaryModel).",
                    "Fitted on Multi-News (Fabbri et al. 2019) training clusters 1-" + FIT_CLUSTERS + ": "
                            + sentenceX.size() + " candidate sentences, " + wordX.size() + " story words.",
                    "Word priors counted on training clusters " + (PRIOR_FROM + 1) + "-" + PRIOR_TO
                            + ", words in at least " + MIN_CLUSTERS + " of them."));
        }
        System.out.printf("fitted on %d clusters: %d sentences, %d words; %d priors; wrote %s%n", clusters[0],
                sentenceX.size(), wordX.size(), counts.size(), args[1]);
    }

    /** Calls {@code each} with the summary and documents of clusters {@code from} (0-based) to {@code to}. */
    private static void forEachCluster(Path file, int from, int to, BiConsumer<String, List<String>> each)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null && number < to) {
                if (number++ < from) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<String> documents = new ArrayList<>();
                node.path("documents").forEach(d -> {
                    if (d.isTextual() && !d.asText().isBlank()) {
                        documents.add(d.asText());
                    }
                });
                each.accept(node.path("summary").asText(), documents);
            }
        }
    }

    /** Minimises squared error plus {@code penalty} times the squared weights. */
    static double[] ridge(List<double[]> x, List<Double> y, double penalty) {
        int d = x.getFirst().length;
        double[][] a = new double[d][d];
        double[] b = new double[d];
        for (int i = 0; i < x.size(); i++) {
            double[] row = x.get(i);
            for (int j = 0; j < d; j++) {
                b[j] += row[j] * y.get(i);
                for (int k = 0; k < d; k++) {
                    a[j][k] += row[j] * row[k];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            a[j][j] += penalty;
        }
        return solve(a, b);
    }

    /** Logistic regression by Newton's method, with a little ridge so that a constant feature stays solvable. */
    static double[] logistic(List<double[]> x, List<Double> y) {
        int d = x.getFirst().length;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 25; iteration++) {
            double[][] hessian = new double[d][d];
            double[] gradient = new double[d];
            for (int i = 0; i < x.size(); i++) {
                double[] row = x.get(i);
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * row[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double weight = p * (1 - p);
                for (int j = 0; j < d; j++) {
                    gradient[j] += row[j] * (y.get(i) - p);
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += weight * row[j] * row[k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                hessian[j][j] += 1e-3;
            }
            double[] step = solve(hessian, gradient);
            for (int j = 0; j < d; j++) {
                w[j] += step[j];
            }
        }
        return w;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * x[j];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }
}
