package dev.chorus.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.chorus.model.Article;
import dev.chorus.model.Story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * How articles and stories are kept in stored fields: JSON of the model records, field for field, dates as
 * {@code YYYY-MM-DD}. A story is stored without its articles (they are stored once, as articles); it gets them
 * back when read. Unknown fields are ignored, so a store written by a later version with more fields still
 * reads.
 */
final class StoreJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule("dates")
                    .addSerializer(LocalDate.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(LocalDate date, JsonGenerator json, SerializerProvider unused) throws IOException {
                            json.writeString(date.toString());
                        }
                    })
                    .addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                        @Override
                        public LocalDate deserialize(JsonParser parser, DeserializationContext unused) throws IOException {
                            return LocalDate.parse(parser.getValueAsString());
                        }
                    }));

    private StoreJson() {
    }

    static String article(Article article) {
        return write(article);
    }

    static Article article(String json) {
        return read(json, Article.class);
    }

    /** The story without its articles. */
    static String story(Story story) {
        return write(withArticles(story, List.of()));
    }

    /** The story stored as {@code json}, with {@code articles} (in the story's order) put back. */
    static Story story(String json, List<Article> articles) {
        return withArticles(read(json, Story.class), articles);
    }

    static String card(StoryStore.StoryCard card) {
        return write(card);
    }

    static StoryStore.StoryCard card(String json) {
        return read(json, StoryStore.StoryCard.class);
    }

    static Story withArticles(Story s, List<Article> articles) {
        return new Story(s.id(), s.headline(), s.date(), articles, s.summary(), s.claims(), s.quotes(), s.entities(),
                s.conflicts(), s.copies());
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored " + type.getSimpleName() + " is not readable: "
                    + e.getOriginalMessage(), e);
        }
    }
}
