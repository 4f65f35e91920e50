package dev.chorus.app;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** The arguments every article-reading command shares: the input paths and {@code --out}. */
final class InputOutput {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories of articles (.txt, .html/.htm, .json, .jsonl, and .gz of each).")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;
}
