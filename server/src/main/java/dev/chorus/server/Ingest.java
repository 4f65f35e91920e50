package dev.chorus.server;

import dev.chorus.model.Source;

import java.util.List;

/**
 * Where {@code POST /api/v1/ingest} hands the articles read from a request body. The server reads the body
 * (any input format Chorus reads) into {@link Source}s; an implementation stores them and updates the stories.
 * The app wires it to the story store; a server without one answers ingest requests with 501.
 */
public interface Ingest {

    /**
     * Stores {@code sources}. Called from several request threads at once; an implementation serialises
     * writes as it must.
     *
     * @return what became of them
     */
    Receipt ingest(List<Source> sources);

    /**
     * @param stored        articles newly stored
     * @param alreadyStored articles that were stored before (same content): nothing was changed for them
     * @param stories       ids of the stories that the stored articles joined or started
     */
    record Receipt(int stored, int alreadyStored, List<String> stories) {
        public Receipt {
            stories = List.copyOf(stories);
        }
    }
}
