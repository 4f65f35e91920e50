/**
 * Quality measurement for the pipeline stages. {@link dev.chorus.eval.ExtractionScore} implements the
 * shingle metric of the Scrapinghub article-extraction benchmark and
 * {@link dev.chorus.eval.ExtractionEvaluation} runs {@link dev.chorus.extract.HtmlExtractor} over such a
 * benchmark directory. {@link dev.chorus.eval.ClusteringScore} scores story clustering (B-cubed and pairwise)
 * and {@link dev.chorus.eval.ClusteringEvaluation} runs the clustering path over Multi-News clusters.
 */
package dev.chorus.eval;
