package dev.chorus.app;

import dev.chorus.app.render.DigestRenderer;
import dev.chorus.model.Digest;
import dev.chorus.model.Story;
import dev.chorus.pipeline.DigestPipeline;
import dev.chorus.summarise.Summariser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code chorus digest}: articles in, stories out. */
@Command(name = "digest",
        mixinStandardHelpOptions = true,
        description = {
                "Groups articles into stories and compares the sources of each story: a cited summary, "
                        + "claims and who reports them, quotes, entities, contradictions and copies.",
                "Reads .txt, .html/.htm, .json (news-please fields), .jsonl (one article, or one Multi-News cluster "
                        + "of documents, a line), WARC, RSS/Atom feeds, and .gz/.bz2/.zst of each, recognised by "
                        + "content; directories are read recursively; - reads standard input."})
final class DigestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOutput io;

    @Mixin
    ClusteringOptions clustering;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DigestRenderer.Format format;


    @Option(names = "--words", paramLabel = "N", defaultValue = "" + Summariser.DEFAULT_WORDS,
            description = "About how many words each story summary has (default: ${DEFAULT-VALUE}).")
    int words;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (words < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--words must be at least 1, was " + words);
        }
        Digest digest;
        int used;
        try (Progress progress = Progress.of(io, err)) {
            ReadInputs input = ReadInputs.read(progress, io);
            progress.phase("analysing " + input.sources().size() + " articles");
            try (ClusteringOptions open = clustering) {
                digest = new DigestPipeline(words, clustering.clusterer(), clustering.sentenceEmbedder()).run(input.sources(), input.problems());
            }
            input.logLaterRejections(progress, digest.problems());
            digest.problems().forEach(p -> Problems.print(err, p));
            used = digest.stories().stream().mapToInt((Story s) -> s.articles().size()).sum();
            progress.finish(input.summary(), used, -1, digest.problems().stream().filter(p -> p.rejected()).count());
        }
        if (used == 0) {
            err.println("chorus: no usable article in " + io.paths.stream().map(Path::toString).toList());
            return Main.UNUSABLE;
        }
        Output.write(io.out, spec.commandLine().getOut(), writer -> DigestRenderer.of(format).render(digest, writer));
        return Problems.exitCode(digest.problems(), used);
    }
}
