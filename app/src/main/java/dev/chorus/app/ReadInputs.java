package dev.chorus.app;

import dev.chorus.model.Problem;
import dev.chorus.model.Source;
import dev.chorus.read.SourceReader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The inputs of a command that needs them all before it starts (digest, cluster): the sources, the problems met
 * reading them, and what the reader counted.
 */
record ReadInputs(List<Source> sources, List<Problem> problems, SourceReader.Summary summary) {

    /** Reads the inputs of {@code io}, showing progress and logging rejections through {@code progress}. */
    static ReadInputs read(Progress progress, InputOutput io) {
        List<Source> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        SourceReader.Summary summary = progress.reader(io).read(io.paths, source -> {
            sources.add(source);
            progress.article();
        }, problems::add);
        return new ReadInputs(sources, problems, summary);
    }

    /**
     * Logs the rejections among {@code all} that came after reading (a source with no article text), which the
     * reader has not logged; the reader's own are the same objects as in {@link #problems}.
     */
    void logLaterRejections(Progress progress, List<Problem> all) {
        Set<Problem> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(problems);
        for (Problem p : all) {
            if (p.rejected() && !seen.contains(p)) {
                progress.rejected(p, null);
            }
        }
    }
}
