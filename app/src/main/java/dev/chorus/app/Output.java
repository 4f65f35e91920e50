package dev.chorus.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's result goes: a file given with {@code --out}, or standard output. */
final class Output {

    private Output() {
    }

    /** Writes with {@code body} to {@code file}, or to {@code stdout} when {@code file} is null. */
    static void write(Path file, PrintWriter stdout, WriterBody body) {
        if (file == null) {
            try {
                body.writeTo(stdout);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new Main.UserError("cannot write output: " + e.getMessage());
            }
            stdout.flush();
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                body.writeTo(writer);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Main.UserError(file + ": cannot write (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    @FunctionalInterface
    interface WriterBody {
        void writeTo(Writer writer) throws IOException;
    }
}
