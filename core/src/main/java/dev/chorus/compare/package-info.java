/**
 * The compare stage: given the analysed articles of one story, find what they agree on and where they differ.
 *
 * <p>Call order, all classes stateless and thread-safe:
 * <ol>
 * <li>{@link dev.chorus.compare.EntityExtractor#extract} - people, organisations and places, variants merged;</li>
 * <li>{@link dev.chorus.compare.ClaimAligner#groups} (or {@code align} for the claims alone) - facts with the
 * sentences and articles behind them;</li>
 * <li>{@link dev.chorus.compare.QuoteExtractor#extract} - quotations with speakers (needs the entities);</li>
 * <li>{@link dev.chorus.compare.ConflictFinder#find} - contradictions (needs the claim groups and entities);</li>
 * <li>{@link dev.chorus.compare.CopyDetector#detect} - article pairs that reuse each other's sentences.</li>
 * </ol>
 * {@link dev.chorus.compare.CompareStage#compare} runs all five in this order and returns a
 * {@link dev.chorus.compare.Comparison}. Everything is rule-based and deterministic: the same input gives the
 * same output in the same order.
 */
package dev.chorus.compare;
