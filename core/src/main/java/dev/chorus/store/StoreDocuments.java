package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import dev.chorus.model.Story;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The two kinds of Lucene document in a store and their fields. An <b>article</b> document holds the article
 * as JSON, its text indexed for search, its story, and the filter and facet fields (outlet, language, the
 * entities its story's analysis found in it, publication date). A <b>story</b> document holds the story's
 * analysis as JSON, its member ids, a card for listings (a doc value), and the numbers listings sort and filter on.
 * Filter fields hold the value lower-cased, so filters ignore case; facet fields keep it as written.
 */
final class StoreDocuments {

    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String STORY = "story";

    /** An article document's id field (its own term, so an article and a story may share an id). */
    static final String ARTICLE_ID = "articleId";
    /** A story document's id field. */
    static final String STORY_KEY = "storyId";
    static final String JSON = "json";
    // article fields
    static final String FINGERPRINT = "fingerprint";
    static final String SEQUENCE = "sequence";
    /** The article's embedding, 2 bytes (IEEE half precision, little-endian) per dimension. */
    static final String EMBEDDING = "embedding";
    /** An article document's story. */
    static final String STORY_ID = "inStory";
    static final String BODY = "body";
    static final String PUBLISHED = "published";
    static final String OUTLET = "outlet";
    static final String LANGUAGE = "language";
    static final String ENTITY = "entity";
    /** Suffix of the lower-cased filter field of a facet. */
    static final String KEY = ".key";
    // story fields
    static final String MEMBER = "member";
    static final String CARD = "card";
    static final String OPEN = "open";
    static final String LAST_SEQUENCE = "lastSequence";
    /** The number of the commit that wrote a story's document: what it shows changes only with it. */
    static final String WRITTEN = "written";
    static final String EARLIEST = "earliest";
    static final String LATEST = "latest";
    /** The story's date, else its latest article's: what listings sort by and {@code since} filters on. */
    static final String LIST_DATE = "listDate";
    static final String SIZE = "size";

    static final List<String> FACETS = List.of(OUTLET, ENTITY, LANGUAGE);

    /** Length of a card's lead, in characters. */
    private static final int LEAD_CHARS = 280;

    private StoreDocuments() {
    }

    static Document article(StoryStoreWriter.StoredArticle stored, Story story) {
        Article article = stored.article();
        Metadata meta = article.metadata();
        Document doc = new Document();
        doc.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
        doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
        doc.add(new StringField(FINGERPRINT, stored.fingerprint(), Field.Store.YES));
        doc.add(new StoredField(SEQUENCE, stored.sequence()));
        doc.add(new NumericDocValuesField(SEQUENCE, stored.sequence()));
        doc.add(new StringField(STORY_ID, story.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(STORY_ID, new BytesRef(story.id())));
        doc.add(new TextField(BODY, (meta.title() == null ? "" : meta.title() + "\n") + article.text(), Field.Store.NO));
        doc.add(new StoredField(JSON, StoreJson.article(article)));
        if (stored.embedding() != null) {
            doc.add(new StoredField(EMBEDDING, halves(stored.embedding())));
        }
        if (meta.published() != null) {
            day(doc, PUBLISHED, meta.published());
        }
        facet(doc, OUTLET, meta.outlet());
        facet(doc, LANGUAGE, meta.language());
        for (String entity : entitiesOf(article.id(), story)) {
            facet(doc, ENTITY, entity);
        }
        return doc;
    }

    static Document story(StoryStoreWriter.StoryVersion version, long commit) {
        Story story = version.story();
        Document doc = new Document();
        doc.add(new StringField(TYPE, STORY, Field.Store.NO));
        doc.add(new StringField(STORY_KEY, story.id(), Field.Store.YES));
        doc.add(new StoredField(JSON, StoreJson.story(story)));
        for (Article article : story.articles()) {
            doc.add(new StoredField(MEMBER, article.id()));
        }
        // a doc value, not a stored field: listings and search hits read cards without decompressing the stored
        // JSON of the whole analysis next to them
        doc.add(new BinaryDocValuesField(CARD, new BytesRef(StoreJson.card(card(story)))));
        doc.add(new NumericDocValuesField(OPEN, version.open() ? 1 : 0));
        doc.add(new NumericDocValuesField(LAST_SEQUENCE, version.articles().stream()
                .mapToLong(StoryStoreWriter.StoredArticle::sequence).max().orElse(0)));
        doc.add(new NumericDocValuesField(SIZE, story.articles().size()));
        doc.add(new NumericDocValuesField(WRITTEN, commit));
        LocalDate earliest = null;
        LocalDate latest = null;
        for (Article article : story.articles()) {
            LocalDate published = article.metadata().published();
            if (published != null) {
                earliest = earliest == null || published.isBefore(earliest) ? published : earliest;
                latest = latest == null || published.isAfter(latest) ? published : latest;
            }
        }
        if (earliest != null) {
            day(doc, EARLIEST, earliest);
            day(doc, LATEST, latest);
        }
        LocalDate listDate = story.date() != null ? story.date() : latest;
        if (listDate != null) {
            day(doc, LIST_DATE, listDate);
        }
        return doc;
    }

    /** What a listing shows of {@code story}. */
    static StoryStore.StoryCard card(Story story) {
        Set<String> outlets = new LinkedHashSet<>();
        for (Article article : story.articles()) {
            if (article.metadata().outlet() != null) {
                outlets.add(article.metadata().outlet());
            }
        }
        String lead;
        if (!story.summary().isEmpty()) {
            lead = story.summary().get(0).text();
        } else if (!story.articles().isEmpty() && !story.articles().get(0).paragraphs().isEmpty()) {
            lead = story.articles().get(0).paragraphs().get(0);
        } else {
            lead = "";
        }
        return new StoryStore.StoryCard(story.id(), story.headline(), story.date(), story.articles().size(),
                new ArrayList<>(outlets), shorten(lead));
    }

    /** A vector at half precision: a cosine moves by about 1e-4, and the store keeps 768 bytes, not 1,536. */
    static byte[] halves(float[] vector) {
        byte[] out = new byte[vector.length * 2];
        for (int i = 0; i < vector.length; i++) {
            short h = Float.floatToFloat16(vector[i]);
            out[2 * i] = (byte) h;
            out[2 * i + 1] = (byte) (h >> 8);
        }
        return out;
    }

    /** The vector {@link #halves} wrote. */
    static float[] fromHalves(byte[] bytes, int offset, int length) {
        float[] out = new float[length / 2];
        for (int i = 0; i < out.length; i++) {
            int lo = bytes[offset + 2 * i] & 0xff;
            int hi = bytes[offset + 2 * i + 1] & 0xff;
            out[i] = Float.float16ToFloat((short) (lo | hi << 8));
        }
        return out;
    }

    /** The lower-cased form filters match on. */
    static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    static long epochDay(LocalDate date) {
        return date.toEpochDay();
    }

    private static String shorten(String text) {
        if (text.length() <= LEAD_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LEAD_CHARS - 1);
        return text.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS - 1) + "\u2026";
    }

    private static List<String> entitiesOf(String articleId, Story story) {
        List<String> names = new ArrayList<>();
        for (Story.Entity entity : story.entities()) {
            if (entity.articles().contains(articleId)) {
                names.add(entity.name());
            }
        }
        return names;
    }

    private static void facet(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field + KEY, key(value), Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value.strip())));
    }

    private static void day(Document doc, String field, LocalDate date) {
        doc.add(new LongPoint(field, epochDay(date)));
        doc.add(new NumericDocValuesField(field, epochDay(date)));
    }
}
