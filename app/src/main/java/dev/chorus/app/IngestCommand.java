package dev.chorus.app;

import dev.chorus.pipeline.IngestPipeline;
import dev.chorus.read.SourceReader;
import dev.chorus.store.LuceneStoryStore;
import dev.chorus.store.StoreException;
import dev.chorus.store.StoryStore;
import dev.chorus.summarise.Summariser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code chorus ingest}: articles into the story store, batch by batch. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
                "Adds articles to the story store: each joins the story it belongs to (stories stored earlier "
                        + "included), and every story that grows is compared and summarised again.",
                "Articles already stored (same outlet, title and text) are skipped, so running it again on the "
                        + "same input, after a crash say, stores nothing twice. Each batch is stored whole or not at all.",
                "Reads the inputs of digest. Every rejected record is appended, with its reason, to rejected.jsonl "
                        + "in the store's directory."})
final class IngestCommand implements Callable<Integer> {

    /** Where in the data dir every rejected record is appended, with its reason, to be inspected and re-fed. */
    static final String REJECTED_LOG = "rejected.jsonl";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories of articles, or - for standard input, in any format digest reads.")
    List<Path> paths;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Inside directories, read only files matching GLOB; repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Inside directories, skip files matching GLOB; repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line on stderr.")
    boolean quiet;

    @Mixin
    StoreOptions store;

    @Mixin
    ClusteringOptions clustering;

    @Option(names = "--words", paramLabel = "N", defaultValue = "" + Summariser.DEFAULT_WORDS,
            description = "About how many words each story summary has (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + IngestPipeline.DEFAULT_BATCH,
            description = "Inputs stored per batch, in one atomic write (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (words < 1 || batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--words and --batch must be at least 1");
        }
        IngestPipeline.Counts counts;
        StoryStore.Counts stored;
        Path rejectedLog = store.data.resolve(REJECTED_LOG);
        try (LuceneStoryStore open = store.openForWriting(); ClusteringOptions model = clustering;
             Progress progress = Progress.of(quiet, rejectedLog, err)) {
            IngestPipeline pipeline = new IngestPipeline(open, clustering.clusterer(), clustering.sentenceEmbedder(), words, batch);
            SourceReader reader = progress.reader(new SourceReader().include(include).exclude(exclude));
            counts = pipeline.ingest(reader, paths, p -> Problems.print(err, p), p -> {
                Problems.print(err, p);
                if (p.rejected()) {
                    progress.rejected(p, null); // the reader logs its own rejections; these came after it
                }
            }, committed -> progress.phase("batch " + committed.number() + " stored"));
            stored = open.counts();
        } catch (StoreException e) {
            throw new Main.UserError(e.getMessage());
        }
        spec.commandLine().getOut().printf("read %d, stored %d, duplicates %d, rejected %d; %s holds %d articles in %d stories%n",
                counts.read(), counts.stored(), counts.duplicates(), counts.rejected(), store.data,
                stored.articles(), stored.stories());
        spec.commandLine().getOut().flush();
        if (counts.stored() + counts.duplicates() == 0) {
            err.println("chorus: no usable article in " + paths.stream().map(Path::toString).toList());
            return Main.UNUSABLE;
        }
        return counts.rejected() > 0 ? Main.PARTIAL : Main.OK;
    }
}
