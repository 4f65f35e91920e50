package dev.chorus.store;

import dev.chorus.cluster.StoryClusterer;
import dev.chorus.pipeline.IngestPipeline;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety for real: a child JVM ingests a feed into a store and reports each batch it committed; it is
 * killed (SIGKILL, no shutdown hooks) at a random moment after a few commits, in the middle of later batches.
 * The store must then pass Lucene's {@link CheckIndex}, hold every article reported as stored, and a re-run
 * must complete it with every article stored exactly once.
 */
class StoreCrashTest {

    @TempDir
    Path tmp;

    @Test
    void killedMidIngestLosesNothingCommittedAndAReRunCompletesWithoutDuplicates() throws Exception {
        List<NewsFeed.Item> feed = NewsFeed.generate(99, 70, java.time.LocalDate.of(2025, 6, 1));
        Path file = NewsFeed.write(feed, tmp.resolve("feed.jsonl"));
        Path data = tmp.resolve("data");

        Set<String> reported = new HashSet<>();
        boolean finished = runAndKill(data, file, 3, new Random().nextInt(400), reported);
        assertFalse(finished, "the child was killed before it finished (make the feed longer if this fails)");
        assertTrue(reported.size() >= 3 * 20, "three batches were reported: " + reported.size());

        assertIndexIsClean(data);
        try (LuceneStoryStore store = LuceneStoryStore.openForWriting(data)) {
            for (String id : reported) {
                assertTrue(store.article(id).isPresent(), "reported as stored but missing: " + id);
                assertTrue(store.storyOf(id).flatMap(store::story).isPresent(), "story of " + id);
            }
            IngestPipeline.Counts rerun = new IngestPipeline(store, new StoryClusterer(), 60, 20)
                    .ingest(List.of(file), p -> { }, c -> { });
            assertTrue(rerun.duplicates() >= reported.size(), rerun.toString());
            assertEquals(feed.size(), rerun.stored() + rerun.duplicates());

            assertEquals(feed.size(), store.counts().articles(), "each article once");
            long members = 0;
            for (StoryStore.StoryCard card : store.stories(new StoryStore.StoryListing(
                    StoryStore.StoryListing.Order.NEWEST, null, 0, 100_000))) {
                members += store.story(card.id()).orElseThrow().articles().size();
            }
            assertEquals(feed.size(), members, "each article in exactly one story");
            for (NewsFeed.Item item : feed) {
                String story = store.storyOf(item.id()).orElseThrow();
                assertTrue(store.story(story).orElseThrow().articles().stream().anyMatch(a -> a.id().equals(item.id())));
            }
        }
        assertIndexIsClean(data);
    }

    /**
     * Runs the child until it has reported {@code batches} commits, waits {@code delayMillis}, kills it;
     * collects the ids it reported. Returns whether it finished before it was killed.
     */
    private static boolean runAndKill(Path data, Path feed, int batches, int delayMillis, Set<String> reported)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                StoreCrashChild.class.getName(), data.toString(), feed.toString(), "20")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        // read on another thread: the child's output closes when it is killed, and only lines read count as reported
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch committed = new java.util.concurrent.CountDownLatch(batches);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                    if (line.startsWith("committed")) {
                        committed.countDown();
                    }
                }
            } catch (IOException closedByTheKill) {
                // the lines read so far are what was reported
            }
            // the child finished or died: let the test go on either way
            while (committed.getCount() > 0) {
                committed.countDown();
            }
        });
        reader.start();
        try {
            assertTrue(committed.await(120, TimeUnit.SECONDS), "the child committed " + batches + " batches in time");
            Thread.sleep(delayMillis);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
            reader.join(10_000);
        } finally {
            child.destroyForcibly();
        }
        boolean finished = false;
        for (String line : lines) {
            if (line.startsWith("committed ")) {
                reported.addAll(List.of(line.substring("committed ".length()).split(" ")));
            }
            finished |= line.equals("done");
        }
        return finished;
    }

    private static void assertIndexIsClean(Path data) throws IOException {
        try (Directory dir = FSDirectory.open(LuceneStoryStore.indexDir(data)); CheckIndex check = new CheckIndex(dir)) {
            check.setInfoStream(null);
            CheckIndex.Status status = check.checkIndex();
            assertTrue(status.clean, "CheckIndex found problems");
        }
    }
}
