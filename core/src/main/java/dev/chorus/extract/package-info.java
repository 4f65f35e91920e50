/**
 * The extract stage: finds the article in a page or in scraped text, takes boilerplate out (keeping what was
 * taken out), and reads the article's metadata.
 */
package dev.chorus.extract;
