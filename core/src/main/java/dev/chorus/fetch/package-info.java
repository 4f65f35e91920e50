/**
 * Fetching news from the web politely: feeds polled with conditional requests, linked pages fetched with
 * robots.txt honoured, a pause between requests to one host, timeouts and a size cap. Nothing here parses
 * article content; fetched pages become {@link dev.chorus.model.Source}s for the usual pipeline.
 */
package dev.chorus.fetch;
