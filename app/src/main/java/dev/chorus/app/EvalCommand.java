package dev.chorus.app;

import dev.chorus.eval.ClusteringEvaluation;
import dev.chorus.eval.ExtractionEvaluation;
import dev.chorus.extract.HtmlExtractor;
import dev.chorus.pipeline.ClusterPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code chorus eval}: measures a stage against a benchmark with ground truth. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measures Chorus against a benchmark with ground truth.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Clustering.class})
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
                    "Scores story clustering on true clusters in the Multi-News format ({\"id\", \"documents\": "
                            + "[text, ...]} a line, .jsonl or .jsonl.gz): every document is pooled and clustered "
                            + "as 'chorus cluster' does, and the stories are scored against the clusters.",
                    "Prints B-cubed and pairwise precision, recall and F1, the number of stories, the largest, "
                            + "time and articles/s. Multi-News has no dates, so the documents are shuffled "
                            + "with --seed first: the order a streaming clusterer sees."})
    static final class Clustering implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE",
                description = "Multi-News clusters, e.g. ../shared/bench/multinews/multinews-val-1000.jsonl.gz.")
        Path file;

        @Option(names = "--seed", defaultValue = "" + ClusteringEvaluation.DEFAULT_SEED, paramLabel = "N",
                description = "Seed of the shuffle of the pooled documents (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new Main.UserError(file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
            }
            ClusteringEvaluation.Report report;
            try {
                report = new ClusteringEvaluation(new ClusterPipeline()).run(file, seed);
            } catch (IllegalArgumentException e) {
                throw new Main.UserError(e.getMessage());
            }
            report.problems().forEach(p -> Problems.print(spec.commandLine().getErr(), p));
            spec.commandLine().getOut().print(report.toText());
            spec.commandLine().getOut().flush();
            return Problems.exitCode(report.problems(), report.clustered());
        }
    }
}
