/**
 * Summarising a story: a short extract whose every sentence cites the articles that support it, a headline,
 * and the date of the event.
 */
package dev.chorus.summarise;
