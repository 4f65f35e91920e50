package dev.chorus.app;

import dev.chorus.model.Problem;
import dev.chorus.read.ReadProgress;
import dev.chorus.read.RejectedLog;
import dev.chorus.read.SourceReader;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a long run shows and keeps besides its output: a progress bar on a terminal (inputs and articles done,
 * articles/s, and the ETA from the bytes read), the rejected log of {@code --rejected}, and a one-line summary at
 * the end. The bar goes to stderr only when stderr is a terminal and {@code --quiet} is not given, so pipes, files
 * and CI logs never see it; the summary is printed in every mode but {@code --quiet}.
 */
final class Progress implements ReadProgress, AutoCloseable {

    private final PrintWriter err;
    private final boolean quiet;
    private final RejectedLog log;
    private final Path logFile;
    private ProgressBar bar;
    private int inputs;
    private int input;
    private long articles;
    private long started;

    private Progress(PrintWriter err, boolean quiet, RejectedLog log, Path logFile) {
        this.err = err;
        this.quiet = quiet;
        this.log = log;
        this.logFile = logFile;
    }

    /** Progress for a command with options {@code io}; opens the rejected log when one is asked for. */
    static Progress of(InputOutput io, PrintWriter err) {
        return of(io.quiet, io.rejected, err);
    }

    /**
     * Progress shown unless {@code quiet}, rejected records appended to {@code rejectedLog} when it is not null.
     */
    static Progress of(boolean quiet, Path rejectedLog, PrintWriter err) {
        RejectedLog log = null;
        if (rejectedLog != null) {
            try {
                log = RejectedLog.open(rejectedLog);
            } catch (IOException e) {
                throw new Main.UserError(rejectedLog + ": cannot write the rejected log (" + e.getMessage() + ")");
            }
        }
        return new Progress(err, quiet, log, rejectedLog);
    }

    /** The reader of {@code io} reporting here and to the rejected log. */
    SourceReader reader(InputOutput io) {
        return reader(io.reader());
    }

    /** {@code reader} reporting here and to the rejected log. */
    SourceReader reader(SourceReader reader) {
        return reader.withProgress(this).withRejectedLog(log);
    }

    @Override
    public void started(int inputCount, long bytes) {
        inputs = inputCount;
        started = System.nanoTime();
        if (!quiet && stderrIsTerminal()) {
            bar = new ProgressBarBuilder()
                    .setTaskName("reading")
                    .setInitialMax(bytes > 0 ? bytes : -1)
                    .setUnit(" MiB", 1 << 20)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }
    }

    @Override
    public void input(int index, String origin) {
        input = index + 1;
        message();
    }

    @Override
    public void bytes(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    /** One more article used (extracted, analysed). */
    void article() {
        articles++;
        if (bar != null && (articles & 63) == 0) {
            message();
        }
    }

    /** The reading is over and {@code what} ("clustering 1,234 articles") takes the rest of the run. */
    void phase(String what) {
        if (bar != null) {
            bar.setExtraMessage(what);
            bar.refresh();
        }
    }

    /** A record rejected after reading (no article text in it), for the rejected log. */
    void rejected(Problem problem, String raw) {
        if (log != null) {
            log.write(problem, raw);
        }
    }

    /**
     * Ends the bar and prints the summary: what was read, used and rejected.
     *
     * @param used       articles that made it into the output
     * @param duplicates copies found among them, or -1 when the command does not look for copies
     */
    void finish(SourceReader.Summary read, long used, long duplicates, long rejected) {
        close();
        if (quiet) {
            return;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        StringBuilder line = new StringBuilder("chorus: ");
        line.append(count(read.inputs(), "input")).append(", ")
                .append(count(read.sources() + read.rejected(), "record")).append(" read: ")
                .append(String.format(Locale.ROOT, "%,d", used)).append(" used, ");
        if (duplicates >= 0) {
            line.append(count(duplicates, "duplicate")).append(", ");
        }
        line.append(String.format(Locale.ROOT, "%,d", rejected)).append(" rejected");
        if (rejected > 0 && logFile != null) {
            line.append(" (logged to ").append(logFile).append(')');
        }
        if (read.skippedTotal() > 0) {
            line.append(", ").append(String.format(Locale.ROOT, "%,d", read.skippedTotal()))
                    .append(" not articles skipped");
        }
        line.append(String.format(Locale.ROOT, "; %.1f s, %,.0f articles/s", seconds, used / seconds));
        err.println(line);
    }

    @Override
    public void close() {
        if (bar != null) {
            message();
            bar.close();
            bar = null;
        }
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                err.println("chorus: warning: cannot close the rejected log: " + e.getMessage());
            }
        }
    }

    private void message() {
        if (bar == null) {
            return;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        bar.setExtraMessage(String.format(Locale.ROOT, "input %d/%d, %,d articles, %,.0f/s",
                input, inputs, articles, articles / seconds));
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /**
     * True when stderr is a terminal: on Linux from where file descriptor 2 points; elsewhere, when the JVM has
     * an interactive console. TERM=dumb (Emacs shells, some CI) counts as no terminal.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(fd2)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
