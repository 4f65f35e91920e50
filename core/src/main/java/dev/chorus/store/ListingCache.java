package dev.chorus.store;

import org.apache.lucene.index.IndexReader;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * What listings need and only a commit changes, kept for one index reader: every story's place in each listing
 * order, and the counts of articles and stories. Sorting all stories took most of a listing request's time, and
 * counting documents of a type walks its postings once updates have deleted some (both measured in
 * {@code bench/serve-load.sh}). The first request after a commit computes; later ones read.
 */
final class ListingCache {

    /** Computes a value from the index. */
    @FunctionalInterface
    interface Computation<T> {
        T compute() throws IOException;
    }

    private IndexReader reader;
    private final Map<StoryStore.StoryListing.Order, int[]> orders = new EnumMap<>(StoryStore.StoryListing.Order.class);
    private StoryStore.Counts counts;

    /** The doc ids of {@code reader}'s stories in {@code order}, sorted by {@code sort} unless already known. */
    synchronized int[] order(IndexReader reader, StoryStore.StoryListing.Order order, Computation<int[]> sort)
            throws IOException {
        forReader(reader);
        int[] docs = orders.get(order);
        if (docs == null) {
            docs = sort.compute();
            orders.put(order, docs);
        }
        return docs;
    }

    /** {@code reader}'s counts, counted by {@code count} unless already known. */
    synchronized StoryStore.Counts counts(IndexReader reader, Computation<StoryStore.Counts> count) throws IOException {
        forReader(reader);
        if (counts == null) {
            counts = count.compute();
        }
        return counts;
    }

    private void forReader(IndexReader current) {
        if (reader != current) {
            reader = current;
            orders.clear();
            counts = null;
        }
    }
}
