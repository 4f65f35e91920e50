/**
 * Quality measurement for the pipeline stages. {@link dev.chorus.eval.ExtractionScore} implements the
 * shingle metric of the Scrapinghub article-extraction benchmark and
 * {@link dev.chorus.eval.ExtractionEvaluation} runs {@link dev.chorus.extract.HtmlExtractor} over such a
 * benchmark directory.
 */
package dev.chorus.eval;
