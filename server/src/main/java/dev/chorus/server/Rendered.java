package dev.chorus.server;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * A response body made by a GET handler, with its media type and an entity tag of its bytes, so it can be kept
 * by the {@link ResponseCache} and sent again as it is.
 *
 * @param etag a strong entity tag, quoted: equal bytes give equal tags
 */
record Rendered(String contentType, byte[] body, String etag) {

    static final String JSON = "application/json";
    static final String HTML = "text/html; charset=utf-8";

    static Rendered json(byte[] body) {
        return of(JSON, body);
    }

    static Rendered html(String page) {
        return of(HTML, page.getBytes(StandardCharsets.UTF_8));
    }

    static Rendered of(String contentType, byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return new Rendered(contentType, body, "\"" + Integer.toHexString(body.length) + "-"
                + Long.toHexString(crc.getValue()) + "\"");
    }

    void send(ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, contentType);
        res.send(body);
    }
}
