package dev.chorus.server;

import dev.chorus.model.Problem;
import dev.chorus.read.InputFormat;
import dev.chorus.read.SourceReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns one ingest request body into sources, with exactly the rules of reading a file: the body is written to
 * a private temporary directory under a file name whose extension says the format, and read there by
 * {@link SourceReader}. The name comes from the {@code name} query parameter (which also gives a plain-text or
 * HTML article its id) or, when absent, from the content type. The name is checked against a strict pattern
 * and never holds a directory, so a request cannot write or read anywhere else.
 */
final class IngestBody {

    /** A file name the client may give: no directory, no leading dot, at most 120 characters. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

    /** Content type (without parameters) to the extension it stands for. */
    private static final Map<String, String> EXTENSIONS = Map.of(
            "text/plain", "txt",
            "text/html", "html",
            "application/xhtml+xml", "html",
            "application/json", "json",
            "application/x-ndjson", "jsonl",
            "application/jsonl", "jsonl",
            "application/jsonlines", "jsonl",
            "application/x-jsonlines", "jsonl");

    static final String ACCEPTED = "text/plain, text/html, application/json, application/x-ndjson "
            + "(or any type with ?name=FILE.EXT naming a format Chorus reads, .gz included)";

    private IngestBody() {
    }

    /**
     * The file name the body is read under: {@code name} when given, else one made from the content type and
     * a hash of the body.
     *
     * @throws ApiError 400 for a bad name, 415 when neither the name nor the content type says a format
     */
    static String fileName(String name, String contentType, byte[] body) {
        if (name != null) {
            if (!NAME.matcher(name).matches()) {
                throw ApiError.badRequest("name must be a plain file name (letters, digits, '.', '_', '-'), not '"
                        + Params.shorten(name) + "'");
            }
            if (InputFormat.of(name).isEmpty()) {
                throw new ApiError(415, "name '" + name + "' has no extension Chorus reads; accepted: " + ACCEPTED);
            }
            return name;
        }
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String extension = EXTENSIONS.get(type);
        if (extension == null) {
            throw new ApiError(415, "unsupported content type '" + Params.shorten(type) + "'; accepted: " + ACCEPTED);
        }
        // a text or HTML body's file name is its article id: a hash of the body keeps ids of unnamed bodies apart
        return "body-" + Hashes.sha256(body).substring(0, 16) + "." + extension;
    }

    /** Reads {@code body} as the file {@code fileName}; problems name the request ({@code origin}), not the temp file. */
    static SourceReader.Result read(byte[] body, String fileName, String origin) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("chorus-ingest-");
            Path file = dir.resolve(fileName);
            Files.write(file, body);
            SourceReader.Result read = new SourceReader().readAll(List.of(file));
            String prefix = file.toString();
            List<Problem> problems = read.problems().stream()
                    .map(p -> new Problem(p.origin().startsWith(prefix) ? origin + p.origin().substring(prefix.length())
                            : origin, p.reason().replace(prefix, origin), p.rejected()))
                    .toList();
            return new SourceReader.Result(read.sources(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp file left behind is harmless; the request's answer matters more
        }
    }
}
