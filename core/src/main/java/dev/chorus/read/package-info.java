/**
 * The read stage: turns files and directories into {@link dev.chorus.model.Source}s, one per article, and
 * reports each input it cannot use as a {@link dev.chorus.model.Problem} without stopping the others.
 */
package dev.chorus.read;
