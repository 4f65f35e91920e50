/**
 * The extract stage: from a raw HTML page to an {@link dev.chorus.model.Article}.
 *
 * <p>{@link dev.chorus.extract.HtmlExtractor} is the entry point; {@link dev.chorus.extract.LanguageDetector}
 * is public for other stages that need a language guess. The rest is package-private machinery:
 * {@code BlockCollector} cuts the page into text blocks in one pass, {@code ContentExtractor} finds the
 * article among them, {@code Boilerplate} knows what furniture looks like, {@code MetadataExtractor},
 * {@code DateExtractor} and {@code JsonLd} read what the page says about itself. Everything is general
 * heuristics; nothing is specific to a site.
 */
package dev.chorus.extract;
