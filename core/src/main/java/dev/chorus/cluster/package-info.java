/**
 * Groups articles into stories: articles whose fingerprints are close enough, published close enough in time.
 */
package dev.chorus.cluster;
