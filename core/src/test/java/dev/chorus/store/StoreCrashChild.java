package dev.chorus.store;

import dev.chorus.cluster.StoryClusterer;
import dev.chorus.pipeline.IngestPipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * The process {@link StoreCrashTest} kills: ingests a feed into a store in small batches and prints, after
 * each commit, {@code committed} and the ids it stored, then {@code done} at the end.
 * Usage: {@code StoreCrashChild DATA_DIR FEED BATCH}.
 */
public final class StoreCrashChild {

    private StoreCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        try (LuceneStoryStore store = LuceneStoryStore.openForWriting(Path.of(args[0]))) {
            new IngestPipeline(store, new StoryClusterer(), 60, Integer.parseInt(args[2])).ingest(
                    List.of(Path.of(args[1])), problem -> { },
                    batch -> {
                        System.out.println("committed " + String.join(" ", batch.storedIds()));
                        System.out.flush();
                    });
        }
        System.out.println("done");
    }
}
