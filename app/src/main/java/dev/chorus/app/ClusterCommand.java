package dev.chorus.app;

import dev.chorus.app.render.ClusterRenderer;
import dev.chorus.pipeline.ClusterPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code chorus cluster}: articles in, stories (ids and headlines) and groups of copies out; the fast path. */
@Command(name = "cluster",
        mixinStandardHelpOptions = true,
        description = {
                "Groups articles into stories, the same way as digest but without comparing or summarising them, "
                        + "and lists the groups of exact and near-duplicate articles.",
                "Reads .txt, .html/.htm, .json, .jsonl (one article, or one Multi-News cluster of documents, "
                        + "a line), WARC, RSS/Atom feeds, and .gz/.bz2/.zst of each, recognised by content; "
                        + "directories are read recursively; - reads standard input."})
final class ClusterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOutput io;

    @Mixin
    ClusteringOptions clustering;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ClusterRenderer.Format format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ClusterPipeline.Result result;
        try (Progress progress = Progress.of(io, err)) {
            ReadInputs input = ReadInputs.read(progress, io);
            progress.phase("clustering " + input.sources().size() + " articles");
            try (ClusteringOptions open = clustering) {
                result = new ClusterPipeline(clustering.clusterer()).run(input.sources(), input.problems());
            }
            input.logLaterRejections(progress, result.problems());
            result.problems().forEach(p -> Problems.print(err, p));
            long duplicates = result.duplicates().stream().mapToLong(g -> g.members().size() - 1).sum();
            progress.finish(input.summary(), result.articleCount(), duplicates,
                    result.problems().stream().filter(p -> p.rejected()).count());
        }
        if (result.articleCount() == 0) {
            err.println("chorus: no usable article in " + io.paths.stream().map(Path::toString).toList());
            return Main.UNUSABLE;
        }
        Output.write(io.out, spec.commandLine().getOut(), writer -> ClusterRenderer.render(result, format, writer));
        return Problems.exitCode(result.problems(), result.articleCount());
    }
}
