/**
 * Fingerprints of articles: sparse TF-IDF term vectors for topical similarity. Clustering compares these
 * instead of raw text, so each article is analysed once however many others it is compared with.
 */
package dev.chorus.fingerprint;
