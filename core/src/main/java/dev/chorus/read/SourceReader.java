package dev.chorus.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.model.Problem;
import dev.chorus.model.Source;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads files and directories (recursively, in name order) into sources. Every input that cannot be used is
 * reported once to the problem consumer, naming the file (and line) and the reason; reading goes on with
 * the next input. Nothing here throws for bad input.
 */
public final class SourceReader {

    /** Larger inputs are refused rather than risk exhausting memory (a gzip bomb, a mislabelled dump). */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();

    /** Everything read from some paths: sources in input order, and the problems met. */
    public record Result(List<Source> sources, List<Problem> problems) {
    }

    /** Reads all of {@code paths} into memory. */
    public Result readAll(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        read(paths, sources::add, problems::add);
        return new Result(sources, problems);
    }

    /** Streams the sources of {@code paths} to {@code sink}, and each problem to {@code problems}. */
    public void read(List<Path> paths, Consumer<Source> sink, Consumer<Problem> problems) {
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
        for (Path path : paths) {
            readPath(path, true, unique, problems);
        }
    }

    private void readPath(Path path, boolean named, Consumer<Source> sink, Consumer<Problem> problems) {
        if (Files.isDirectory(path)) {
            List<Path> children;
            try (Stream<Path> list = Files.list(path)) {
                children = list.sorted().toList();
            } catch (IOException e) {
                problems.accept(Problem.rejected(path.toString(), "cannot list directory: " + reason(e)));
                return;
            }
            for (Path child : children) {
                if (!child.getFileName().toString().startsWith(".")) {
                    readPath(child, false, sink, problems);
                }
            }
            return;
        }
        if (!Files.exists(path)) {
            problems.accept(Problem.rejected(path.toString(), "no such file or directory"));
            return;
        }
        var recognised = InputFormat.of(path.getFileName().toString());
        if (recognised.isEmpty()) {
            if (named) {
                problems.accept(Problem.rejected(path.toString(),
                        "unsupported file type (expected .txt, .html, .htm, .json, .jsonl, optionally .gz)"));
            }
            return;
        }
        InputFormat.Recognised file = recognised.get();
        if (file.format() == InputFormat.JSONL) {
            readJsonLines(path, file, sink, problems);
            return;
        }
        byte[] bytes;
        try {
            bytes = readBytes(path, file.gzipped());
        } catch (IOException e) {
            problems.accept(Problem.rejected(path.toString(), reason(e)));
            return;
        }
        String origin = path.toString();
        if (bytes.length == 0 || isBlank(bytes)) {
            problems.accept(Problem.rejected(origin, "empty file"));
            return;
        }
        if (TextDecoder.looksBinary(bytes)) {
            problems.accept(Problem.rejected(origin, "binary content, not text"));
            return;
        }
        DecodedText decoded = TextDecoder.decode(bytes, file.format() == InputFormat.HTML);
        if (decoded.fallback()) {
            problems.accept(Problem.warning(origin, "not valid UTF-8; read as " + decoded.charset().name()));
        }
        switch (file.format()) {
            case TEXT -> sink.accept(new Source(file.baseName(), origin, Source.Kind.TEXT, decoded.text(), null));
            case HTML -> sink.accept(new Source(file.baseName(), origin, Source.Kind.HTML, decoded.text(), null));
            case JSON -> readJsonDocument(decoded.text(), origin, file.baseName(), sink, problems);
            default -> throw new IllegalStateException("unhandled format " + file.format());
        }
    }

    private void readJsonDocument(String text, String origin, String baseName,
                                  Consumer<Source> sink, Consumer<Problem> problems) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            problems.accept(Problem.rejected(origin, "invalid JSON: " + jsonReason(e)));
            return;
        }
        if (root == null || root.isMissingNode()) {
            problems.accept(Problem.rejected(origin, "empty file"));
            return;
        }
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                String itemOrigin = origin + "[" + i + "]";
                record(root.get(i), itemOrigin, null, sink, problems);
            }
            return;
        }
        record(root, origin, baseName, sink, problems);
    }

    private void readJsonLines(Path path, InputFormat.Recognised file, Consumer<Source> sink,
                               Consumer<Problem> problems) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        boolean any = false;
        try (InputStream in = open(path, file.gzipped());
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                any = true;
                String origin = path + ":" + number;
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JsonProcessingException e) {
                    problems.accept(Problem.rejected(origin, "invalid JSON: " + jsonReason(e)));
                    continue;
                }
                record(node, origin, null, sink, problems);
            }
        } catch (IOException e) {
            problems.accept(Problem.rejected(path.toString(), reason(e)));
            return;
        }
        if (!any) {
            problems.accept(Problem.rejected(path.toString(), "empty file"));
        }
    }

    /**
     * One JSON value: a Multi-News style cluster of documents (several sources) or one news-please article.
     *
     * @param fallbackId id when the value has none; null for a hash of its content
     */
    private static void record(JsonNode node, String origin, String fallbackId, Consumer<Source> sink,
                               Consumer<Problem> problems) {
        if (ClusterRecord.matches(node)) {
            String clusterId = fallbackId != null ? fallbackId : NewsRecord.contentHash(node.toString());
            ClusterRecord.toSources(node, origin, clusterId).forEach(r -> emit(r, origin, sink, problems));
        } else {
            emit(NewsRecord.toSource(node, origin, fallbackId), origin, sink, problems);
        }
    }

    private static void emit(NewsRecord.Result result, String origin, Consumer<Source> sink,
                             Consumer<Problem> problems) {
        if (result.source() != null) {
            sink.accept(result.source());
        } else {
            problems.accept(Problem.rejected(origin, result.error()));
        }
    }

    private static InputStream open(Path path, boolean gzipped) throws IOException {
        InputStream in = Files.newInputStream(path);
        return gzipped ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static byte[] readBytes(Path path, boolean gzipped) throws IOException {
        if (!gzipped) {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new IOException("file larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
            }
            return Files.readAllBytes(path);
        }
        try (InputStream in = open(path, true)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_FILE_BYTES) {
                    throw new IOException("decompresses to more than " + (MAX_FILE_BYTES >> 20) + " MiB");
                }
            }
            return out.toByteArray();
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof ZipException || (e.getMessage() != null && e.getMessage().contains("GZIP"))) {
            return "not a valid gzip file (" + e.getMessage() + ")";
        }
        if (e instanceof java.io.EOFException) {
            return "truncated gzip file";
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String jsonReason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        if (cut > 0) {
            message = message.substring(0, cut);
        }
        JsonLocation at = e.getLocation();
        return at == null ? message : message + " (column " + at.getColumnNr() + ")";
    }
}
