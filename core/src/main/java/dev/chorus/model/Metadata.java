package dev.chorus.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about an article besides its text. Every field may be null (unknown); lists are never null.
 *
 * @param title       headline
 * @param authors     bylines, in page order
 * @param published   publication date (not a crawl or "updated" date)
 * @param outlet      site or outlet name, or its domain when no name is given
 * @param language    ISO 639-1 code
 * @param url         canonical URL
 * @param description standfirst or meta description
 * @param image       main image URL
 * @param crawled     the day (UTC) a crawler fetched the page, e.g. a WARC record's {@code WARC-Date}; kept apart
 *                    from {@code published} because a crawl date says nothing about when the story ran
 */
public record Metadata(String title, List<String> authors, LocalDate published, String outlet,
                       String language, String url, String description, String image, LocalDate crawled) {

    public static final Metadata EMPTY = new Metadata(null, List.of(), null, null, null, null, null, null, null);

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Metadata with no crawl date (most inputs have none). */
    public Metadata(String title, List<String> authors, LocalDate published, String outlet,
                    String language, String url, String description, String image) {
        this(title, authors, published, outlet, language, url, description, image, null);
    }

    /** This metadata with every null field taken from {@code fallback}. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(
                title != null ? title : fallback.title,
                !authors.isEmpty() ? authors : fallback.authors,
                published != null ? published : fallback.published,
                outlet != null ? outlet : fallback.outlet,
                language != null ? language : fallback.language,
                url != null ? url : fallback.url,
                description != null ? description : fallback.description,
                image != null ? image : fallback.image,
                crawled != null ? crawled : fallback.crawled);
    }

    public Metadata withPublished(LocalDate date) {
        return new Metadata(title, authors, date, outlet, language, url, description, image, crawled);
    }

    public Metadata withLanguage(String lang) {
        return new Metadata(title, authors, published, outlet, lang, url, description, image, crawled);
    }

    public Metadata withTitle(String newTitle) {
        return new Metadata(newTitle, authors, published, outlet, language, url, description, image, crawled);
    }

    public Metadata withCrawled(LocalDate date) {
        return new Metadata(title, authors, published, outlet, language, url, description, image, date);
    }
}
