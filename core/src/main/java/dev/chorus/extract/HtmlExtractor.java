package dev.chorus.extract;

import dev.chorus.sentence.Tokenizer;
import dev.chorus.model.Article;
import dev.chorus.model.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one HTML page into an {@link Article}: the main text as paragraphs in reading order, image
 * captions apart, boilerplate set aside in {@link Article#removed()}, and the page's metadata.
 *
 * <p>The main text is found with general heuristics only: paragraph scoring around candidate
 * containers (after Readability), link density, class/id and tag hints, stock phrases, and the
 * JSON-LD {@code articleBody} as a strong hint when the page has one. Metadata comes from JSON-LD,
 * Open Graph and other meta tags, the URL and the article header.
 *
 * <p>Instances hold no mutable state and may be shared between threads. Malformed, truncated or
 * non-HTML input never throws: at worst the article has no paragraphs. Cost is linear in the input.
 */
public final class HtmlExtractor {

    private final LanguageDetector languageDetector = new LanguageDetector();

    /**
     * Extracts the article in {@code html}.
     *
     * @param id    article id to put in the result
     * @param html  the whole page; any text is accepted
     * @param hints what the caller already knows (e.g. the URL); used only where the page says nothing,
     *              may be {@link Metadata#EMPTY} or null
     */
    public Article extract(String id, String html, Metadata hints) {
        Metadata known = hints == null ? Metadata.EMPTY : hints;
        Document doc = Jsoup.parse(html == null ? "" : html, known.url() == null ? "" : known.url());
        JsonLd jsonLd = JsonLd.of(doc);
        String hintBody = cleanArticleBody(jsonLd.articleText("articleBody"));

        Metadata metadata = new MetadataExtractor(doc, jsonLd).read().orElse(known);
        ContentExtractor.Result content = ContentExtractor.extract(doc.body(), hintBody, metadata.title());
        List<String> paragraphs = content.paragraphs();
        if (hintBody != null && tooShort(paragraphs, hintBody)) {
            // The page renders its text with scripts (or hides it); the structured copy is all there is.
            paragraphs = splitParagraphs(hintBody);
        }

        LocalDate published = DateExtractor.find(doc, jsonLd, metadata.url(), content.header());
        if (published == null && known.url() != null) {
            published = DateExtractor.fromUrl(known.url());
        }
        metadata = metadata.withPublished(published != null ? published : known.published());
        if (metadata.outlet() == null) {
            metadata = new Metadata(metadata.title(), metadata.authors(), metadata.published(),
                    MetadataExtractor.domain(metadata.url()), metadata.language(), metadata.url(),
                    metadata.description(), metadata.image());
        }
        if (metadata.language() == null) {
            metadata = metadata.withLanguage(languageDetector.detect(head(paragraphs, LanguageDetector.MAX_CHARS)));
        }
        return new Article(id, metadata, paragraphs, content.captions(), content.removed());
    }

    /**
     * The paragraphs joined with spaces, as {@code String.join(" ", paragraphs)}, but only as far as the first
     * {@code limit} characters (the detector looks at no more), so a long article is not copied whole.
     */
    static String head(List<String> paragraphs, int limit) {
        StringBuilder sb = new StringBuilder(Math.min(limit + 64, 4096));
        boolean first = true;
        for (String p : paragraphs) {
            if (!first) {
                sb.append(' ');
            }
            first = false;
            if (sb.length() >= limit) {
                break;
            }
            int room = limit - sb.length();
            if (p.length() > room) {
                sb.append(p, 0, room);
                break;
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private static boolean tooShort(List<String> paragraphs, String hintBody) {
        int hintWords = Tokenizer.wordCount(hintBody);
        if (hintWords < 50) {
            return false;
        }
        int words = 0;
        for (String p : paragraphs) {
            words += Tokenizer.wordCount(p);
        }
        return words < hintWords / 3;
    }

    /** JSON-LD bodies sometimes carry escaped HTML; reduce them to text with line breaks kept. */
    private static String cleanArticleBody(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.indexOf('<') < 0 && raw.indexOf('&') < 0) {
            return raw;
        }
        Document fragment = Jsoup.parseBodyFragment(raw);
        List<String> parts = new ArrayList<>();
        for (Block b : BlockCollector.collect(fragment.body()).blocks()) {
            parts.add(b.text());
        }
        String text = String.join("\n", parts);
        return text.isBlank() ? null : Parser.unescapeEntities(text, false);
    }

    private static List<String> splitParagraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = BlockCollector.normalise(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
