package dev.chorus.app.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.json.ContractJson;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.chorus.model.Digest;
import dev.chorus.model.Story;

import java.io.IOException;
import java.io.Writer;

/** The JSON contract documented in README.md: field names and types are stable; fields may be added. */
public final class JsonRenderer implements DigestRenderer {

    @Override
    public void render(Digest digest, Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartObject();
        json.writeArrayFieldStart("stories");
        for (Story story : digest.stories()) {
            ContractJson.story(story, json);
        }
        json.writeEndArray();
        ContractJson.problems(digest.problems(), json);
        json.writeEndObject();
        json.flush();
        out.write('\n');
        out.flush();
    }
}
