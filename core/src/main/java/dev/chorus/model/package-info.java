/**
 * Immutable records that flow between the pipeline stages: a {@link dev.chorus.model.Source} as read,
 * an {@link dev.chorus.model.Article} once extracted and cleaned, and the {@link dev.chorus.model.Story}
 * built from several articles. Stages never mutate these; each returns new records.
 */
package dev.chorus.model;
