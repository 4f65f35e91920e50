package dev.chorus.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedder that remembers the vectors of the texts it embedded most recently, up to a number of them, and
 * asks its model only for the others. A story that grows as articles arrive is compared again each time, and
 * its old sentences are the same texts as before: ingest would otherwise embed them again at every growth.
 * Least recently used first out, so memory stays bounded however long the stream.
 *
 * <p>Thread-safe: stories are built in parallel. Two threads may embed the same new text at once; both get the
 * model's vector, and the memo keeps one.
 */
public final class RecentEmbeddings implements TextEmbedder {

    private final TextEmbedder model;
    private final Map<String, float[]> recent;

    /**
     * @param model   computes what is not remembered; not closed by this memo
     * @param entries most vectors kept (each about 1.6 KB for 384 dimensions)
     */
    public RecentEmbeddings(TextEmbedder model, int entries) {
        if (entries < 1) {
            throw new IllegalArgumentException("entries must be at least 1, not " + entries);
        }
        this.model = model;
        this.recent = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > entries;
            }
        };
    }

    /** Vectors remembered now. */
    public synchronized int size() {
        return recent.size();
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public boolean covers(String language) {
        return model.covers(language);
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        synchronized (this) {
            for (int i = 0; i < texts.size(); i++) {
                out[i] = recent.get(texts.get(i));
                if (out[i] == null) {
                    missing.add(texts.get(i));
                    at.add(i);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        float[][] computed = model.embed(missing); // outside the lock: the model is the slow part
        synchronized (this) {
            for (int k = 0; k < computed.length; k++) {
                out[at.get(k)] = computed[k];
                recent.put(missing.get(k), computed[k]);
            }
        }
        return out;
    }

    /** Closes nothing: the model belongs to the caller. */
    @Override
    public void close() {
    }
}
