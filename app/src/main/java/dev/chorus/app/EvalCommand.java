package dev.chorus.app;

import dev.chorus.cluster.StorySimilarity;
import dev.chorus.embed.MiniLmEmbedder;
import dev.chorus.embed.TextEmbedder;
import dev.chorus.eval.ClusteringEvaluation;
import dev.chorus.eval.ExtractionEvaluation;
import dev.chorus.eval.SimilarityEvaluation;
import dev.chorus.eval.SimilarityFit;
import dev.chorus.eval.SimilarityPairs;
import dev.chorus.eval.SummaryEvaluation;
import dev.chorus.extract.HtmlExtractor;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.pipeline.ClusterPipeline;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chorus eval}: measures a stage against a benchmark with ground truth. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measures Chorus against a benchmark with ground truth.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Clustering.class, EvalCommand.Similarity.class,
                EvalCommand.Summary.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to evaluate, e.g. 'extraction'");
    }

    /** {@code chorus eval extraction DIR}. */
    @Command(name = "extraction",
            mixinStandardHelpOptions = true,
            description = {
                    "Scores HTML extraction on an article-extraction benchmark: DIR holds ground-truth.json "
                            + "({id: {\"articleBody\", \"url\"}}) and html/<id>.html.gz.",
                    "Prints precision, recall, F1 and accuracy as the Scrapinghub benchmark defines them "
                            + "(4-word shingles, means over pages), pages/s, and the worst pages by F1."})
    static final class Extraction implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The benchmark directory, e.g. ../shared/bench/extraction.")
        Path dir;

        @Option(names = "--worst", defaultValue = "10", paramLabel = "N",
                description = "How many of the worst pages to list (default: ${DEFAULT-VALUE}).")
        int worst;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(dir.resolve("ground-truth.json")) || !Files.isDirectory(dir.resolve("html"))) {
                throw new Main.UserError(dir + ": not an extraction benchmark (expected ground-truth.json and html/)");
            }
            ExtractionEvaluation.Report report;
            try {
                report = new ExtractionEvaluation(new HtmlExtractor()).run(dir);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new Main.UserError(dir + ": cannot read the benchmark (" + e.getMessage() + ")");
            }
            spec.commandLine().getOut().print(report.toText(worst));
            spec.commandLine().getOut().flush();
            return report.pages().isEmpty() ? Main.UNUSABLE : Main.OK;
        }
    }

    /** {@code chorus eval clustering FILE}. */
    @Command(name = "clustering",
            mixinStandardHelpOptions = true,
            description = {
                    "Scores story clustering on true clusters: every article is pooled and clustered as "
                            + "'chorus cluster' does, and the stories are scored against the true ones. FILE (.json, "
                            + ".jsonl, optionally .gz) holds Multi-News clusters ({\"id\", \"documents\": [text or "
                            + "article object, ...]} a line), or articles that name their story (news-please fields "
                            + "with an \"id\" and a \"cluster\", \"story\" or \"event\" field).",
                    "Prints B-cubed and pairwise precision, recall and F1, the number of stories, the largest, "
                            + "time and articles/s. The pooled articles are shuffled with --seed, then taken in "
                            + "publication order where they are dated (Multi-News is not): the order a streaming "
                            + "clusterer sees."})
    static final class Clustering implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE",
                description = "True clusters, e.g. ../shared/bench/multinews/multinews-val-1000.jsonl.gz.")
        Path file;

        @Option(names = "--seed", defaultValue = "" + ClusteringEvaluation.DEFAULT_SEED, paramLabel = "N",
                description = "Seed of the shuffle of the pooled documents (default: ${DEFAULT-VALUE}).")
        long seed;

        @Mixin
        ClusteringOptions clustering;

        @Override
        public Integer call() {
            requireFile(file);
            ClusteringEvaluation.Report report;
            try {
                try (ClusteringOptions open = clustering) {
                    report = new ClusteringEvaluation(new ClusterPipeline(clustering.clusterer())).run(file, seed);
                }
            } catch (IllegalArgumentException e) {
                throw new Main.UserError(e.getMessage());
            }
            report.problems().forEach(p -> Problems.print(spec.commandLine().getErr(), p));
            spec.commandLine().getOut().print(report.toText());
            spec.commandLine().getOut().flush();
            return Problems.exitCode(report.problems(), report.clustered());
        }
    }

    /** {@code chorus eval similarity FILE.csv}. */
    @Command(name = "similarity",
            mixinStandardHelpOptions = true,
            description = {
                    "Scores Chorus's pairwise story similarity against human judgements: FILE is a CSV with a header "
                            + "and at least the columns pair_id, lang1, lang2, text1, text2, Overall (the layout of "
                            + "SemEval-2022 Task 8, e.g. ../shared/bench/similarity/semeval2022-task8-train.csv).",
                    "Overall runs 1 (same story) .. 4 (very different), so it prints the Pearson correlation of the "
                            + "score with the negated Overall, over all pairs and per language pair, and precision, "
                            + "recall and F1 of the same-story decision (Overall <= 1.5 same, >= 3 different, pairs in "
                            + "between left out). Term weights (IDF) come from all texts of the file."})
    static final class Similarity implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The CSV of judged pairs.")
        Path file;

        @Option(names = "--scores", paramLabel = "OUT",
                description = "Also write pair_id,score for every pair to this CSV file.")
        Path scores;

        @Option(names = "--tokens", defaultValue = "" + MiniLmEmbedder.DEFAULT_MAX_TOKENS, paramLabel = "N",
                description = "Wordpiece tokens of title and lead given to the embedding model (default: ${DEFAULT-VALUE}).")
        int tokens;

        @Option(names = "--no-embedding", description = "Score without the embedding model (lexical, names, figures).")
        boolean noEmbedding;

        @Option(names = "--threshold", defaultValue = "" + StorySimilarity.SAME_STORY_THRESHOLD, paramLabel = "T",
                description = "Score at or above which a pair is called the same story (default: ${DEFAULT-VALUE}).")
        double threshold;

        @Option(names = "--fit",
                description = "Also refit the weights on this file: prints them, and the agreement of scores from "
                        + SimilarityFit.FOLDS + "-fold cross-validation (each pair scored by weights fitted without it).")
        boolean fit;

        @Override
        public Integer call() {
            if (tokens < 1 || tokens > 510) {
                throw new Main.UserError("--tokens must be 1..510, not " + tokens);
            }
            List<SimilarityPairs.Pair> pairs;
            try {
                pairs = SimilarityPairs.read(file);
            } catch (IOException e) {
                String message = e.getMessage();
                throw new Main.UserError(message != null && message.startsWith(file.toString())
                        ? message : file + ": cannot read (" + message + ")");
            }
            List<SimilarityEvaluation.Scored> scored;
            String model;
            SimilarityEvaluation evaluation;
            try (TextEmbedder embedder = noEmbedding ? null : new MiniLmEmbedder(tokens)) {
                evaluation = new SimilarityEvaluation(embedder, threshold);
                scored = evaluation.score(pairs);
                model = embedder == null ? null : embedder.name();
            }
            var out = spec.commandLine().getOut();
            out.print(evaluation.report(scored, model));
            if (fit) {
                SimilarityFit.Result result = SimilarityFit.fit(scored);
                out.printf(Locale.ROOT, "%nrefitted on this file (non-negative least squares on (4 - Overall) / 3):%n");
                out.printf(Locale.ROOT, "  with embedding    intercept, sqrt(lexical), embedding, sqrt(names), figures: %s%n",
                        format(result.withEmbedding()));
                out.printf(Locale.ROOT, "  without embedding intercept, sqrt(lexical), sqrt(names), figures: %s%n",
                        format(result.withoutEmbedding()));
                out.printf(Locale.ROOT, "  best held-out same-story threshold: %.2f%n", result.threshold());
                out.printf(Locale.ROOT, "%nheld-out scores (%d-fold cross-validation, seed %d):%n",
                        SimilarityFit.FOLDS, SimilarityFit.SEED);
                out.print(new SimilarityEvaluation(null, result.threshold()).report(result.heldOut(), model));
            }
            out.flush();
            if (scores != null) {
                writeScores(scored);
            }
            return Main.OK;
        }

        private static String format(double[] weights) {
            if (weights == null) {
                return "(no pairs to fit)";
            }
            return Arrays.stream(weights).mapToObj(w -> String.format(Locale.ROOT, "%.4f", w))
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }

        private void writeScores(List<SimilarityEvaluation.Scored> scored) {
            try (Writer w = Files.newBufferedWriter(scores, StandardCharsets.UTF_8)) {
                w.write("pair_id,score\n");
                for (SimilarityEvaluation.Scored s : scored) {
                    w.write(csv(s.pair().id()) + "," + String.format(Locale.ROOT, "%.6f", s.score()) + "\n");
                }
            } catch (IOException e) {
                throw new Main.UserError(scores + ": cannot write (" + e.getMessage() + ")");
            }
        }

        private static String csv(String field) {
            if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
                return field;
            }
            return '"' + field.replace("\"", "\"\"") + '"';
        }
    }

    /** {@code chorus eval summary FILE}. */
    @Command(name = "summary",
            mixinStandardHelpOptions = true,
            description = {
                    "Scores multi-document summaries on Multi-News clusters ({\"id\", \"summary\", \"documents\": "
                            + "[text, ...]} a line, .jsonl or .jsonl.gz): each cluster is one story (not re-clustered), "
                            + "summarised by Chorus as the digest does (extract, sentences, compare, summarise), by a "
                            + "lead baseline (first sentences of each source in turn) and by LexRank, and each summary "
                            + "is scored against the human one.",
                    "Prints ROUGE-1, ROUGE-2 and ROUGE-L F1 (means over clusters; lowercase \\w+ tokens, no "
                            + "stemming), mean words and time per system. Every system takes whole sentences while "
                            + "its summary is under --words words."})
    static final class Summary implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE",
                description = "True clusters, e.g. ../shared/bench/multinews/multinews-val-1000.jsonl.gz.")
        Path file;

        @Option(names = "--words", defaultValue = "" + SummaryEvaluation.DEFAULT_WORDS, paramLabel = "N",
                description = "Summary length in words (default: ${DEFAULT-VALUE}).")
        int words;

        @Option(names = "--limit", defaultValue = "" + Integer.MAX_VALUE, paramLabel = "N",
                description = "Score only the first N clusters of FILE (default: all).")
        int limit;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Also write {\"id\", \"summary\"} a line: Chorus's summary of every cluster.")
        Path out;

        @Option(names = "--no-embeddings",
                description = "Align claims on words alone, without the sentence-embedding model that finds "
                        + "sentences stating one fact in other words (faster).")
        boolean noEmbeddings;

        @Override
        public Integer call() {
            requireFile(file);
            if (words < 1) {
                throw new Main.UserError("--words must be positive, not " + words);
            }
            if (limit < 1) {
                throw new Main.UserError("--limit must be positive, not " + limit);
            }
            ObjectMapper json = new ObjectMapper();
            SummaryEvaluation.Report report;
            try (TextEmbedder sentences = noEmbeddings ? null : MiniLmEmbedder.forSentences();
                 Writer writer = out == null ? Writer.nullWriter() : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                report = new SummaryEvaluation(sentences).run(file, words, limit, s -> {
                    try {
                        writer.write(json.writeValueAsString(json.createObjectNode().put("id", s.id())
                                .put("summary", s.text())) + "\n");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new Main.UserError((out != null && e.getMessage() != null && e.getMessage().contains(out.toString())
                        ? out + ": cannot write" : file + ": cannot read") + " (" + e.getMessage() + ")");
            } catch (IllegalArgumentException e) {
                throw new Main.UserError(e.getMessage());
            }
            report.problems().forEach(p -> Problems.print(spec.commandLine().getErr(), p));
            spec.commandLine().getOut().print(report.toText());
            spec.commandLine().getOut().flush();
            return Problems.exitCode(report.problems(), report.clusters());
        }
    }

    /** A one-line usage error unless {@code file} is a regular file. */
    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Main.UserError(file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
        }
    }
}
