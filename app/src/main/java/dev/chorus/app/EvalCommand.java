package dev.chorus.app;

import dev.chorus.eval.ExtractionEvaluation;
import dev.chorus.extract.HtmlExtractor;
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
        subcommands = EvalCommand.Extraction.class)
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
}
