package dev.chorus.read;

/**
 * What {@link SourceReader} tells a progress display. Called on the reading thread; implementations should be
 * quick. Every method does nothing by default.
 */
public interface ReadProgress {

    /** A listener that ignores everything. */
    ReadProgress NONE = new ReadProgress() {
    };

    /**
     * Reading starts.
     *
     * @param inputs how many inputs there are
     * @param bytes  their total size as stored, or -1 when unknown (standard input)
     */
    default void started(int inputs, long bytes) {
    }

    /** Input {@code index} (from 0) is being read. */
    default void input(int index, String origin) {
    }

    /** {@code done} bytes of the inputs (as stored, i.e. compressed) have been read so far. */
    default void bytes(long done) {
    }
}
