package dev.chorus.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.read.Compression;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The true story of each article of a file of labelled articles: news-please style records (JSON lines, or a
 * JSON array) that each name their story in a label field, the layout of news-stream clustering datasets
 * ({@code {"id", "title", "text", "date", "lang", "cluster"}}). Multi-News style clusters need no labels (a
 * document's story is in its id) and are passed over here.
 *
 * <p>The file is read a second time, apart from the {@link dev.chorus.read.SourceReader} that makes the
 * articles, so that labels never reach the pipeline being scored.
 */
final class ClusterLabels {

    /** Fields that name an article's true story, first found wins. */
    static final List<String> LABEL_FIELDS = List.of("cluster", "cluster_id", "story", "story_id", "event",
            "event_id", "label");
    /** The article id fields the reader takes, in its order. */
    private static final List<String> ID_FIELDS = List.of("id", "_id", "article_id");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClusterLabels() {
    }

    /**
     * Article id to label for every labelled record of {@code file} (plain, or compressed as the reader reads).
     *
     * @throws IllegalArgumentException when a labelled record has no id, which the label could be matched by
     */
    static Map<String, String> read(Path file) {
        Map<String, String> labels = new HashMap<>();
        try (InputStream in = open(file); JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                parser.nextToken();
            }
            if (first == null) {
                return labels;
            }
            MappingIterator<JsonNode> records = MAPPER.readValues(parser, JsonNode.class);
            long n = 0;
            while (records.hasNextValue()) {
                JsonNode record = records.nextValue();
                n++;
                String label = text(record, LABEL_FIELDS);
                if (label == null || record.has("documents")) {
                    continue;
                }
                String id = text(record, ID_FIELDS);
                if (id == null) {
                    throw new IllegalArgumentException(file + ": record " + n + " has the label \"" + label
                            + "\" but no \"id\" to match it with its article");
                }
                labels.put(id, label);
            }
        } catch (JsonProcessingException e) {
            // a broken record ends the labels here; the reader reports it and goes on, and the articles after
            // it are unlabelled, which the evaluation then says
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return labels;
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Compression.decompressed(new BufferedInputStream(Files.newInputStream(file))));
    }

    private static String text(JsonNode record, List<String> fields) {
        if (!record.isObject()) {
            return null;
        }
        for (String field : fields) {
            JsonNode value = record.get(field);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }
}
