package dev.chorus.app;

import dev.chorus.read.SourceReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The arguments every article-reading command shares: the inputs, how to pick them, and where output goes. */
final class InputOutput {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories of articles, or - for standard input: .txt, .html, .json, .jsonl, "
                    + ".warc, RSS/Atom feeds (.rss, .atom, .xml), each optionally .gz, .bz2 or .zst; the format is "
                    + "found from the content first.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Inside directories, read only files matching GLOB (e.g. '*.warc.gz', '2024/**'); repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Inside directories, skip files matching GLOB; repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--rejected", paramLabel = "FILE",
            description = "Append every rejected record to FILE (JSON lines: origin, line or offset, reason, time, "
                    + "a copy of the raw record up to 1 MiB).")
    Path rejected;

    @Option(names = {"-q", "--quiet"},
            description = "No progress bar and no summary line (problems are still reported).")
    boolean quiet;

    /** A reader of the inputs with the globs given. */
    SourceReader reader() {
        return new SourceReader().include(include).exclude(exclude);
    }
}
