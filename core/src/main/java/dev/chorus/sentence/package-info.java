/**
 * Sentence analysis: splitting clean paragraphs into sentences, and turning sentences into the normalised
 * word tokens that fingerprinting, clustering and cross-source comparison work on.
 */
package dev.chorus.sentence;
