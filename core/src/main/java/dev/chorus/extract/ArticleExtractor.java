package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Source;

/**
 * Turns any {@link Source} into a clean {@link Article}: pages go through {@link HtmlExtractor}, scraped text
 * and the text of structured records through {@link TextCleaner}; the language is detected when the input
 * does not state it.
 */
public final class ArticleExtractor {

    private final HtmlExtractor html = new HtmlExtractor();
    private final TextCleaner text = new TextCleaner();
    private final LanguageDetector languages = new LanguageDetector();

    /** The clean article of {@code source}; its paragraphs are empty when no article text was found. */
    public Article extract(Source source) {
        Article article = switch (source.kind()) {
            case HTML -> html.extract(source.id(), source.body(), source.metadata());
            case TEXT, RECORD -> text.clean(source.id(), source.body(), source.metadata());
        };
        if (source.metadata().crawled() != null && article.metadata().crawled() == null) {
            // the extractors rebuild metadata from the page; the crawl date is the reader's and only it knows it
            article = article.withMetadata(article.metadata().withCrawled(source.metadata().crawled()));
        }
        if (article.metadata().language() == null && !article.paragraphs().isEmpty()) {
            String language = languages.detect(article.text());
            if (language != null) {
                article = article.withMetadata(article.metadata().withLanguage(language));
            }
        }
        return article;
    }
}
