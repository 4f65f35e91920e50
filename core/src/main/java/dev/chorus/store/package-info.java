/**
 * Keeping stories between runs: articles, stories and their analysis, searchable, updated as articles arrive.
 * {@link dev.chorus.store.StoryStore} is what readers (the CLI, the HTTP server) see; implementations decide
 * where the data lives.
 */
package dev.chorus.store;
