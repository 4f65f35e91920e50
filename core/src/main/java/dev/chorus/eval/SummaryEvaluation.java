package dev.chorus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.embed.TextEmbedder;
import dev.chorus.model.AnalysedArticle;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.model.Story;
import dev.chorus.pipeline.Analyser;
import dev.chorus.pipeline.StoryBuilder;
import dev.chorus.sentence.Tokenizer;
import dev.chorus.summarise.WordBudget;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Scores multi-document summaries on a file of Multi-News clusters ({@code {"id", "summary", "documents":
 * [text, ...]}} a line, optionally gzipped) against each cluster's human summary, with {@link Rouge}.
 *
 * <p>Each cluster is one story as given (nothing is clustered): its documents become plain-text sources with ids
 * {@code <cluster id>/<index>}, as {@code chorus digest} reads such a file, go through the same extraction and
 * sentence splitting ({@link Analyser}), and then through the digest's {@link StoryBuilder} (compare the sources,
 * then summarise) at the given word budget. In the same run, over the same analysed articles, two baselines are
 * scored: {@link LeadBaseline} and {@link LexRankBaseline}. All three apply the budget the same way
 * ({@link WordBudget}: whole sentences while under the budget). Scores are means over clusters; a cluster whose
 * documents have no article text left gets empty summaries (ROUGE 0) from all three.
 */
public final class SummaryEvaluation {

    /** The budget unless another is given: about the length of a Multi-News human summary. */
    public static final int DEFAULT_WORDS = 230;

    /** Chorus's summary of one cluster, as {@code --out} writes it. */
    public record Summary(String id, String text) {
    }

    /**
     * One system's result.
     *
     * @param name    system name
     * @param rouge1  mean ROUGE-1 F1 over clusters
     * @param rouge2  mean ROUGE-2 F1
     * @param rougeL  mean ROUGE-L F1
     * @param words   mean words per summary
     * @param seconds time spent summarising (after the shared extraction and sentence splitting)
     */
    public record SystemScore(String name, double rouge1, double rouge2, double rougeL, double words, double seconds) {
    }

    /**
     * The whole run.
     *
     * @param file      the file read
     * @param words     the word budget
     * @param clusters  clusters scored
     * @param documents documents read
     * @param articles  documents with article text after cleaning
     * @param analyse   seconds of extraction and sentence splitting, shared by the systems
     * @param systems   Chorus, lead, LexRank
     * @param problems  lines or clusters that could not be used
     */
    public record Report(Path file, int words, int clusters, int documents, int articles, double analyse,
                         List<SystemScore> systems, List<Problem> problems) {
        public Report {
            systems = List.copyOf(systems);
            problems = List.copyOf(problems);
        }

        /** A printable summary. */
        public String toText() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("file       %s%n", file));
            sb.append(String.format("input      %d clusters, %d documents (%d with article text after cleaning); each "
                    + "cluster is one story, not re-clustered%n", clusters, documents, articles));
            sb.append(String.format("budget     %d words: whole sentences while the summary is under %d words (the "
                    + "last may pass it), the same for all systems%n", words, words));
            sb.append("ROUGE      F1, mean over clusters; tokens: lowercase \\w+ runs, no stemming, no stop-word "
                    + "removal; ROUGE-L: LCS of the whole texts\n\n");
            sb.append(String.format("%-10s %8s %8s %8s %7s %9s %12s%n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L",
                    "words", "time s", "ms/cluster"));
            for (SystemScore s : systems) {
                sb.append(String.format("%-10s %8.4f %8.4f %8.4f %7.1f %9.2f %12.2f%n", s.name(), s.rouge1(),
                        s.rouge2(), s.rougeL(), s.words(), s.seconds(), clusters == 0 ? 0 : 1000 * s.seconds() / clusters));
            }
            sb.append(String.format("%ntime       extraction and sentences %.2f s (shared); chorus = compare + summarise "
                    + "(the digest's story building)%n", analyse));
            return sb.toString();
        }
    }

    private final Analyser analyser = new Analyser();
    private final ObjectMapper json = new ObjectMapper();
    private final TextEmbedder sentenceEmbedder;

    /** An evaluation whose stories align claims on words alone. */
    public SummaryEvaluation() {
        this(null);
    }

    /** @param sentenceEmbedder finds claims told in other words, as the digest does; null for words alone */
    public SummaryEvaluation(TextEmbedder sentenceEmbedder) {
        this.sentenceEmbedder = sentenceEmbedder;
    }

    /**
     * Reads and scores up to {@code limit} clusters of {@code file} at {@code words} words.
     *
     * @param summaries receives Chorus's summary of every cluster scored, in file order
     * @throws IllegalArgumentException when the file holds no usable Multi-News cluster (the message says why)
     * @throws UncheckedIOException     when the file cannot be read
     */
    public Report run(Path file, int words, int limit, Consumer<Summary> summaries) {
        if (words < 1) {
            throw new IllegalArgumentException("--words must be positive, not " + words);
        }
        StoryBuilder builder = new StoryBuilder(words, sentenceEmbedder);
        List<Problem> problems = new ArrayList<>();
        Accumulator chorus = new Accumulator("chorus");
        Accumulator lead = new Accumulator("lead");
        Accumulator lexRank = new Accumulator("lexrank");
        int clusters = 0;
        int documents = 0;
        int articles = 0;
        long analyseNanos = 0;
        try (BufferedReader lines = open(file)) {
            String line;
            int number = 0;
            while (clusters < limit && (line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String origin = file + ":" + number;
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    problems.add(Problem.rejected(origin, "invalid JSON: " + e.getMessage()));
                    continue;
                }
                if (!node.isObject() || !node.path("documents").isArray() || !node.path("summary").isTextual()) {
                    problems.add(Problem.rejected(origin, "not a Multi-News cluster (expected a JSON object with a "
                            + "\"summary\" text and a \"documents\" array)"));
                    continue;
                }
                String id = node.path("id").isValueNode() && !node.path("id").asText().isBlank()
                        ? node.path("id").asText().strip() : String.valueOf(number);
                List<Source> sources = new ArrayList<>();
                JsonNode docs = node.get("documents");
                for (int i = 0; i < docs.size(); i++) {
                    if (docs.get(i).isTextual() && !docs.get(i).asText().isBlank()) {
                        sources.add(new Source(id + "/" + i, origin + "[" + i + "]", Source.Kind.TEXT,
                                docs.get(i).asText(), null));
                    }
                }
                String reference = node.get("summary").asText();
                clusters++;
                documents += docs.size();

                long t0 = System.nanoTime();
                List<AnalysedArticle> analysed = analyser.analyse(sources, List.of()).articles();
                long t1 = System.nanoTime();
                analyseNanos += t1 - t0;
                articles += analysed.size();

                String chorusText = chorus.score(reference, () -> analysed.isEmpty() ? List.of()
                        : builder.build(analysed).summary().stream().map(Story.SummarySentence::text).toList());
                lead.score(reference, () -> LeadBaseline.summarise(analysed, words));
                lexRank.score(reference, () -> LexRankBaseline.summarise(analysed, words));
                summaries.accept(new Summary(id, chorusText));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (clusters == 0) {
            String why = problems.isEmpty() ? "no clusters" : problems.getFirst().toString();
            throw new IllegalArgumentException(file + ": nothing to summarise (" + why + ")");
        }
        int n = clusters;
        return new Report(file, words, clusters, documents, articles, analyseNanos / 1e9,
                List.of(chorus.result(n), lead.result(n), lexRank.result(n)), problems);
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Sums of one system's scores, words and time. */
    private static final class Accumulator {
        private final String name;
        private double rouge1;
        private double rouge2;
        private double rougeL;
        private long words;
        private long nanos;

        Accumulator(String name) {
            this.name = name;
        }

        /** Runs {@code system}, times it, scores its summary against {@code reference}; returns the summary text. */
        String score(String reference, Supplier<List<String>> system) {
            long start = System.nanoTime();
            List<String> sentences = system.get();
            nanos += System.nanoTime() - start;
            String text = String.join(" ", sentences);
            Rouge.Score s = Rouge.score(text, reference);
            rouge1 += s.rouge1();
            rouge2 += s.rouge2();
            rougeL += s.rougeL();
            words += Tokenizer.wordCount(text);
            return text;
        }

        SystemScore result(int clusters) {
            return new SystemScore(name, rouge1 / clusters, rouge2 / clusters, rougeL / clusters,
                    (double) words / clusters, nanos / 1e9);
        }
    }
}
