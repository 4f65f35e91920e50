package dev.chorus.read;

import dev.chorus.model.Problem;
import dev.chorus.model.Source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * Reads files, directories (recursively, in name order) and standard input ({@code -}) into sources. Each input's
 * compression and format are found from its first bytes ({@link Compression}, {@link InputFormat#sniff}), from its
 * name when those say nothing clear, and it goes to the {@link FormatReader} of that format. Inside directories,
 * files whose names Chorus knows are read (or those matching {@link #include} globs, as plain text when their
 * content shows no other format), hidden files and {@link #exclude}d ones skipped; a file named by the user is
 * always read, and rejected when neither its content nor its name says what it is.
 *
 * <p>Every record that cannot be used is reported once to the problem consumer, naming the file and line
 * ({@code path:line}), byte offset ({@code path@offset}) or item ({@code path[index]}) and the reason, and
 * written to the {@link RejectedLog} when one is set; reading goes on with the next record or input. Nothing here
 * throws for bad input. Memory is bounded by {@link ReadLimits}: records are streamed, never whole files.
 *
 * <p>Instances are immutable; the {@code with...} methods return changed copies.
 */
public final class SourceReader {

    private static final int SNIFF_BYTES = 64 * 1024;

    private final ReadLimits limits;
    private final List<String> includes;
    private final List<String> excludes;
    private final RejectedLog rejectedLog;
    private final ReadProgress progress;
    private final InputStream stdin;
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("(?i)(https?|ftp):/");

    /** A reader with the default limits, no filters, no rejected log. */
    public SourceReader() {
        this(ReadLimits.DEFAULTS, List.of(), List.of(), null, ReadProgress.NONE, null);
    }

    private SourceReader(ReadLimits limits, List<String> includes, List<String> excludes, RejectedLog rejectedLog,
                         ReadProgress progress, InputStream stdin) {
        this.limits = limits;
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.rejectedLog = rejectedLog;
        this.progress = progress;
        this.stdin = stdin;
    }

    /** This reader with other limits. */
    public SourceReader withLimits(ReadLimits newLimits) {
        return new SourceReader(newLimits, includes, excludes, rejectedLog, progress, stdin);
    }

    /**
     * This reader reading, inside directories, only files that match one of {@code globs} ({@code *.warc.gz};
     * a glob with a {@code /} is matched against the path below the directory given, e.g. {@code 2024/**.jsonl}),
     * whatever their extension.
     */
    public SourceReader include(List<String> globs) {
        return new SourceReader(limits, globs, excludes, rejectedLog, progress, stdin);
    }

    /** This reader skipping, inside directories, files that match one of {@code globs} (as {@link #include}). */
    public SourceReader exclude(List<String> globs) {
        return new SourceReader(limits, includes, globs, rejectedLog, progress, stdin);
    }

    /** This reader writing each rejected record to {@code log} as well (null: none). */
    public SourceReader withRejectedLog(RejectedLog log) {
        return new SourceReader(limits, includes, excludes, log, progress, stdin);
    }

    /** This reader telling {@code listener} how far it has come. */
    public SourceReader withProgress(ReadProgress listener) {
        return new SourceReader(limits, includes, excludes, rejectedLog, listener, stdin);
    }

    /** This reader taking {@code in} for the path {@code -} (default: {@link System#in}). */
    public SourceReader withStdin(InputStream in) {
        return new SourceReader(limits, includes, excludes, rejectedLog, progress, in);
    }

    /** Everything read from some paths: sources in input order, and the problems met. */
    public record Result(List<Source> sources, List<Problem> problems) {
    }

    /**
     * What one {@link #read} saw.
     *
     * @param inputs   files (and standard input) opened
     * @param sources  articles sent on
     * @param rejected records and inputs left out
     * @param skipped  records that are not articles, by kind ("request records": 50000)
     */
    public record Summary(int inputs, long sources, long rejected, Map<String, Long> skipped) {
        public Summary {
            skipped = Map.copyOf(skipped);
        }

        /** How many records were skipped as not articles, all kinds together. */
        public long skippedTotal() {
            return skipped.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Reads all of {@code paths} into memory. */
    public Result readAll(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        read(paths, sources::add, problems::add);
        return new Result(sources, problems);
    }

    /** Streams the sources of {@code paths} to {@code sink}, and each problem to {@code problems}. */
    public Summary read(List<Path> paths, Consumer<Source> sink, Consumer<Problem> problems) {
        Set<String> seenIds = new HashSet<>();
        Consumer<Source> unique = source -> {
            String id = source.id();
            if (!seenIds.add(id)) {
                int n = 2;
                while (!seenIds.add(id + "-" + n)) {
                    n++;
                }
                problems.accept(Problem.warning(source.origin(),
                        "article id \"" + id + "\" already used by another input; renamed to \"" + id + "-" + n + "\""));
                source = new Source(id + "-" + n, source.origin(), source.kind(), source.body(), source.metadata());
            }
            sink.accept(source);
        };
        long[] done = {0};
        long[] base = {0};
        Sink out = new Sink(unique, problems, rejectedLog, limits, position -> {
            done[0] = base[0] + position;
            progress.bytes(done[0]);
        });
        List<Entry> inputs = expand(paths, out);
        long total = 0;
        for (Entry entry : inputs) {
            total = entry.path == null || total < 0 ? -1 : total + size(entry.path);
        }
        progress.started(inputs.size(), total);
        for (int i = 0; i < inputs.size(); i++) {
            Entry entry = inputs.get(i);
            progress.input(i, entry.origin());
            readInput(entry, out);
            if (entry.path != null) {
                base[0] += size(entry.path);
                done[0] = base[0];
                progress.bytes(done[0]);
            }
        }
        return new Summary(inputs.size(), out.emitted(), out.rejectedCount(), new TreeMap<>(out.skippedCounts()));
    }

    /** One input to read: a file, or standard input when {@code path} is null. */
    private record Entry(Path path, boolean named) {
        String origin() {
            return path == null ? "-" : path.toString();
        }
    }

    private List<Entry> expand(List<Path> paths, Sink sink) {
        List<Entry> out = new ArrayList<>();
        List<PathMatcher> include = matchers(includes);
        List<PathMatcher> exclude = matchers(excludes);
        for (Path path : paths) {
            if (path.toString().equals("-")) {
                out.add(new Entry(null, true));
            } else if (Files.isDirectory(path)) {
                walk(path, path, include, exclude, out, sink);
            } else if (!Files.exists(path) && WEB_ADDRESS.matcher(path.toString()).lookingAt()) {
                // the path has lost one slash of "https://": name it as the user typed it
                sink.rejected(path.toString().replaceFirst(":/+", "://"), "a web address, not a file; to read a "
                        + "feed and the articles it links to, use chorus watch URL --data DIR --rounds 1");
            } else if (!Files.exists(path)) {
                sink.rejected(path.toString(), "no such file or directory");
            } else {
                out.add(new Entry(path, true));
            }
        }
        return out;
    }

    private void walk(Path root, Path dir, List<PathMatcher> include, List<PathMatcher> exclude, List<Entry> out,
                      Sink sink) {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.rejected(dir.toString(), "cannot list directory: " + e.getMessage());
            return;
        }
        for (Path child : children) {
            if (child.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(child)) {
                walk(root, child, include, exclude, out, sink);
                continue;
            }
            Path relative = root.relativize(child);
            boolean wanted = include.isEmpty()
                    ? InputFormat.of(child.getFileName().toString()).map(r -> r.format() != null).orElse(false)
                    : matches(include, relative);
            if (wanted && !matches(exclude, relative) && !isRejectedLog(child)) {
                out.add(new Entry(child, false));
            }
        }
    }

    /** True for the file this reader's rejected log writes to: reading it would feed the log to itself. */
    private boolean isRejectedLog(Path file) {
        if (rejectedLog == null || rejectedLog.path() == null) {
            return false;
        }
        try {
            return Files.isSameFile(file, rejectedLog.path());
        } catch (IOException e) {
            return false;
        }
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(g -> {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
            // a glob without a slash is about a name: the file's, or that of a directory on the way to it
            return g.contains("/") ? m : (PathMatcher) p -> {
                for (Path part : p) {
                    if (m.matches(part)) {
                        return true;
                    }
                }
                return false;
            };
        }).toList();
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    private void readInput(Entry entry, Sink sink) {
        String origin = entry.origin();
        InputFormat.Recognised name = entry.path == null
                ? new InputFormat.Recognised(null, Compression.NONE, "stdin")
                : InputFormat.of(entry.path.getFileName().toString()).orElse(
                        new InputFormat.Recognised(null, Compression.NONE,
                                InputFormat.baseName(entry.path.getFileName().toString())));
        try (InputStream raw = open(entry, sink)) {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            byte[] magic = peek(buffered, 4);
            Compression compression = Compression.sniff(magic, magic.length);
            if (name.compression() != Compression.NONE && compression != name.compression()) {
                sink.rejected(origin, "not a valid " + name.compression().label() + " file (no "
                        + name.compression().label() + " header)");
                return;
            }
            InputStream data = new CappedInputStream(compression.open(buffered), limits.maxInputBytes(),
                    compression == Compression.NONE ? "larger than" : "decompresses to more than");
            byte[] head = head(data, SNIFF_BYTES);
            // the head, then the rest; not a BufferedInputStream, which loses the bytes of a read that fails
            // part-way, and so the good lines just before a cut in a gzip stream
            InputStream content = new SequenceInputStream(new ByteArrayInputStream(head), data);
            if (head.length == 0) {
                sink.rejected(origin, "empty file");
                return;
            }
            InputFormat format = InputFormat.sniff(head, head.length).orElse(name.format());
            if (format == InputFormat.JSON && name.format() != InputFormat.JSON
                    && (name.format() == InputFormat.JSONL || InputFormat.jsonLines(head, head.length))) {
                format = InputFormat.JSONL;
            }
            if (format == null && (entry.path == null || (!entry.named && !includes.isEmpty()))) {
                // standard input has no name to go by, and a file picked by --include was asked for whatever its
                // name: plain text is the reading that assumes least
                format = InputFormat.TEXT;
            }
            if (format == null) {
                sink.rejected(origin, "unsupported file type (expected .txt, .html, .json, .jsonl, .warc, "
                        + ".rss/.atom/.xml feeds, optionally .gz/.bz2/.zst, or content recognisable as one of them)");
                return;
            }
            Input input = new Input(origin, name.baseName(), entry.path, compression, content, entry.named);
            reader(format).read(input, sink);
        } catch (BrokenInputException e) {
            sink.rejected(e.origin(), e.getMessage());
        } catch (IOException e) {
            sink.rejected(origin, reason(e));
        }
    }

    private static FormatReader reader(InputFormat format) {
        return switch (format) {
            case TEXT -> new DocumentFormat(Source.Kind.TEXT);
            case HTML -> new DocumentFormat(Source.Kind.HTML);
            case JSON -> new JsonFormat();
            case JSONL -> new JsonLinesFormat();
            case WARC -> new WarcFormat();
            case FEED -> new FeedFormat();
        };
    }

    /** The input's bytes as stored, counted for the progress display. */
    private InputStream open(Entry entry, Sink sink) throws IOException {
        InputStream in = entry.path == null ? nonClosing(stdin != null ? stdin : System.in)
                : Files.newInputStream(entry.path);
        return new FilterInputStream(in) {
            private long count;
            private long reported;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            private void counted(int n) {
                count += n;
                if (count - reported >= 1 << 18) {
                    reported = count;
                    sink.position(count);
                }
            }
        };
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // standard input belongs to the process
            }
        };
    }

    /** Up to {@code n} first bytes of {@code in}, which is left where it was. */
    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] head = in.readNBytes(n);
        in.reset();
        return head;
    }

    /**
     * Up to {@code n} first bytes of {@code in}, consumed. A read error (a gzip stream cut short) ends the head
     * quietly when some bytes came: the format reader meets the same error again where it happens, after the good
     * records before it.
     */
    private static byte[] head(InputStream in, int n) throws IOException {
        byte[] head = new byte[n];
        int got = 0;
        try {
            int r;
            while (got < n && (r = in.read(head, got, n - got)) > 0) {
                got += r;
            }
        } catch (IOException e) {
            if (got == 0) {
                throw e;
            }
        }
        return Arrays.copyOf(head, got);
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    /** An I/O failure in words a user can act on. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof CappedInputStream.TooLargeException) {
            return e.getMessage() + "; the rest was not read";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ZipException || message.contains("GZIP") || message.contains("gzip")) {
            return "corrupt gzip data (" + message + ")";
        }
        if (e instanceof EOFException || message.contains("nexpected end") || message.contains("truncated")) {
            return "truncated compressed data (" + message + ")";
        }
        if (e.getClass().getName().startsWith("org.netpreserve")) {
            return message;
        }
        return "cannot read: " + message;
    }
}
