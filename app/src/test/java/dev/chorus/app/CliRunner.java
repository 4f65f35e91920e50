package dev.chorus.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
record CliRunner(int exit, String out, String err) {

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(exit, out.toString(), err.toString());
    }

    /** The repository root: set by the build, else found from the working directory. */
    static Path repo() {
        String property = System.getProperty("chorus.repo");
        Path start = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
        Path dir = start;
        while (dir != null && !dir.resolve("examples").toFile().isDirectory()) {
            dir = dir.getParent();
        }
        return dir == null ? start : dir;
    }
}
