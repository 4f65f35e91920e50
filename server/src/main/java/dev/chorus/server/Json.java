package dev.chorus.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The API's JSON bodies. A story is written with the fields of the digest's JSON contract (README.md), so a
 * client reads {@code GET /api/v1/stories/{id}} as one element of {@code chorus digest --format json}'s
 * {@code stories}; {@code dev.chorus.app} tests that the two stay the same.
 */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes one JSON value. */
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private Json() {
    }

    static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] error(int status, String message) {
        return bytes(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeNumberField("status", status);
            json.writeStringField("message", message);
            json.writeEndObject();
            json.writeEndObject();
        });
    }
}
