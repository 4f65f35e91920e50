package dev.chorus.app;

import dev.chorus.cluster.StoryClusterer;
import dev.chorus.embed.TextEmbedder;
import dev.chorus.model.Digest;
import dev.chorus.pipeline.DigestPipeline;
import dev.chorus.pipeline.IngestPipeline;
import dev.chorus.read.SourceReader;
import dev.chorus.server.ChorusServer;
import dev.chorus.server.Ingest;
import dev.chorus.store.DigestStore;
import dev.chorus.store.LuceneStoryStore;
import dev.chorus.store.StoreException;
import dev.chorus.store.StoryStore;
import dev.chorus.summarise.Summariser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code chorus serve}: the REST API and the web UI over a story store, until the process is stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
                "Serves stories over HTTP: a web UI (story list, search with filters, story pages with the claims x "
                        + "sources grid and conflicts, article pages) and a JSON API under /api/v1 "
                        + "(OpenAPI document at /api/v1/openapi.json).",
                "Binds to 127.0.0.1 unless --host says otherwise. Stops on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    /** Where a store lives when --data is not given. */
    static final Path DEFAULT_DATA = Path.of("chorus-data");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The story store to serve (default: ./chorus-data).")
    Path data;

    @Option(names = "--from", arity = "1..*", paramLabel = "PATH",
            description = "Instead of a store: digest these files or directories at start and serve the result "
                    + "from memory, read-only (ingest answers 501).")
    List<Path> from;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--cache-mb", defaultValue = "128", paramLabel = "MB",
            description = "Memory for rendered pages and API answers, kept until the store changes (a story's "
                    + "page and JSON: until that story changes); 0 renders every request (default: ${DEFAULT-VALUE}).")
    long cacheMb;

    @Mixin
    ClusteringOptions clustering;

    /** A store and what writes to it (null when read-only). */
    record Opened(StoryStore store, Ingest ingest) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (data != null && from != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --data or --from, not both");
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535, was " + port);
        }
        if (cacheMb < 0 || cacheMb > 1 << 20) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache-mb must be from 0 to 1048576, was " + cacheMb);
        }
        Opened opened = from != null ? digest(from, err) : openStore(data == null ? DEFAULT_DATA : data, clustering.clusterer(), clustering.sentenceEmbedder(), err);
        if (opened == null) {
            return Main.UNUSABLE;
        }
        ChorusServer server;
        try {
            server = ChorusServer.start(opened.store(), opened.ingest(), host, port, ChorusServer.MAX_BODY_BYTES,
                    cacheMb * 1024 * 1024);
        } catch (RuntimeException e) {
            opened.store().close();
            throw new Main.UserError(e instanceof IllegalStateException ? e.getMessage()
                    : "cannot listen on " + host + ":" + port + ": " + rootMessage(e));
        }
        StoryStore.Counts counts = opened.store().counts();
        err.println("chorus: serving " + counts.stories() + " stories (" + counts.articles() + " articles) at "
                + server.url() + " (Ctrl-C stops)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                opened.store().close();
            } catch (java.io.IOException e) {
                // the process is ending; nothing more to do with a store that will not close
            }
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }

    /**
     * Opens the store in {@code dir} for serving: as its writer, so that {@code POST /api/v1/ingest} stores
     * articles as {@code chorus ingest} does, one request one atomic batch; read-only (ingest answers 501), with a
     * warning, when another process is writing to it.
     */
    static Opened openStore(Path dir, StoryClusterer clusterer, TextEmbedder sentenceEmbedder, PrintWriter err) {
        if (!Files.isDirectory(LuceneStoryStore.indexDir(dir))) {
            throw new Main.UserError("no story store to open in " + dir + " (build one with 'chorus ingest PATH... --data "
                    + dir + "')");
        }
        LuceneStoryStore store;
        try {
            store = LuceneStoryStore.openForWriting(dir);
        } catch (StoreException busy) {
            err.println("chorus: warning: " + busy.getMessage() + "; serving it read-only");
            try {
                return new Opened(LuceneStoryStore.openForReading(dir), null);
            } catch (StoreException e) {
                throw new Main.UserError(e.getMessage());
            }
        }
        IngestPipeline pipeline = new IngestPipeline(store, clusterer, sentenceEmbedder, Summariser.DEFAULT_WORDS,
                Integer.MAX_VALUE);
        AtomicInteger batches = new AtomicInteger();
        Ingest ingest = sources -> {
            // one writer: requests are stored one after the other, each in one commit
            synchronized (pipeline) {
                IngestPipeline.Committed batch = pipeline.ingestBatch(sources, problem -> { }, batches.incrementAndGet());
                List<String> stories = batch.storedIds().stream()
                        .map(id -> store.storyOf(id).orElseThrow()).distinct().toList();
                return new Ingest.Receipt((int) batch.counts().stored(), (int) batch.counts().duplicates(), stories);
            }
        };
        return new Opened(store, ingest);
    }

    private Opened digest(List<Path> paths, PrintWriter err) {
        SourceReader.Result input = new SourceReader().readAll(paths);
        Digest digest;
        try (ClusteringOptions open = clustering) {
            digest = new DigestPipeline(Summariser.DEFAULT_WORDS, clustering.clusterer(), clustering.sentenceEmbedder()).run(input.sources(), input.problems());
        }
        digest.problems().forEach(p -> Problems.print(err, p));
        if (digest.stories().isEmpty()) {
            err.println("chorus: no usable article in " + paths.stream().map(Path::toString).toList());
            return null;
        }
        return new Opened(new DigestStore(digest), null);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
