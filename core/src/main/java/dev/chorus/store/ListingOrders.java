package dev.chorus.store;

import org.apache.lucene.index.IndexReader;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every story's place in each listing order, kept for one index reader: sorting all stories took most of a
 * listing request's time (measured in {@code bench/serve-load.sh}), while the order only changes with a commit.
 * The first listing after a commit sorts; later ones only read their page's cards.
 */
final class ListingOrders {

    /** Computes the doc ids of all stories in one order. */
    @FunctionalInterface
    interface Sorter {
        int[] sort() throws IOException;
    }

    private IndexReader reader;
    private final Map<StoryStore.StoryListing.Order, int[]> orders = new EnumMap<>(StoryStore.StoryListing.Order.class);

    /** The doc ids of {@code reader}'s stories in {@code order}, sorted by {@code sorter} unless already known. */
    synchronized int[] of(IndexReader reader, StoryStore.StoryListing.Order order, Sorter sorter) throws IOException {
        if (this.reader != reader) {
            this.reader = reader;
            orders.clear();
        }
        int[] docs = orders.get(order);
        if (docs == null) {
            docs = sorter.sort();
            orders.put(order, docs);
        }
        return docs;
    }
}
