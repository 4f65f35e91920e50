package dev.chorus.server;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;

/** Sends bodies with their content type. */
final class Responses {

    private Responses() {
    }

    static void json(ServerResponse res, byte[] body) {
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(body);
    }

    static void html(ServerResponse res, String page) {
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        res.send(page.getBytes(StandardCharsets.UTF_8));
    }
}
