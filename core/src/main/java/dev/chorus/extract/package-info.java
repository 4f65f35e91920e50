/**
 * The extract stage: finds the article in a page or in scraped text, takes boilerplate out (keeping what was
 * taken out, as {@code removed} and {@code captions}), and reads the article's metadata.
 *
 * <p>{@link dev.chorus.extract.ArticleExtractor} turns any {@link dev.chorus.model.Source} into an
 * {@link dev.chorus.model.Article}: pages go to {@link dev.chorus.extract.HtmlExtractor}, scraped text and
 * records to {@link dev.chorus.extract.TextCleaner}; {@link dev.chorus.extract.LanguageDetector} fills in the
 * language and {@link dev.chorus.extract.DateParser} reads dates for both. The rest is package-private
 * machinery: {@code BlockCollector} cuts a page into text blocks in one pass, {@code ContentExtractor} finds
 * the article among them, {@code Boilerplate} knows what page furniture looks like, {@code MetadataExtractor},
 * {@code DateExtractor} and {@code JsonLd} read what the page says about itself, and
 * {@code TextCleanerLexicon} holds the phrases of scraped-text boilerplate. Everything is general heuristics;
 * nothing is specific to a site.
 */
package dev.chorus.extract;
