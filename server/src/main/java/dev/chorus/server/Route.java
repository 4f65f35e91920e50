package dev.chorus.server;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;

/**
 * One route of the server. The routing is built from the list of these ({@link ChorusServer#routes}), and a
 * test checks that the OpenAPI document names every API route of that same list.
 *
 * @param path Helidon path pattern; {@code {+id}} takes the rest of the path, so ids may hold '/'
 */
record Route(Method method, String path, Handler handler) {

    boolean api() {
        return path.startsWith("/api/");
    }

    /** The path as OpenAPI writes it: {@code {+id}} becomes {@code {id}}. */
    String openApiPath() {
        return path.replace("{+", "{");
    }
}
