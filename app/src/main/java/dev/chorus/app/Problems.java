package dev.chorus.app;

import dev.chorus.model.Problem;

import java.io.PrintWriter;
import java.util.List;

/** Prints input problems to stderr, one line each, and turns them into an exit code. */
final class Problems {

    private Problems() {
    }

    static void print(PrintWriter err, Problem problem) {
        String reason = problem.reason().replaceAll("\\s+", " ").strip();
        err.println("chorus: " + (problem.rejected() ? "skipped " : "warning: ") + problem.origin() + ": " + reason);
    }

    /** 0 when nothing was rejected, 1 when some inputs were, 2 when nothing could be used. */
    static int exitCode(List<Problem> problems, int used) {
        if (used == 0) {
            return Main.UNUSABLE;
        }
        return problems.stream().anyMatch(Problem::rejected) ? Main.PARTIAL : Main.OK;
    }
}
